import type { PassageComparison } from '../core/compare/lookup';
import type { Span } from '../core/types';
import type { ArticleDirectory } from './articleDirectory';
import { outletOf } from './articleDirectory';
import { inertLabel } from './markdownText';
import type { PassageTarget } from './passageTarget';
import { focusDiscrepancy, judgeVersion, verdictPhrase } from './verdict';

/** A quick pick row: another outlet's version of the passage. */
export interface OutletPick {
	/** Outlet name. */
	label: string;
	/** Date and verdict. */
	description: string;
	/** The start of the other passage, on one line. */
	detail: string;
	/** The passage to open beside the editor. */
	target: PassageTarget;
}

/**
 * The outlets that report the passage under the cursor, as quick pick rows, those that differ
 * first.
 *
 * @param comparison The passage and the other outlets' versions (`comparePassageAt`).
 * @param directory Outlet names, dates and texts.
 * @param offset The cursor's offset: the verdicts are about the discrepancy there.
 * @returns One row per outlet that reports the passage.
 */
export function outletPicks(comparison: PassageComparison, directory: ArticleDirectory, offset?: number): OutletPick[] {
	const focus = focusDiscrepancy(comparison.discrepancies, comparison.article, offset);
	const ourText = directory.get(comparison.article)?.text ?? '';
	return comparison.others
		.filter((other) => other.passage)
		.map((other) => ({ other, verdict: judgeVersion(comparison, other, focus, ourText) }))
		.sort((a, b) => Number(b.verdict.kind === 'differs') - Number(a.verdict.kind === 'differs'))
		.map(({ other, verdict }) => {
			const entry = directory.get(other.article);
			const { start, end } = other.passage!;
			const text = (entry?.text ?? '').slice(start, end).replace(/\s+/g, ' ').trim();
			return {
				label: inertLabel(outletOf(directory, other.article)),
				description: inertLabel([...(entry?.date ? [entry.date] : []), verdictPhrase(verdict)].join(' · ')),
				detail: inertLabel(text.length > 160 ? `${text.slice(0, 159)}…` : text),
				// The words that differ, marked in the editor it opens; a figure compared with ours is one of them.
				target: { article: other.article, start, end, beside: true, words: differingWords(other, verdict.kind === 'differs') },
			};
		});
}

/** Words of another outlet's passage to mark: those not in ours, and its figure when that differs. */
function differingWords(other: PassageComparison['others'][number], differs: boolean): Span[] {
	const words = other.theirWords.map(({ start, end }) => ({ start, end }));
	if (differs && other.figure && !words.some((word) => word.start < other.figure!.end && other.figure!.start < word.end)) {
		words.push({ start: other.figure.start, end: other.figure.end });
	}
	return words.sort((a, b) => a.start - b.start);
}
