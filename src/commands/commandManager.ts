import * as vscode from 'vscode';

/** A command of the palette, a menu or a link: its id and what it does. */
export interface Command {
	/** The id `package.json` contributes. */
	readonly id: string;
	/** Runs the command with the arguments VS Code passes (a URI from the explorer, a target from a link). */
	execute(...args: unknown[]): unknown;
}

/** Registers commands; the registration ends them all. */
export function registerCommands(commands: readonly Command[]): vscode.Disposable {
	return vscode.Disposable.from(...commands.map((command) => vscode.commands.registerCommand(command.id, (...args: unknown[]) => command.execute(...args))));
}
