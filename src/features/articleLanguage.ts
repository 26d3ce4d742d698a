import * as vscode from 'vscode';
import type { ComparisonSource } from './comparisonSource';

/** The language Crossread gives its own `.news`/`.article` files, and plain-text articles. */
const articleLanguage = 'news-article';

/**
 * Opens a plain-text article (`.txt`, one paragraph a line) as a News Article, whose
 * language-scoped defaults wrap long lines (`"[news-article]": {"editor.wordWrap": "on"}`):
 * jumping to a passage then never scrolls sideways. Only files Crossread compares change, and
 * each only once a session: a `.txt` that is not an article, or one the reader has set back to
 * Plain Text, is left alone. Markdown articles keep their language: VS Code wraps Markdown already.
 *
 * @returns The registration.
 */
export function registerArticleLanguage(source: ComparisonSource): vscode.Disposable {
	const switched = new Set<string>();
	const update = () => {
		for (const editor of vscode.window.visibleTextEditors) {
			const { document } = editor;
			const key = document.uri.toString();
			if (document.languageId !== 'plaintext' || switched.has(key) || !source.isArticle(document.uri)) {
				continue;
			}
			switched.add(key);
			void vscode.languages.setTextDocumentLanguage(document, articleLanguage).then(undefined, () => undefined);
		}
	};
	update();
	return vscode.Disposable.from(source.onDidChange(update), vscode.window.onDidChangeVisibleTextEditors(update));
}
