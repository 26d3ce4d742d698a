import * as vscode from 'vscode';
import type { FolderArticle } from '../presentation/folderModels';
import type { ComparisonSource } from './comparisonSource';

/**
 * The article in the active editor, for a command that works on it: waits for the comparison
 * under way, and tells the reader when the file is not a compared article.
 *
 * @returns The editor and its article, or `undefined` (the reader has been told why).
 */
export async function articleInActiveEditor(source: ComparisonSource): Promise<{ editor: vscode.TextEditor; article: FolderArticle } | undefined> {
	const editor = vscode.window.activeTextEditor;
	if (!editor) {
		return undefined;
	}
	const folder = await source.whenIdle();
	const article = articleOf(folder?.articles ?? [], editor.document.uri);
	if (!article) {
		void vscode.window.showInformationMessage('Crossread: this file is not one of the compared articles.');
		return undefined;
	}
	return { editor, article };
}

/** The article of a document among a folder's articles (their URIs as the comparison spells them). */
export function articleOf(articles: readonly FolderArticle[], uri: vscode.Uri): FolderArticle | undefined {
	const key = uri.toString();
	return articles.find((article) => article.uri === key || vscode.Uri.parse(article.uri).toString() === key);
}

/** An article's document. */
export function uriOf(article: FolderArticle): vscode.Uri {
	return vscode.Uri.parse(article.uri);
}
