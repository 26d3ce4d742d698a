import type * as vscode from 'vscode';
import { countOutlets } from '../presentation/articleDirectory';
import { buildDiscrepancyTree } from '../presentation/discrepancyTree';
import { describeFilter, filterDiscrepancies } from '../presentation/discrepancyFilter';
import { countOf } from '../presentation/plural';
import type { AnalysisService } from './analysisService';
import { type ModelTreeDataProvider, registerModelTreeView } from './modelTree';
import { onDidChangeSetting, readFilter } from './settings';

/**
 * The Discrepancies view: grouped by kind, then each discrepancy, then each outlet's passage;
 * a count badge, and the active filter beside the title.
 *
 * @returns The view's registration.
 */
export function registerDiscrepanciesView(analysis: AnalysisService, provider: ModelTreeDataProvider): vscode.Disposable {
	return registerModelTreeView(
		'crossread.discrepancies',
		provider,
		analysis.onDidChange,
		() => analysis.current,
		(snapshot) => {
			const filter = readFilter();
			const all = snapshot.comparison.discrepancies;
			const shown = filterDiscrepancies(all, filter);
			const message =
				snapshot.records.length === 0
					? undefined
					: countOutlets(snapshot.corpus) < 2
						? 'Comparison needs a second outlet: add another article about the event to this folder.'
						: all.length === 0
							? 'The outlets agree on everything they share.'
							: shown.length === 0
								? `All ${countOf(all.length, 'discrepancy', 'discrepancies')} are hidden by the filter.`
								: undefined;
			return {
				roots: buildDiscrepancyTree(shown, snapshot.directory),
				message,
				description: describeFilter(filter),
				badge: shown.length > 0 ? { value: shown.length, tooltip: countOf(shown.length, 'discrepancy', 'discrepancies') } : undefined,
			};
		},
		[(listener) => onDidChangeSetting('crossread.discrepancies', listener)],
	);
}
