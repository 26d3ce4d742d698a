import { type DiscrepancyCounts, type DiscrepancySelection, type ReportFilter, selectDiscrepancies } from '../core/report/model';
import type { CorpusAnalysis, Discrepancy, DiscrepancyKind, Severity } from '../core/types';

/** Every kind of discrepancy, in the order the panel lists them. */
export const discrepancyKinds: readonly DiscrepancyKind[] = ['figure', 'quote', 'entity', 'attribution', 'omission'];

/** Severities from least to most severe. */
export const severities: readonly Severity[] = ['low', 'medium', 'high'];

/** The least severity listed when the reader has not chosen one: the command line's `--min-severity` default too. */
export const defaultMinSeverity: Severity = 'medium';

/**
 * The discrepancies of a folder that the reader sees, through the report's own selection
 * (`selectDiscrepancies`): the panel, the editor's marks, the Problems view, navigation, the
 * status bar, the report and the exports all list through this, so they never disagree.
 *
 * @param corpus The folder's analysis: the ignore list's `outlets` match its outlet names.
 * @param discrepancies Its ranked discrepancies.
 * @param filter Least severity, kinds and ignore list.
 * @returns What is listed, what is ignored, and the counts of what is not listed.
 */
export function selectShown(corpus: CorpusAnalysis, discrepancies: readonly Discrepancy[], filter: ReportFilter): DiscrepancySelection {
	const outlets = new Map(corpus.articles.map(({ parsed }) => [parsed.article.id, parsed.article.meta.outlet]));
	return selectDiscrepancies(discrepancies, filter, (article) => outlets.get(article) ?? article);
}

/**
 * Says in a few words what is not listed, and why.
 *
 * @param counts The selection's counts.
 * @returns e.g. `4 less severe hidden · 2 ignored`; `undefined` when everything is listed.
 */
export function describeHidden(counts: Pick<DiscrepancyCounts, 'belowSeverity' | 'otherKinds' | 'ignored'>): string | undefined {
	const parts = [
		...(counts.belowSeverity > 0 ? [`${counts.belowSeverity} less severe hidden`] : []),
		...(counts.otherKinds > 0 ? [`${counts.otherKinds} of other kinds hidden`] : []),
		...(counts.ignored > 0 ? [`${counts.ignored} ignored`] : []),
	];
	return parts.length > 0 ? parts.join(' · ') : undefined;
}

/**
 * The least severity and kinds from settings as the user wrote them: anything unknown falls back
 * to the default, so that a typo ("hihg") never hides everything nor shows everything by accident.
 *
 * @param minSeverity `crossread.discrepancies.minSeverity`.
 * @param kinds `crossread.discrepancies.kinds`.
 * @returns A filter (without ignore list).
 */
export function sanitizeFilter(minSeverity: unknown, kinds: unknown): Pick<ReportFilter, 'minSeverity' | 'kinds'> {
	return {
		minSeverity: severities.includes(minSeverity as Severity) ? (minSeverity as Severity) : defaultMinSeverity,
		kinds: Array.isArray(kinds) ? discrepancyKinds.filter((kind) => kinds.includes(kind)) : [...discrepancyKinds],
	};
}
