import type { Span } from './types';

/**
 * Spans of one article, sorted by start, that answer "which of them overlap this passage?" without
 * a scan of the whole list: a large article has thousands of quotes and names, and asking that for
 * each of its thousands of passages must not cost their product.
 *
 * The spans may nest or overlap ("a ‘quoted’ quote"); `furthestEnd[i]` is the furthest end among
 * the first `i + 1`, so the walk back from the last span starting before the passage's end stops
 * as soon as nothing earlier can reach the passage.
 */
export class SpanIndex<T extends Span> {
	private readonly spans: T[];
	private readonly furthestEnd: number[];

	constructor(spans: Iterable<T>) {
		this.spans = [...spans].sort((a, b) => a.start - b.start);
		let furthest = Number.NEGATIVE_INFINITY;
		this.furthestEnd = this.spans.map((span) => (furthest = Math.max(furthest, span.end)));
	}

	/** The spans that overlap `passage` (share at least one character), in text order. */
	overlapping(passage: Span): T[] {
		const found: T[] = [];
		for (let i = firstStartingAt(this.spans, passage.end) - 1; i >= 0 && this.furthestEnd[i] > passage.start; i--) {
			if (this.spans[i].end > passage.start) {
				found.push(this.spans[i]);
			}
		}
		return found.reverse();
	}

	/** Whether one span overlaps `passage`. */
	overlaps(passage: Span): boolean {
		const before = firstStartingAt(this.spans, passage.end);
		return before > 0 && this.furthestEnd[before - 1] > passage.start;
	}
}

/** The index of the first span of a list sorted by start that starts at `offset` or later. */
export function firstStartingAt(sorted: readonly Span[], offset: number): number {
	return firstAtOrAfter(sorted, offset, (span) => span.start);
}

/**
 * The index of the first item of a sorted list whose position is `offset` or later (binary search).
 *
 * @param sorted Items sorted by `position`.
 * @param position Where an item stands (a span's start, a mention's offset).
 */
export function firstAtOrAfter<T>(sorted: readonly T[], offset: number, position: (item: T) => number): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (position(sorted[middle]) < offset) {
			low = middle + 1;
		} else {
			high = middle;
		}
	}
	return low;
}
