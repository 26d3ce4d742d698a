import type * as vscode from 'vscode';
import type { ComparisonSource } from './comparisonSource';
import { ModelTreeDataProvider, registerModelTreeView } from './modelTree';

/**
 * The Entities view: each person, organization and place, with every spelling and the outlets
 * that use it; the spellings the reader accepted say so.
 *
 * @returns The view's registration.
 */
export function registerEntitiesView(source: ComparisonSource, mediaUri: vscode.Uri): vscode.Disposable {
	// In a big folder the rows below an identity or a spelling come when it opens.
	return registerModelTreeView('crossread.entities', new ModelTreeDataProvider(mediaUri, (node) => source.entityRows(node.id)), source.onDidChange, async () => {
		const result = await source.entities();
		return result && { roots: result.roots, articles: result.articles };
	});
}
