import * as vscode from 'vscode';
import type { ComparisonSource } from './comparisonSource';

/**
 * Keeps the context keys that `package.json` menus read: `crossread.ready` (the first analysis
 * is done), `crossread.hasAnalysis` (there are articles), `crossread.activeEditorIsArticle`,
 * `crossread.comparedPaths` (every article and the folders holding them, for the explorer's
 * Add/Remove menu items) and `crossread.paused` (the workspace waits for a command).
 *
 * @returns The registration.
 */
export function registerContextKeys(source: ComparisonSource): vscode.Disposable {
	const set = (key: string, value: unknown) => void vscode.commands.executeCommand('setContext', key, value);
	const updateEditor = () => set('crossread.activeEditorIsArticle', !!vscode.window.activeTextEditor && source.isArticle(vscode.window.activeTextEditor.document.uri));
	const updateAnalysis = () => {
		const articles = source.folder?.articles ?? [];
		set('crossread.ready', true);
		set('crossread.hasAnalysis', articles.length > 0);
		set('crossread.comparedPaths', comparedPaths(articles.map((article) => vscode.Uri.parse(article.uri))));
		updateEditor();
	};
	const updatePaused = () => set('crossread.paused', source.paused);
	return vscode.Disposable.from(source.onDidChange(updateAnalysis), source.onDidChangePaused(updatePaused), vscode.window.onDidChangeActiveTextEditor(updateEditor));
}

/** The articles' paths and those of the folders above them, up to their workspace folder. */
function comparedPaths(uris: readonly vscode.Uri[]): string[] {
	const paths = new Set<string>();
	for (const uri of uris) {
		const root = vscode.workspace.getWorkspaceFolder(uri)?.uri.fsPath;
		paths.add(uri.fsPath);
		for (let folder = vscode.Uri.joinPath(uri, '..'); root && folder.fsPath.startsWith(root); folder = vscode.Uri.joinPath(folder, '..')) {
			paths.add(folder.fsPath);
			if (folder.fsPath === root) {
				break;
			}
		}
	}
	return [...paths];
}
