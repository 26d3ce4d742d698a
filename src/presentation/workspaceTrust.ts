import { commandIds } from './commandIds';

/**
 * The commands that write to the workspace, each with what it does in words. In Restricted Mode
 * (an untrusted folder) these ask for trust instead of writing: a folder someone sent cannot make
 * a click rewrite its files. Reading, comparing and every view need no trust.
 */
export const writingCommands: Readonly<Record<string, string>> = {
	[commandIds.ignoreDiscrepancy]: 'ignore a discrepancy',
	[commandIds.stopIgnoring]: 'stop ignoring a discrepancy',
	[commandIds.acceptSpelling]: 'accept a spelling',
	[commandIds.stopAcceptingSpelling]: 'stop accepting a spelling',
	[commandIds.ignoreOutlet]: "ignore an outlet's differences",
	[commandIds.stopIgnoringOutlet]: 'stop ignoring an outlet',
	[commandIds.nameOutlet]: 'name an outlet',
	[commandIds.openIgnoreFile]: 'open or create the ignore list',
	[commandIds.exportMarkdown]: 'export the report',
	[commandIds.exportJson]: 'export the report',
};

/** What the command manager needs to know about trust, and how it says no. */
export interface TrustGate {
	/** Whether the workspace is trusted (`workspace.isTrusted`). */
	isTrusted(): boolean;
	/** Tells the reader why nothing was written, and how to trust the folder. */
	refuse(message: string): void;
}

/**
 * Runs a command, unless it writes and the workspace is not trusted: then the gate refuses with
 * a message that says what was not done and how to allow it, and the command's result is `false`
 * (what the ignore commands return when nothing was written).
 *
 * @param command The command.
 * @param args Its arguments.
 * @param gate The workspace's trust.
 * @returns The command's result, or `false` when it was refused.
 */
export function runTrusted(command: { readonly id: string; execute(...args: unknown[]): unknown }, args: unknown[], gate: TrustGate): unknown {
	const action = writingCommands[command.id];
	if (action !== undefined && !gate.isTrusted()) {
		gate.refuse(restrictedMessage(action));
		return false;
	}
	return command.execute(...args);
}

/**
 * Why a writing command did nothing in Restricted Mode.
 *
 * @param action What the reader asked for ("ignore a discrepancy").
 * @returns One sentence, with what to do.
 */
export function restrictedMessage(action: string): string {
	return `Crossread: to ${action}, Crossread writes to this folder, which Restricted Mode does not allow. Trust the folder to do it; reading and comparing work as they are.`;
}
