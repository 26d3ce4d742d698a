import type { Connection } from 'vscode-languageserver/node';
import type { IgnoreKey } from '../presentation/ignoreFile';
import type { IgnoreLists } from './ignoreLists';
import type { WorkspaceArticles } from './workspaceArticles';

/**
 * Adds an entry to the ignore file of a document's workspace folder (the Ignore and Accept code
 * actions): a document outside every folder writes to the first folder's.
 *
 * @returns Whether the file was written; when not, the reader has been told why.
 */
export async function addIgnoreEntry(connection: Connection, articles: WorkspaceArticles, ignoreLists: IgnoreLists, uri: unknown, key: IgnoreKey, value: unknown): Promise<boolean> {
	const folder = (typeof uri === 'string' ? articles.folderOf(uri) : undefined) ?? articles.roots[0];
	if (!folder || !['discrepancies', 'names', 'figures', 'outlets'].includes(key) || typeof value !== 'string' || value.trim() === '') {
		void connection.window.showInformationMessage('Crossread: open a folder to keep an ignore list (.crossread.json) in it.');
		return false;
	}
	const problem = await ignoreLists.add(folder, key, value).catch((error: unknown) => `Crossread: ${ignoreLists.fileOf(folder)} could not be written (${String(error)}).`);
	if (problem) {
		void connection.window.showWarningMessage(problem);
		return false;
	}
	return true;
}
