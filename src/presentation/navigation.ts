import type { Span } from '../core/types';

/** Where `nextSpan` lands, and whether it went round the end of the article to get there. */
export interface Landing<T extends Span> {
	/** The span to reveal. */
	span: T;
	/** `true` when it went past the last (or before the first) span and started over. */
	wrapped: boolean;
}

/**
 * The next or previous span from an offset, going round at the ends ("Next Discrepancy" on the
 * last one goes back to the first). A span starting exactly at the offset counts as the current
 * one, so repeated commands walk on from it.
 *
 * @param spans Spans in document order.
 * @param offset The cursor (the start of the selection).
 * @param direction Which way to go.
 * @returns The landing, or `undefined` when there are no spans.
 */
export function nextSpan<T extends Span>(spans: readonly T[], offset: number, direction: 'next' | 'previous'): Landing<T> | undefined {
	if (spans.length === 0) {
		return undefined;
	}
	if (direction === 'next') {
		const span = spans.find((candidate) => candidate.start > offset);
		return span ? { span, wrapped: false } : { span: spans[0], wrapped: true };
	}
	for (let i = spans.length - 1; i >= 0; i--) {
		if (spans[i].start < offset) {
			return { span: spans[i], wrapped: false };
		}
	}
	return { span: spans[spans.length - 1], wrapped: true };
}

/** A place Next/Previous Discrepancy stops at. */
export interface Stop extends Span {
	/** The discrepancy there (the first, when two share the place). */
	discrepancy: { id: string; summary: string };
	/** Where its passage in this article starts, to tell its places apart. */
	mention: Span;
}

/**
 * The stops of Next/Previous Discrepancy: one per passage a discrepancy has in the article (its
 * first marked word: a reworded quote marks "must" and "safeguard", one stop), and one where two
 * discrepancies share a place.
 *
 * @param marks The article's marks, in document order (`discrepancyMarks`).
 * @returns The stops, in document order.
 */
export function discrepancyStops<T extends Stop>(marks: readonly T[]): T[] {
	const seen = new Set<string>();
	const stops: T[] = [];
	for (const mark of marks) {
		const key = `${mark.discrepancy.id}@${mark.mention.start}`;
		if (seen.has(key) || stops.some((stop) => stop.start === mark.start)) {
			continue;
		}
		seen.add(key);
		stops.push(mark);
	}
	return stops;
}

/**
 * Which discrepancy a stop is, counted as the panel counts them: `2 of 5` is the second of the
 * five discrepancies of the article, in the order they first appear, however many words each marks.
 *
 * @param stops The article's stops (`discrepancyStops`).
 * @param stop The stop landed on.
 * @returns `k of N`.
 */
export function stopPosition(stops: readonly Stop[], stop: Stop): string {
	const order = [...new Set(stops.map((candidate) => candidate.discrepancy.id))];
	return `${order.indexOf(stop.discrepancy.id) + 1} of ${order.length}`;
}
