import * as vscode from 'vscode';
import { runTrusted, type TrustGate } from '../presentation/workspaceTrust';

/** A command of the palette, a menu or a link: its id and what it does. */
export interface Command {
	/** The id `package.json` contributes. */
	readonly id: string;
	/** Runs the command with the arguments VS Code passes (a URI from the explorer, a target from a link). */
	execute(...args: unknown[]): unknown;
}

/** The workspace's trust as VS Code holds it; a refusal offers to manage it. */
const workspaceTrust: TrustGate = {
	isTrusted: () => vscode.workspace.isTrusted,
	refuse: (message) =>
		void vscode.window.showWarningMessage(message, 'Manage Workspace Trust').then((choice) => choice && vscode.commands.executeCommand('workbench.trust.manage')),
};

/**
 * Registers commands; the registration ends them all. Every command goes through the one trust
 * check (`runTrusted`): in Restricted Mode those that write ask for trust instead, whoever
 * invokes them (palette, menu, hover link, report button).
 */
export function registerCommands(commands: readonly Command[]): vscode.Disposable {
	return vscode.Disposable.from(...commands.map((command) => vscode.commands.registerCommand(command.id, (...args: unknown[]) => runTrusted(command, args, workspaceTrust))));
}
