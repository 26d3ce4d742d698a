import type * as vscode from 'vscode';
import { countOutlets } from '../presentation/articleDirectory';
import { filterDiscrepancies } from '../presentation/discrepancyFilter';
import { buildSourceTree } from '../presentation/sourceTree';
import type { AnalysisService } from './analysisService';
import { ModelTreeDataProvider, registerModelTreeView } from './modelTree';
import { onDidChangeSetting, readFilter } from './settings';

/**
 * The Sources view: each article with its outlet, date and counts; a click opens it. Files
 * skipped (binary, empty) are listed with the reason.
 *
 * @returns The view's registration.
 */
export function registerSourcesView(analysis: AnalysisService, mediaUri: vscode.Uri): vscode.Disposable {
	return registerModelTreeView(
		'crossread.sources',
		new ModelTreeDataProvider(mediaUri),
		analysis.onDidChange,
		() => analysis.current,
		(snapshot) => ({
			roots: buildSourceTree(snapshot.corpus, filterDiscrepancies(snapshot.comparison.discrepancies, readFilter()), snapshot.directory),
			message: snapshot.records.length === 1 || (snapshot.records.length > 1 && countOutlets(snapshot.corpus) < 2) ? 'Comparison needs a second outlet.' : undefined,
		}),
		[(listener) => onDidChangeSetting('crossread.discrepancies', listener)],
	);
}
