import * as vscode from 'vscode';
import { setOutletName } from '../core/ignore';
import { articleInActiveEditor, uriOf } from '../features/activeArticle';
import type { ComparisonSource } from '../features/comparisonSource';
import type { IgnoreFiles } from '../features/ignoreFiles';
import { commandIds } from '../presentation/commandIds';
import { inertLabel } from '../presentation/markdownText';

/**
 * Name This Outlet (palette, on the article in the editor; Sources view, on an article's row):
 * asks for the outlet's name and keeps it in `.crossread.json` (`outletNames`, by the article's
 * path relative to the folder), so that every view, card, title and report says it at once; the
 * command line reads the same file. An empty name gives the article back its inferred label.
 */
export class NameOutletCommand {
	readonly id = commandIds.nameOutlet;

	constructor(
		private readonly source: ComparisonSource,
		private readonly ignoreFiles: IgnoreFiles,
	) {}

	/**
	 * @param row A Sources row (`{ article }`) or an article id; else the article in the editor.
	 * @param name The name, when given (a test, a keybinding's argument); else the reader is asked.
	 * @returns Whether the ignore file was written.
	 */
	async execute(row?: unknown, name?: unknown): Promise<boolean> {
		const target = await this.articleOf(row);
		if (!target) {
			return false;
		}
		const record = target;
		const uri = uriOf(record);
		const folder = this.ignoreFiles.folderFor(uri);
		if (!folder) {
			void vscode.window.showInformationMessage('Crossread: open a folder to keep outlet names (.crossread.json) in it.');
			return false;
		}
		const current = record.outletName;
		const chosen =
			typeof name === 'string'
				? name
				: await vscode.window.showInputBox({
						title: 'Crossread: Name This Outlet',
						prompt: `The outlet of ${vscode.workspace.asRelativePath(uri)} (empty: its label from the text again)`,
						value: current,
						valueSelection: [0, current.length],
						validateInput: (value) => (value.length > 100 ? 'An outlet name of at most 100 characters' : undefined),
					});
		if (chosen === undefined) {
			return false;
		}
		const key = relativePath(folder.uri, uri);
		const written = await this.ignoreFiles.edit(folder, (text) => setOutletName(text, key, chosen));
		if (written) {
			await this.source.ignoreListsChanged();
			const done = chosen.trim() === '' ? `${key} has its label from the text again` : `${key} is by ${chosen.trim()}`;
			vscode.window.setStatusBarMessage(`$(edit) Crossread: ${inertLabel(done)} (in ${vscode.workspace.asRelativePath(this.ignoreFiles.uriOf(folder))}).`, 5000);
		}
		return written;
	}

	private async articleOf(row: unknown) {
		const article = typeof row === 'string' ? row : (row as { article?: unknown } | undefined)?.article;
		if (typeof article !== 'string') {
			return (await articleInActiveEditor(this.source))?.article;
		}
		const folder = (await this.source.whenIdle()) ?? this.source.folder;
		const record = folder?.articles.find((candidate) => candidate.id === article);
		if (!record) {
			void vscode.window.showInformationMessage('Crossread: choose an article in the Sources view, or open one.');
			return undefined;
		}
		return record;
	}
}

/** `reports/001.txt` of a file under a folder, with forward slashes; a file elsewhere keeps its name only. */
function relativePath(folder: vscode.Uri, file: vscode.Uri): string {
	const base = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
	return file.path.startsWith(base) ? file.path.slice(base.length) : file.path.split('/').pop()!;
}
