import { join } from 'node:path';
import * as vscode from 'vscode';
import type { startLanguageClient } from './serverClient';

/** Whether the analysis runs in the language server (`crossread.server.enabled`, experimental; default off). */
export function serverEnabled(): boolean {
	return vscode.workspace.getConfiguration('crossread.server').get('enabled', false);
}

/**
 * Starts Crossread's language server (`dist/server.js`, over Node IPC) when
 * `crossread.server.enabled` is on: it reads the workspace's articles itself and compares them
 * off the extension host, and the client takes hover cards (with their command links), semantic
 * tokens, diagnostics, quick fixes and work-done progress from it. `activate` then leaves the
 * in-process analysis unstarted, so nothing is computed twice. Changing the setting offers a
 * reload: the two never run side by side.
 *
 * @returns The client's registration (stopping the server on deactivation).
 */
export function registerLanguageClient(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): vscode.Disposable {
	let client: { stop(): Promise<void> } | undefined;
	let disposed = false;
	if (serverEnabled()) {
		// NOTE: a path esbuild cannot follow, on purpose: the client library is its own bundle, read only here.
		const clientBundle = join(context.extensionPath, 'dist', 'client.js');
		// eslint-disable-next-line @typescript-eslint/no-require-imports -- a bundle found at run time
		const start = (require(clientBundle) as { startLanguageClient: typeof startLanguageClient }).startLanguageClient;
		void start(join(context.extensionPath, 'dist', 'server.js'), log).then(
			(started) => {
				client = started;
				if (disposed) {
					void started.stop();
				}
			},
			(error: unknown) => log.error(`The language server could not start: ${String(error)}`),
		);
	}
	return vscode.Disposable.from(
		vscode.workspace.onDidChangeConfiguration(async (event) => {
			if (!event.affectsConfiguration('crossread.server.enabled')) {
				return;
			}
			const reload = await vscode.window.showInformationMessage('Crossread: reload the window to switch where the articles are compared.', 'Reload Window');
			if (reload) {
				await vscode.commands.executeCommand('workbench.action.reloadWindow');
			}
		}),
		{
			dispose: () => {
				disposed = true;
				void client?.stop();
			},
		},
	);
}
