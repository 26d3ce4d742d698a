import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompareInput } from './protocol';
import type { ArticleFile, WorkspaceArticles } from './workspaceArticles';

/**
 * The texts of the listed article files for a comparison: an open document's text over its
 * file's (unsaved edits are compared), the file read from disk otherwise, and a warning for a
 * file that cannot be read (binary, too large).
 *
 * @param opened The open documents by canonical URI.
 */
export async function readArticleTexts(articles: WorkspaceArticles, files: readonly ArticleFile[], opened: ReadonlyMap<string, TextDocument>): Promise<Pick<CompareInput, 'articles' | 'warnings'>> {
	const disk = await articles.read(files.filter((file) => !opened.has(file.uri)));
	const texts: Pick<CompareInput, 'articles' | 'warnings'> = { articles: [], warnings: [] };
	for (const file of files) {
		const open = opened.get(file.uri);
		const read = open ? { text: open.getText(), encoding: 'utf-8' } : disk.get(file.uri);
		if (!read) {
			continue;
		}
		if ('warning' in read) {
			texts.warnings.push(read.warning);
		} else {
			texts.articles.push({ uri: file.uri, path: file.path, text: read.text, encoding: read.encoding });
		}
	}
	return texts;
}
