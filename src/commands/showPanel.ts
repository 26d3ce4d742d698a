import * as vscode from 'vscode';
import { commandIds } from '../presentation/commandIds';

/** Opens Crossread's side panel (the status bar item runs this). */
export class ShowPanelCommand {
	readonly id = commandIds.showPanel;

	async execute(): Promise<void> {
		await vscode.commands.executeCommand('workbench.view.extension.crossread');
	}
}
