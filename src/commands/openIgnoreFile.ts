import * as vscode from 'vscode';
import { commandIds } from '../presentation/commandIds';
import type { IgnoreFiles } from '../features/ignoreFiles';

/** What a new ignore file holds: every list, empty, so that the reader sees what can go in it. */
const skeleton = `${JSON.stringify({ ignore: { discrepancies: [], names: [], figures: [], outlets: [] } }, null, 2)}\n`;

/** Open Ignore List: opens the workspace folder's `.crossread.json` (a folder picked in a multi-root workspace), creating it when absent. */
export class OpenIgnoreFileCommand {
	readonly id = commandIds.openIgnoreFile;

	constructor(private readonly ignoreFiles: IgnoreFiles) {}

	async execute(): Promise<void> {
		const folders = vscode.workspace.workspaceFolders ?? [];
		const folder = folders.length > 1 ? await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Whose ignore list (.crossread.json) to open' }) : folders[0];
		if (!folder) {
			return;
		}
		const uri = this.ignoreFiles.uriOf(folder);
		const exists = await vscode.workspace.fs.stat(uri).then(
			() => true,
			() => false,
		);
		if (!exists && !(await this.ignoreFiles.edit(folder, (text) => text ?? skeleton))) {
			return;
		}
		await vscode.window.showTextDocument(uri);
	}
}
