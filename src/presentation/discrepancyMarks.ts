import type { Discrepancy, DiscrepancyMention, Span } from '../core/types';

/** One place in an article that a discrepancy concerns. */
export interface DiscrepancyMark extends Span {
	/** The discrepancy. */
	discrepancy: Discrepancy;
	/** This article's side of it. */
	mention: DiscrepancyMention;
	/** Whether this article is the odd one out (it differs), or sides with the majority. */
	differs: boolean;
}

/**
 * Where the discrepancies touch an article. The outlets that differ are the marked side; when a
 * discrepancy names no odd outlet, every side is. A mention marks only its differing words
 * when the core names them ("must" in a quote), else its whole passage.
 *
 * @param discrepancies Discrepancies to show (filtered).
 * @param article `Article.id`.
 * @returns Marks in document order.
 */
export function discrepancyMarks(discrepancies: readonly Discrepancy[], article: string): DiscrepancyMark[] {
	const marks: DiscrepancyMark[] = [];
	for (const discrepancy of discrepancies) {
		for (const mention of discrepancy.mentions.filter((candidate) => candidate.article === article)) {
			const differs = isDiffering(discrepancy, mention);
			marks.push(...markedSpans(mention).map(({ start, end }) => ({ start, end, discrepancy, mention, differs })));
		}
	}
	return marks.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Whether a mention is on the side that differs: it is odd, or the discrepancy names no odd outlet. */
export function isDiffering(discrepancy: Discrepancy, mention: DiscrepancyMention): boolean {
	return mention.odd || !discrepancy.mentions.some((other) => other.odd);
}

/** The spans that show a mention: its differing words when the core names them, else the passage. */
export function markedSpans(mention: DiscrepancyMention): Span[] {
	return mention.words && mention.words.length > 0 ? mention.words : [mention];
}


/**
 * How a mark is drawn: `differs` (wavy underline), `agrees` (dotted), `onlyHere` (a gutter
 * icon: a claim no other outlet reports would underline whole sentences), or `none` where the
 * Problems view's own squiggle already marks the passage (`crossread.diagnostics.enabled`): a
 * wavy line under a squiggle is two marks for one fact.
 *
 * @param mark A mark of `discrepancyMarks`.
 * @param diagnosticsOn Whether discrepancies are also diagnostics.
 * @returns The style.
 */
export function markStyle(mark: { differs: boolean; discrepancy: Pick<Discrepancy, 'kind'> }, diagnosticsOn: boolean): 'differs' | 'agrees' | 'onlyHere' | 'none' {
	if (!mark.differs) {
		return 'agrees';
	}
	if (mark.discrepancy.kind === 'omission') {
		return 'onlyHere';
	}
	return diagnosticsOn ? 'none' : 'differs';
}
