import type * as vscode from 'vscode';
import { countOutlets } from '../presentation/articleDirectory';
import { buildDiscrepancyTree } from '../presentation/discrepancyTree';
import { describeHidden } from '../presentation/discrepancyFilter';
import { countOf } from '../presentation/plural';
import { describeProblem } from './ignoreFiles';
import { type ModelTreeDataProvider, registerModelTreeView } from './modelTree';
import type { ShownDiscrepancies } from './shownDiscrepancies';

/**
 * The Discrepancies view: grouped by kind, then each discrepancy, then each outlet's passage;
 * the ignored ones apart in "Ignored (n)" while Show Ignored is on; a count badge of those
 * listed, and what is not listed beside the title ("4 less severe hidden · 2 ignored").
 *
 * @returns The view's registration.
 */
export function registerDiscrepanciesView(selection: ShownDiscrepancies, provider: ModelTreeDataProvider): vscode.Disposable {
	return registerModelTreeView(
		'crossread.discrepancies',
		provider,
		selection.onDidChange,
		() => selection.current?.snapshot,
		(snapshot) => {
			const shown = selection.of(snapshot);
			const { listed, counts } = shown;
			const hidden = describeHidden(counts);
			const problems = selection.ignoreFiles.problems.map(describeProblem);
			const status =
				snapshot.records.length === 0
					? undefined
					: countOutlets(snapshot.corpus) < 2
						? 'Comparison needs a second outlet: add another article about the event to this folder.'
						: counts.found === 0
							? 'The outlets agree on everything they share.'
							: listed.length === 0
								? `None of the ${countOf(counts.found, 'discrepancy', 'discrepancies')} is listed: ${hidden}. Change the filter with the buttons above${counts.ignored > 0 ? ', or Show Ignored' : ''}.`
								: undefined;
			const message = [...problems, ...(status ? [status] : [])].join(' ');
			return {
				roots: buildDiscrepancyTree(listed, snapshot.directory, selection.showIgnored ? shown.ignored : []),
				message: message || undefined,
				description: hidden,
				badge: listed.length > 0 ? { value: listed.length, tooltip: `${countOf(listed.length, 'discrepancy', 'discrepancies')}${hidden ? ` (${hidden})` : ''}` } : undefined,
			};
		},
	);
}
