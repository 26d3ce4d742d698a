import type { ReportFilter } from '../core/report/model';
import type { Discrepancy, DiscrepancyKind, Severity } from '../core/types';

/** Every kind of discrepancy, in the order the panel lists them. */
export const discrepancyKinds: readonly DiscrepancyKind[] = ['figure', 'quote', 'entity', 'attribution', 'omission'];

/** Severities from least to most severe. */
export const severities: readonly Severity[] = ['low', 'medium', 'high'];

/**
 * The discrepancies a filter lets through, in their ranked order. Uses the report's filter
 * shape, so that the panel, the editor and an exported report always list the same ones.
 *
 * @param discrepancies Ranked discrepancies.
 * @param filter Least severity and kinds (default: everything).
 * @returns Those that pass.
 */
export function filterDiscrepancies(discrepancies: readonly Discrepancy[], filter: ReportFilter): Discrepancy[] {
	const least = severities.indexOf(filter.minSeverity ?? 'low');
	return discrepancies.filter((discrepancy) => severities.indexOf(discrepancy.severity) >= least && (!filter.kinds || filter.kinds.includes(discrepancy.kind)));
}

/**
 * Says in a few words what a filter hides, for the panel's description.
 *
 * @returns `undefined` when nothing is hidden; else e.g. `medium and up · figure, quote`.
 */
export function describeFilter(filter: ReportFilter): string | undefined {
	const parts: string[] = [];
	if (filter.minSeverity && filter.minSeverity !== 'low') {
		parts.push(filter.minSeverity === 'high' ? 'high only' : `${filter.minSeverity} and up`);
	}
	if (filter.kinds && discrepancyKinds.some((kind) => !filter.kinds!.includes(kind))) {
		parts.push(filter.kinds.length === 0 ? 'no kinds' : filter.kinds.join(', '));
	}
	return parts.length > 0 ? parts.join(' · ') : undefined;
}
