import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import { commandIds } from '../presentation/commandIds';
import { articleSelector } from './ranges';

/**
 * Starts the client of Crossread's language server. Bundled apart (`dist/client.js`) and loaded
 * by `registerLanguageClient` only when `crossread.server.enabled` is on, so that activation
 * with it off does not parse the client library (a sixth more code in `dist/extension.js`).
 *
 * @param serverModule The path of `dist/server.js`.
 * @param log Where the server's log goes.
 * @returns The running client.
 */
export async function startLanguageClient(serverModule: string, log: vscode.LogOutputChannel): Promise<LanguageClient> {
	const client = new LanguageClient(
		'crossread',
		'Crossread Language Server',
		{
			run: { module: serverModule, transport: TransportKind.ipc },
			debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
		},
		{
			documentSelector: articleSelector as { scheme: string; language: string }[],
			// The extension runs Crossread's commands, so the cards keep their links and icons; it tells the
			// server when to start comparing (`crossread/configure`), and shows the ignore files' problems itself.
			initializationOptions: { commandLinks: true, paused: true, quietIgnoreFiles: true },
			synchronize: { configurationSection: 'crossread' },
			outputChannel: log,
			middleware: {
				// The card's icons and its two kinds of link, as the in-process hover trusts them (hoverProvider.ts).
				async provideHover(document, position, token, next) {
					const hover = await next(document, position, token);
					for (const content of hover?.contents ?? []) {
						if (content instanceof vscode.MarkdownString) {
							content.supportThemeIcons = true;
							content.supportHtml = false;
							// A name's card offers Accept This Spelling too.
							content.isTrusted = { enabledCommands: content.value.includes(commandIds.acceptSpelling) ? [commandIds.acceptSpelling, commandIds.ignoreDiscrepancy, commandIds.openPassage] : [commandIds.openPassage, commandIds.ignoreDiscrepancy] };
						}
					}
					return hover;
				},
			},
		},
	);
	await client.start();
	return client;
}
