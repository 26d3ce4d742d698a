import type * as vscode from 'vscode';
import { countOutlets } from '../presentation/articleDirectory';
import { buildSourceTree } from '../presentation/sourceTree';
import { ModelTreeDataProvider, registerModelTreeView } from './modelTree';
import type { ShownDiscrepancies } from './shownDiscrepancies';

/**
 * The Sources view: each article with its outlet, date and counts (of the discrepancies listed);
 * a click opens it. Files skipped (binary, empty) are listed with the reason. An outlet whose
 * differences are ignored says so.
 *
 * @returns The view's registration.
 */
export function registerSourcesView(selection: ShownDiscrepancies, mediaUri: vscode.Uri): vscode.Disposable {
	return registerModelTreeView(
		'crossread.sources',
		new ModelTreeDataProvider(mediaUri),
		selection.onDidChange,
		() => selection.current?.snapshot,
		(snapshot) => ({
			roots: buildSourceTree(snapshot.corpus, selection.of(snapshot).listed, snapshot.directory, selection.filter.ignore?.outlets),
			message: snapshot.records.length === 1 || (snapshot.records.length > 1 && countOutlets(snapshot.corpus) < 2) ? 'Comparison needs a second outlet.' : undefined,
		}),
	);
}
