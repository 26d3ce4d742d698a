import type * as vscode from 'vscode';
import { sourcesMessage } from '../presentation/viewMessages';
import type { ComparisonSource } from './comparisonSource';
import { ModelTreeDataProvider, registerModelTreeView } from './modelTree';

/**
 * The Sources view: each article with its outlet, date and counts (of the discrepancies listed);
 * a click opens it. Files skipped (binary, empty) are listed with the reason. An outlet whose
 * differences are ignored says so.
 *
 * @returns The view's registration.
 */
export function registerSourcesView(source: ComparisonSource, mediaUri: vscode.Uri): vscode.Disposable {
	return registerModelTreeView('crossread.sources', new ModelTreeDataProvider(mediaUri), source.onDidChange, async () => {
		const result = await source.sources();
		return result && { roots: result.roots, articles: result.articles, message: sourcesMessage({ articles: result.articles.length, outlets: result.outlets }) };
	});
}
