import { monitorEventLoopDelay } from 'node:perf_hooks';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { CodeActionKind, createConnection, DidChangeWatchedFilesNotification, FileChangeType, ProposedFeatures, TextDocumentSyncKind, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ignoreFileName } from '../core/ignore';
import type { IgnoreKey } from '../presentation/ignoreFile';
import { tokenModifiers, tokenTypes } from '../presentation/semanticTokens';
import { runEngine } from './engineWorker';
import { Engines } from './engines';
import { IgnoreLists } from './ignoreLists';
import { ComparisonProgress } from './progress';
import { crossreadMethods, serverCommands } from './protocol';
import { registerClientRequests } from './clientRequests';
import { canonicalUri, WorkspaceArticles } from './workspaceArticles';
import { WorkspaceState } from './workspaceState';

/**
 * Crossread's language server: `node dist/server.js --stdio` (or `--node-ipc`). This thread
 * only speaks the protocol; the analysis runs in two engine threads started from this same
 * file (see `Engines`), so no request ever waits for a comparison.
 */
function startServer(): void {
	const connection = createConnection(ProposedFeatures.all);
	const documents = new TextDocuments(TextDocument);
	let state: WorkspaceState | undefined;
	let watchFiles = false;
	let folderEvents = false;
	// The protocol thread's longest stall, logged with each comparison: what an editor's requests can wait at worst.
	const stalls = monitorEventLoopDelay({ resolution: 10 });
	stalls.enable();
	const folderPaths = (folders: readonly { uri: string }[] | null | undefined) => (folders ?? []).filter((folder) => folder.uri.startsWith('file:')).map((folder) => fileURLToPath(folder.uri));

	connection.onInitialize((params) => {
		const capabilities = params.capabilities;
		const options = (params.initializationOptions ?? {}) as { crossread?: unknown; commandLinks?: unknown; paused?: unknown; quietIgnoreFiles?: unknown };
		const folders = folderPaths(params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri }] : []));
		const articles = new WorkspaceArticles(folders);
		const progress = new ComparisonProgress(connection, capabilities.window?.workDoneProgress === true);
		const engines = new Engines(__filename, {
			progress: (generation, share, message) => progress.report(generation, share, message),
			compared: (generation, summary) => {
				progress.done();
				connection.console.info(
					`Crossread: compared ${summary.articles} articles (${summary.fresh} analysed afresh) in ${summary.ms} ms: ${summary.discrepancies} discrepancies; this thread's longest stall meanwhile ${Math.round(stalls.max / 1e6)} ms.`,
				);
				stalls.reset();
				for (const { path, message } of summary.leftOut) {
					connection.console.warn(`Crossread: ${path}: ${message}`);
				}
				void state?.publish(generation);
			},
			ended: (_generation, error) => {
				if (error) {
					progress.done();
					connection.console.error(`Crossread: the comparison failed: ${error}`);
				}
			},
		});
		state = new WorkspaceState(connection, documents, articles, new IgnoreLists(), engines, progress, {
			configuration: capabilities.workspace?.configuration === true,
			semanticTokensRefresh: capabilities.workspace?.semanticTokens?.refreshSupport === true,
			initialSettings: options.crossread,
		});
		state.commandLinks = options.commandLinks === true;
		state.quietIgnoreFiles = options.quietIgnoreFiles === true;
		if (options.paused === true) {
			state.startPaused();
		}
		watchFiles = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
		folderEvents = capabilities.workspace?.workspaceFolders === true;
		return {
			capabilities: {
				textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
				hoverProvider: true,
				semanticTokensProvider: { legend: { tokenTypes: [...tokenTypes], tokenModifiers: [...tokenModifiers] }, full: true },
				codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
				executeCommandProvider: { commands: [serverCommands.ignore] },
				workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
			},
			serverInfo: { name: 'crossread', version: CROSSREAD_VERSION },
		};
	});

	connection.onInitialized(async () => {
		if (!state) {
			return;
		}
		if (watchFiles) {
			void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] });
		}
		if (folderEvents) {
			connection.workspace.onDidChangeWorkspaceFolders(async () => {
				state!.articlesChanged(folderPaths(await connection.workspace.getWorkspaceFolders()));
			});
		}
		await state.reloadSettings();
		state.start();
	});

	connection.onDidChangeConfiguration(async () => {
		await state?.reloadSettings();
		state?.schedule(0);
	});

	connection.onDidChangeWatchedFiles(async ({ changes }) => {
		if (!state) {
			return;
		}
		let relist = false;
		for (const change of changes) {
			if (change.uri.endsWith(`/${ignoreFileName}`)) {
				await state.reloadIgnoreLists();
			} else if (change.type === FileChangeType.Changed) {
				state.forget(change.uri);
			} else {
				state.forget(change.uri);
				relist = true;
			}
		}
		if (relist) {
			state.relist();
		}
		state.schedule();
	});

	documents.onDidChangeContent(({ document }) => {
		if (state?.isArticle(document.uri)) {
			state.schedule();
		}
	});
	// A closed document falls back to the file: unsaved edits are gone.
	documents.onDidClose(({ document }) => {
		if (state?.isArticle(document.uri)) {
			state.schedule();
		}
	});

	connection.onHover(async ({ textDocument, position }) => {
		const uri = canonicalUri(textDocument.uri);
		// Answers from the latest finished comparison, never waits for one: while the document's text differs from it, no card.
		const analysed = state?.engines.textOf(uri);
		if (!state || analysed === undefined || analysed !== (state.openText(textDocument.uri) ?? analysed)) {
			return null;
		}
		const hover = await state.engines.query('hover', { uri, position });
		return hover ? { contents: { kind: 'markdown', value: hover.markdown }, range: hover.range } : null;
	});

	connection.languages.semanticTokens.on(async ({ textDocument }, token) => {
		// Tokens are waited for (after the edit's quiet time), so that colours do not flicker while typing.
		if (!state?.isArticle(textDocument.uri) || !(await state.whenCurrent(textDocument.uri, token))) {
			return { data: [] };
		}
		return { data: (await state.engines.query('semanticTokens', { uri: canonicalUri(textDocument.uri) })) ?? [] };
	});

	connection.onCodeAction(async ({ textDocument, range }) => {
		const uri = canonicalUri(textDocument.uri);
		const actions = (await state?.engines.query('codeActions', { uri, range })) ?? [];
		return actions.map((action) => ({
			title: action.title,
			kind: CodeActionKind.QuickFix,
			command: { title: action.title, command: serverCommands.ignore, arguments: [{ uri, ...action.entry }] },
		}));
	});

	connection.onExecuteCommand(async ({ command, arguments: args }) => {
		const [argument] = (args ?? []) as { uri?: unknown; key?: unknown; value?: unknown }[];
		if (command !== serverCommands.ignore || !state || !argument) {
			return false;
		}
		return state.addIgnoreEntry(argument.uri, argument.key as IgnoreKey, argument.value);
	});

	const answerWhenCompared =
		<T>(ask: () => Promise<T | undefined>) =>
		async (): Promise<T | null> => {
			await state?.whenCompared();
			return (await ask()) ?? null;
		};
	connection.onRequest(crossreadMethods.discrepancies, answerWhenCompared(() => state!.engines.query('discrepancies', {})));
	connection.onRequest(crossreadMethods.sources, answerWhenCompared(() => state!.engines.query('sources', {})));
	connection.onRequest(crossreadMethods.entities, answerWhenCompared(() => state!.engines.query('entities', {})));
	connection.onRequest(crossreadMethods.report, answerWhenCompared(() => state!.engines.query('report', {})));
	connection.onRequest(crossreadMethods.export, async (params: { format?: unknown }) => {
		const format = params?.format === 'json' ? 'json' : 'markdown';
		return answerWhenCompared(() => state!.engines.query('exportReport', { format }))();
	});

	registerClientRequests(connection, () => state);

	connection.onShutdown(async () => {
		state?.dispose();
		await state?.engines.dispose();
	});

	documents.listen(connection);
	connection.listen();
}

/** The version in `package.json`, set by esbuild. */
declare const CROSSREAD_VERSION: string;

/** How a client can start the server: the transports `createConnection` reads from the command line. */
const transports = /^--(?:stdio|node-ipc|socket=\d+|pipe=.+)$/;

if (isMainThread) {
	if (process.argv.slice(2).some((argument) => transports.test(argument))) {
		startServer();
	} else {
		process.stderr.write('crossread language server: start it from an editor with --stdio (or --node-ipc, --socket=PORT, --pipe=NAME); see "Any LSP editor" in the README.\n');
		process.exitCode = 2;
	}
} else if ((workerData as { crossreadEngine?: Int32Array } | undefined)?.crossreadEngine) {
	runEngine(parentPort!, (workerData as { crossreadEngine: Int32Array }).crossreadEngine);
}
