import * as vscode from 'vscode';
import { readFileSettings } from './settings';

/** What the watchers of the article files ask of the analysis service. */
export interface ArticleFileEvents {
	/** Whether a file is one of the compared articles. */
	isArticle(uri: vscode.Uri): boolean;
	/** A file changed or went on disk: its text is read again when next asked. */
	forget(uri: vscode.Uri): void;
	/** A file came or went: the articles are listed again. */
	relist(): void;
	/** An article no editor holds changed on disk: the folder is compared again. */
	compareAgain(): void;
}

/** Watches each workspace folder's article files: a file created or deleted changes the list, a file changed on disk is read again. */
export function watchArticleFiles(events: ArticleFileEvents): vscode.Disposable[] {
	return (vscode.workspace.workspaceFolders ?? []).map((folder) => {
		const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, readFileSettings(folder).include));
		const forget = (uri: vscode.Uri) => events.forget(uri);
		// `npm install` writes thousands of README.md files: no reason to list the articles again.
		const relevant = (uri: vscode.Uri) => !/\/(?:node_modules|\.git)\//.test(uri.path);
		return vscode.Disposable.from(
			watcher,
			watcher.onDidCreate((uri) => {
				if (relevant(uri)) {
					events.relist();
				}
			}),
			watcher.onDidDelete((uri) => {
				forget(uri);
				if (relevant(uri)) {
					events.relist();
				}
			}),
			watcher.onDidChange((uri) => {
				forget(uri);
				// An open document already has the text; saving it changes nothing to compare.
				if (events.isArticle(uri) && !vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString())) {
					events.compareAgain();
				}
			}),
		);
	});
}
