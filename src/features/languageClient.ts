import { join } from 'node:path';
import * as vscode from 'vscode';
import { shouldCompareOnOpen } from '../presentation/compareOnOpen';
import type { ArticleFiles } from './articleFiles';
import { MissingBundleError, requireBundle } from './bundles';
import type { IgnoreFiles } from './ignoreFiles';
import type { startLanguageClient } from './serverClient';
import { type ServerConnection, ServerSource } from './serverSource';
import { readCompareOnOpen } from './settings';
import { readWorkspaceSigns } from './workspaceSigns';

/** Whether the analysis runs in the language server (`crossread.server.enabled`, default on; off compares in the extension host). */
export function serverEnabled(): boolean {
	return vscode.workspace.getConfiguration('crossread.server').get('enabled', true);
}

/**
 * Starts Crossread's language server (`dist/server.js`, over Node IPC): it reads the workspace's
 * articles itself and compares them off the extension host. The client takes hover cards (with
 * their command links), semantic tokens, diagnostics, quick fixes and work-done progress from
 * it, and every other surface reads the `ServerSource`. The client library is its own bundle
 * (`dist/client.js`), required here only. The server starts waiting; once the workspace's signs
 * are read (a software project waits for a command, `crossread.files.compareOnOpen`) it is told
 * to compare.
 *
 * @returns The source the surfaces read, and the registration (stopping the server on deactivation).
 */
export function registerLanguageClient(context: vscode.ExtensionContext, log: vscode.LogOutputChannel, files: ArticleFiles, ignoreFiles: IgnoreFiles): { source: ServerSource; registration: vscode.Disposable } {
	let client: { stop(): Promise<void> } | undefined;
	let disposed = false;
	// NOTE: a path esbuild cannot follow, on purpose: the client library is its own bundle, read only here.
	const clientBundle = join(context.extensionPath, 'dist', 'client.js');
	const connection = new Promise<ServerConnection>((resolve, reject) => {
		// Required after activation has returned: parsing the client library is not activation's cost.
		setImmediate(() => {
			let start: typeof startLanguageClient;
			try {
				// eslint-disable-next-line @typescript-eslint/no-require-imports -- a bundle found at run time
				start = requireBundle(() => (require(clientBundle) as { startLanguageClient: typeof startLanguageClient }).startLanguageClient, 'dist/client.js', "the language server's client");
			} catch (error) {
				reject(error);
				return;
			}
			start(join(context.extensionPath, 'dist', 'server.js'), log).then((started) => {
				client = started;
				if (disposed) {
					void started.stop();
				}
				resolve(started);
			}, reject);
		});
	});
	connection.catch((error: unknown) => {
		if (error instanceof MissingBundleError) {
			log.error(error.message);
			void vscode.window.showErrorMessage(error.message);
		} else {
			log.error(`The language server could not start: ${String(error)}`);
		}
	});
	const source = new ServerSource(
		connection,
		context.workspaceState,
		() => files.overrides(),
		async () => {
			await ignoreFiles.whenLoaded();
			return ignoreFiles.list;
		},
	);
	void readWorkspaceSigns().then(
		(signs) => source.decide(shouldCompareOnOpen(readCompareOnOpen(), signs)),
		() => source.decide(true),
	);
	const registration = vscode.Disposable.from(
		source,
		{
			dispose: () => {
				disposed = true;
				void client?.stop();
			},
		},
	);
	return { source, registration };
}

/** Changing `crossread.server.enabled` offers a reload: the server and the in-process analysis never run side by side. */
export function registerServerSwitch(): vscode.Disposable {
	return vscode.workspace.onDidChangeConfiguration(async (event) => {
		if (!event.affectsConfiguration('crossread.server.enabled')) {
			return;
		}
		const reload = await vscode.window.showInformationMessage('Crossread: reload the window to switch where the articles are compared.', 'Reload Window');
		if (reload) {
			await vscode.commands.executeCommand('workbench.action.reloadWindow');
		}
	});
}
