import type * as vscode from 'vscode';

/** Activates Crossread. The editor features arrive with the extension issue. */
export function activate(_context: vscode.ExtensionContext): void {
	// Nothing to register yet.
}

export function deactivate(): void {
	// Nothing to release yet.
}
