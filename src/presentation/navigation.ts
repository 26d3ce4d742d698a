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
