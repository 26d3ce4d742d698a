import { type CancellationToken, CancellationTokenSource, type Connection, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { IgnoreList } from '../core/ignore';
import type { IgnoreKey } from '../presentation/ignoreFile';
import { ComparisonSchedule, startTimer } from '../shared/comparisonSchedule';
import type { ClientOptions, CompareInput } from './protocol';
import type { Engines } from './engines';
import type { IgnoreLists } from './ignoreLists';
import type { ComparisonProgress } from './progress';
import { defaultSettings, readSettings, type ServerSettings } from './settings';
import { sameInput, SkippedFiles } from './compareInputs';
import { readArticleTexts } from './articleTexts';
import { addIgnoreEntry } from './ignoreEntry';
import { ResultPublisher } from './resultPublisher';
import { canonicalUri, type WorkspaceArticles } from './workspaceArticles';

/** What the server knows of its client. */
export interface ClientTraits {
	/** It answers `workspace/configuration`. */
	configuration: boolean;
	/** It takes `workspace/semanticTokens/refresh`. */
	semanticTokensRefresh: boolean;
	/** The `crossread` section of its initialization options, used when it cannot be asked. */
	initialSettings: unknown;
}

/**
 * The server's view of the workspace between the protocol and the engines: the settings, the
 * article files, the open documents (whose text overrides the file's), the ignore lists; it
 * decides when to compare (`ComparisonSchedule`, as the in-process analysis does: 300 ms after
 * the last edit, a newer edit cancelling the comparison under way) and what to publish when a
 * comparison lands or the filter changes (diagnostics, a tokens refresh, `crossread/didChange`).
 * A comparison is under way from the listing of the files until the engine threads are idle.
 */
export class WorkspaceState {
	settings: ServerSettings = defaultSettings;
	private articleUris = new Set<string>();
	private lastInput: CompareInput | undefined;
	/** The extension's own choices (`crossread/configure`); another editor sends none. Whether to wait is the schedule's. */
	private clientOptions: Omit<ClientOptions, 'paused'> = {};
	/** Logs each file skipped once. */
	private readonly skipped = new SkippedFiles((line) => this.connection.console.warn(line));
	private readonly publisher: ResultPublisher;
	/** `deciding` until the settings are read (`start`), `waiting` while the client says so (`startPaused`). */
	private readonly comparisons: ComparisonSchedule<CancellationToken>;

	constructor(
		private readonly connection: Connection,
		private readonly documents: TextDocuments<TextDocument>,
		private readonly articles: WorkspaceArticles,
		private readonly ignoreLists: IgnoreLists,
		readonly engines: Engines,
		private readonly progress: ComparisonProgress,
		private readonly client: ClientTraits,
	) {
		this.publisher = new ResultPublisher(connection, engines, () => this.settings.diagnostics.enabled, client);
		this.comparisons = new ComparisonSchedule({
			startCountdown: startTimer,
			newCancellation: () => new CancellationTokenSource(),
			compare: (token) => this.compare(token),
			relist: () => this.articles.relist(),
			// The client that asked the server to wait knows it waits.
			pausedChanged: () => undefined,
			log: { error: (message) => connection.console.error(`Crossread: ${message}`) },
		});
	}

	/** Whether a document is one of the compared articles. */
	isArticle(uri: string): boolean {
		return this.articleUris.has(canonicalUri(uri));
	}

	/** The document's current text, when it is open. */
	openText(uri: string): string | undefined {
		return (this.documents.get(uri) ?? this.openDocuments().get(canonicalUri(uri)))?.getText();
	}

	/** The open documents by canonical URI (clients differ in what they percent-encode). */
	private openDocuments(): Map<string, TextDocument> {
		return new Map(this.documents.all().map((document) => [canonicalUri(document.uri), document]));
	}

	/** Reads the settings (asking the client when it can) and the ignore lists, then tells the engines. */
	async reloadSettings(): Promise<void> {
		let section: unknown = this.client.initialSettings;
		if (this.client.configuration) {
			const asked: unknown = await this.connection.workspace.getConfiguration({ section: 'crossread' }).catch(() => null);
			section = asked ?? section;
		}
		this.settings = readSettings(section);
		this.articles.relist();
		await this.reloadIgnoreLists();
	}

	/** Reads the ignore files again and applies them without comparing again. */
	async reloadIgnoreLists(): Promise<void> {
		for (const message of await this.ignoreLists.reload(this.articles.roots)) {
			if (!this.quietIgnoreFiles) {
				void this.connection.window.showWarningMessage(message);
			}
		}
		this.configure();
		// Outlet names go into every title and summary: a change of them is compared again (`sameInput` tells).
		if (this.lastInput && JSON.stringify(this.lastInput.outletNames) !== JSON.stringify(this.outletNames)) {
			this.comparisons.schedule(0);
		}
	}

	/**
	 * Takes the extension's own choices: Show Ignored, the files added to or removed from the
	 * comparison, whether to wait for a command; reads the ignore files again (the extension has
	 * just written one) and applies everything before answering. Waiting is asked for before the
	 * settings are read (the extension starts the server so); a workspace once compared is not
	 * made to wait again.
	 */
	async setClientOptions({ paused, ...options }: ClientOptions): Promise<void> {
		if (paused === true) {
			this.comparisons.decide(false);
		}
		const overridesChanged = options.overrides !== undefined && JSON.stringify(options.overrides) !== JSON.stringify(this.clientOptions.overrides);
		this.clientOptions = { ...this.clientOptions, ...options };
		await this.reloadIgnoreLists();
		if (overridesChanged) {
			this.comparisons.relist(0);
		}
		if (paused === false && this.comparisons.paused) {
			this.comparisons.resume();
		}
	}

	/** The ignore list in effect: the extension's, when it sends one, else the files' as the server reads them. */
	private get ignoreList(): IgnoreList {
		return this.clientOptions.ignore ?? this.ignoreLists.merged;
	}

	/** The outlet names the reader gave articles, from the same place as the ignore list. */
	private get outletNames(): Record<string, string> | undefined {
		const names = this.clientOptions.ignore ? this.clientOptions.ignore.outletNames : this.ignoreLists.outletNames;
		return names && Object.keys(names).length > 0 ? names : undefined;
	}

	/** Starts out waiting for a command (the extension asks so until it has looked at the workspace). */
	startPaused(): void {
		this.comparisons.decide(false);
	}

	/** The settings are read (`initialized`): compares now, unless the client started the server waiting. */
	start(): void {
		this.comparisons.decide(true);
		// A client that stopped the waiting before the settings were read had the defaults compared: compare again.
		this.comparisons.schedule(0);
	}

	/** Reads every file again and compares the folder from scratch, waiting or not; resolves once compared. */
	async reanalyse(): Promise<void> {
		this.articles.forgetAll();
		this.lastInput = undefined;
		this.comparisons.compareAsked();
		await this.whenCompared();
	}

	/** Tells the engines the filter and highlights; republishes what depends on them. */
	configure(): void {
		const { discrepancies, highlights } = this.settings;
		this.engines.configure({ filter: { ...discrepancies, ignore: this.ignoreList, showIgnored: this.clientOptions.showIgnored === true }, highlights, commandLinks: this.commandLinks });
		if (this.engines.hasResult) {
			void this.publish();
		}
	}

	/** The client reports the ignore files' problems itself (the extension): the server does not repeat them. */
	quietIgnoreFiles = false;

	/** Whether hover cards keep their `command:` links (a client that runs Crossread's commands says so in its initialization options). */
	commandLinks = false;

	/** (Re)starts the countdown to the next comparison: 300 ms after an edit by default (`editDelay`). */
	schedule(delay?: number): void {
		this.comparisons.schedule(delay);
	}

	/**
	 * Lists and reads the articles, overlays the open documents and hands the input to the engines,
	 * unless nothing changed; done once the engines are idle, or a newer edit made it stale.
	 */
	private async compare(token: CancellationToken): Promise<void> {
		const { files, limitedTo } = await this.articles.list(this.settings.files, this.clientOptions.overrides);
		const { articles, warnings } = await readArticleTexts(this.articles, files, this.openDocuments());
		if (token.isCancellationRequested) {
			return;
		}
		const input: CompareInput = { articles, warnings, limitedTo, outletNames: this.outletNames, timeLimitMs: this.settings.analysis.timeLimitMs };
		this.skipped.log([...input.warnings, ...input.articles.filter((article) => article.text.trim() === '').map((article) => ({ path: article.path, message: 'empty file, skipped' }))]);
		this.articleUris = new Set(files.map((file) => file.uri));
		if (!this.lastInput || !sameInput(this.lastInput, input)) {
			this.lastInput = input;
			this.engines.compare(input);
		}
		// Also when nothing changed: the engines may still be comparing this same input (an edit undone).
		// Cancelled, this stops waiting, but the threads cannot see the token: the comparison under way
		// there goes on until the newer input makes it stale (`Engines`, the shared generation counter).
		await untilCancelled(this.engines.whenIdle(), token);
	}

	/** Publishes diagnostics (clearing those of articles no longer listed), refreshes tokens and tells the client's views (`ResultPublisher`). */
	publish(generation?: number): Promise<void> {
		return this.publisher.publish(generation);
	}

	/** Resolves once the document's current text has been compared, or nothing more is coming. */
	async whenCurrent(uri: string, token: CancellationToken): Promise<boolean> {
		for (;;) {
			const analysed = this.engines.textOf(canonicalUri(uri));
			const current = analysed !== undefined && analysed === (this.openText(uri) ?? analysed);
			if (current || token.isCancellationRequested || !this.comparisons.busy) {
				return current;
			}
			await untilCancelled(this.comparisons.whenIdle(() => undefined), token);
		}
	}

	/** The workspace folders changed: the files are listed again and compared. */
	articlesChanged(folders: string[]): void {
		this.articles.setFolders(folders);
		void this.reloadIgnoreLists();
		this.comparisons.schedule(0);
	}

	/** A file changed on disk: it is read again at the next comparison. */
	forget(uri: string): void {
		this.articles.forget(uri);
	}

	/** Files were created or deleted: they are listed again at the next comparison. */
	relist(): void {
		this.articles.relist();
	}

	/**
	 * Resolves once the settings are read and nothing is scheduled or under way (what a view or the
	 * report waits for); a workspace that waits for a command has nothing to wait for.
	 */
	whenCompared(): Promise<void> {
		return this.comparisons.whenIdle(() => undefined);
	}

	/**
	 * Adds an entry to the ignore file of a document's workspace folder (the Ignore and Accept
	 * code actions), then applies the lists at once, without comparing again.
	 *
	 * @returns Whether the file was written; when not, the reader has been told why.
	 */
	async addIgnoreEntry(uri: unknown, key: IgnoreKey, value: unknown): Promise<boolean> {
		const written = await addIgnoreEntry(this.connection, this.articles, this.ignoreLists, uri, key, value);
		if (written) {
			this.configure();
		}
		return written;
	}

	/** Stops the countdown and cancels the comparison under way. */
	dispose(): void {
		this.comparisons.dispose();
		this.progress.done();
	}
}

/** Resolves when `promise` does or `token` is cancelled, whichever comes first. */
function untilCancelled(promise: Promise<unknown>, token: CancellationToken): Promise<void> {
	return new Promise((resolve) => {
		const listener = token.onCancellationRequested(() => resolve());
		void promise.then(() => {
			listener.dispose();
			resolve();
		});
	});
}
