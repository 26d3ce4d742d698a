import type * as vscode from 'vscode';
import { countOf } from '../presentation/plural';
import { discrepanciesMessage } from '../presentation/viewMessages';
import type { ComparisonSource } from './comparisonSource';
import { describeProblem, type IgnoreFiles } from './ignoreFiles';
import { type ModelTreeDataProvider, registerModelTreeView } from './modelTree';

/**
 * The Discrepancies view: grouped by kind, then each discrepancy, then each outlet's passage;
 * the ignored ones apart in "Ignored (n)" while Show Ignored is on; a count badge of those
 * listed, and what is not listed beside the title ("4 less severe hidden · 2 ignored").
 *
 * @returns The view's registration.
 */
export function registerDiscrepanciesView(source: ComparisonSource, ignoreFiles: IgnoreFiles, provider: ModelTreeDataProvider): vscode.Disposable {
	return registerModelTreeView('crossread.discrepancies', provider, source.onDidChange, async () => {
		const result = await source.discrepancies();
		if (!result) {
			return undefined;
		}
		const { counts } = result;
		const hidden = result.hidden ?? undefined;
		const status = discrepanciesMessage({ articles: result.articles.length, outlets: result.outlets, counts }, hidden);
		const message = [...ignoreFiles.problems.map(describeProblem), ...(status ? [status] : [])].join(' ');
		return {
			roots: result.roots,
			articles: result.articles,
			message: message || undefined,
			description: hidden,
			badge: counts.listed > 0 ? { value: counts.listed, tooltip: `${countOf(counts.listed, 'discrepancy', 'discrepancies')}${hidden ? ` (${hidden})` : ''}` } : undefined,
		};
	});
}
