import * as vscode from 'vscode';
import type { FolderSummary } from '../presentation/folderModels';
import type { ClientOptions } from '../server/protocol';
import { crossreadMethods } from '../server/protocol';
import { ComparisonStart } from '../shared/comparisonStart';
import type { ComparisonSource } from './comparisonSource';

/** What the source needs of the language client: requests and one notification (no import of the client library). */
export interface ServerConnection {
	sendRequest<R>(method: string, params: unknown): Promise<R>;
	onNotification(method: string, handler: (params: unknown) => void): vscode.Disposable;
	/** The client's state changes (`newState` 2: running, also after the server was restarted). */
	onDidChangeState(listener: (event: { oldState: number; newState: number }) => void): vscode.Disposable;
}

/** `State.Running` of vscode-languageclient. */
const running = 2;

/** Workspace state key of the Show Ignored toggle (as `ShownDiscrepancies` keeps it). */
const showIgnoredKey = 'crossread.showIgnored';

/**
 * The comparison made by Crossread's language server: every query is a `crossread/…` request,
 * and each `crossread/didChange` (a comparison landed, or the filter changed) fetches the
 * folder's summary, then tells the surfaces. The extension host never holds the analysis.
 *
 * Of the schedule, only the part that is the same on both sides is kept here: whether the
 * workspace is compared yet (`ComparisonStart`, as the in-process analysis and the server keep
 * it). The server starts waiting and is told once to stop (`crossread/configure` with
 * `paused: false`), when that becomes true. The rest of `ComparisonSchedule` (the quiet time
 * after an edit, the cancelling of stale work, the waiting until idle) is the server's alone: it
 * receives every edit itself (the documents are synchronised over LSP) and answers each query
 * once the comparison under way is done, so a second countdown here would only add its 300 ms
 * to the server's.
 */
export class ServerSource implements ComparisonSource {
	private readonly _onDidChange = new vscode.EventEmitter<void>();
	readonly onDidChange = this._onDidChange.event;
	private readonly _onDidChangePaused = new vscode.EventEmitter<void>();
	readonly onDidChangePaused = this._onDidChangePaused.event;
	private summary: FolderSummary | undefined;
	private articleKeys = new Set<string>();
	/** Whether the workspace is compared yet: `deciding` until its signs are read; `waiting` in a software project until a command asks; then `comparing`. */
	private readonly start = new ComparisonStart(() => this._onDidChangePaused.fire());
	private readonly disposables: vscode.Disposable[] = [this._onDidChange, this._onDidChangePaused];
	/** Refreshes in flight: only the latest one's summary is kept. */
	private refreshes = 0;

	constructor(
		private readonly connection: Promise<ServerConnection>,
		private readonly memento: vscode.Memento,
		/** The reader's additions to and removals from the comparison. */
		private readonly overrides: () => ClientOptions['overrides'],
		/** The ignore lists and outlet names in effect (`IgnoreFiles`), once read. */
		private readonly ignoreLists: () => Promise<ClientOptions['ignore']>,
	) {
		void connection.then((client) => {
			this.disposables.push(
				client.onNotification(crossreadMethods.didChange, () => void this.refresh()),
				// A server restarted after a crash starts waiting, with none of the reader's choices: tell it again.
				client.onDidChangeState(({ newState }) => {
					if (newState === running && this.start.comparing) {
						void this.configure({ paused: false }).then(() => this.refresh());
					}
				}),
			);
			void this.refresh();
		});
	}

	get folder(): FolderSummary | undefined {
		return this.summary;
	}

	get starting(): boolean {
		return !this.summary && !this.start.paused;
	}

	get paused(): boolean {
		return this.start.paused;
	}

	get showIgnored(): boolean {
		return this.memento.get(showIgnoredKey, false);
	}

	/**
	 * Starts comparing, or waits for a command (a software project): the server was started
	 * waiting. A command may have asked already: it decided.
	 */
	decide(compare: boolean): void {
		if (this.start.decide(compare) && compare) {
			void this.configure({ paused: false });
		}
	}

	isArticle(uri: vscode.Uri): boolean {
		return this.articleKeys.has(uri.toString());
	}

	/** Compares now, and from now on as the workspace changes (a waiting workspace). */
	async resume(): Promise<void> {
		if (this.start.compare()) {
			await this.configure({ paused: false });
		}
	}

	async whenIdle(): Promise<FolderSummary | undefined> {
		await this.resume();
		await this.refresh();
		return this.summary;
	}

	async reanalyse(): Promise<void> {
		await this.resume();
		await this.request(crossreadMethods.reanalyse, {});
		await this.refresh();
	}

	async setShowIgnored(value: boolean): Promise<void> {
		await this.memento.update(showIgnoredKey, value);
		await vscode.commands.executeCommand('setContext', 'crossread.showIgnored', value);
		await this.configure({ showIgnored: value });
		await this.refresh();
	}

	async ignoreListsChanged(): Promise<void> {
		await this.configure({});
		await this.refresh();
	}

	/** The reader added or removed files: the server lists the articles again and compares. */
	async overridesChanged(): Promise<void> {
		await this.resume();
		await this.configure({});
		await this.refresh();
	}

	/** Sends the extension's own choices (Show Ignored, the overrides, the ignore lists as it reads them, waiting). */
	async configure(options: ClientOptions): Promise<unknown> {
		return this.request(crossreadMethods.configure, { showIgnored: this.showIgnored, overrides: this.overrides(), ignore: await this.ignoreLists(), ...options });
	}

	discrepancies() {
		return this.ask('discrepancies', {});
	}

	sources() {
		return this.ask('sources', {});
	}

	async discrepancyRows(id: string) {
		return (await this.ask('discrepancyRows', { id })) ?? [];
	}

	async entityRows(id: string) {
		return (await this.ask('entityRows', { id })) ?? [];
	}

	entities() {
		return this.ask('entities', {});
	}

	report() {
		return this.ask('report', {});
	}

	exportReport(format: 'markdown' | 'json') {
		return this.ask('export', { format });
	}

	async marks(document: vscode.TextDocument) {
		if (!this.isArticle(document.uri)) {
			return undefined;
		}
		const marks = await this.ask('marks', { uri: document.uri.toString() });
		// Only while the document still has the text compared: an edit waits for its comparison.
		return marks && marks.text === document.getText() ? marks : undefined;
	}

	passage(document: vscode.TextDocument, offset: number) {
		return this.ask('passage', { uri: document.uri.toString(), offset });
	}

	twoOutlets(left: string, right: string) {
		return this.ask('twoOutlets', { left, right });
	}

	async discrepancyList(which: 'listed' | 'ignored', at?: { document: vscode.TextDocument; offset: number }) {
		return (await this.ask('discrepancyList', { which, ...(at ? { uri: at.document.uri.toString(), offset: at.offset } : {}) })) ?? [];
	}

	dispose(): void {
		this.disposables.forEach((disposable) => disposable.dispose());
	}

	/** Fetches the folder's summary (after the comparison under way), then tells the surfaces. */
	private async refresh(): Promise<void> {
		const mine = ++this.refreshes;
		const summary = await this.ask('folder', {});
		if (mine !== this.refreshes && summary?.generation !== undefined && (this.summary?.generation ?? -1) > summary.generation) {
			return;
		}
		if (summary) {
			this.summary = summary;
			this.articleKeys = new Set(summary.articles.map((article) => vscode.Uri.parse(article.uri).toString()));
		}
		this._onDidChange.fire();
	}

	private async ask<M extends keyof Results>(name: M, params: unknown): Promise<Results[M] | undefined> {
		return ((await this.request(crossreadMethods[name], params)) as Results[M] | null) ?? undefined;
	}

	private async request(method: string, params: unknown): Promise<unknown> {
		const client = await this.connection;
		return client.sendRequest(method, params);
	}
}

/** What each request answers. */
interface Results {
	folder: FolderSummary;
	discrepancies: Awaited<ReturnType<ComparisonSource['discrepancies']>>;
	sources: Awaited<ReturnType<ComparisonSource['sources']>>;
	entities: Awaited<ReturnType<ComparisonSource['entities']>>;
	report: Awaited<ReturnType<ComparisonSource['report']>>;
	export: Awaited<ReturnType<ComparisonSource['exportReport']>>;
	marks: Awaited<ReturnType<ComparisonSource['marks']>>;
	passage: Awaited<ReturnType<ComparisonSource['passage']>>;
	twoOutlets: Awaited<ReturnType<ComparisonSource['twoOutlets']>>;
	discrepancyList: Awaited<ReturnType<ComparisonSource['discrepancyList']>>;
	discrepancyRows: Awaited<ReturnType<ComparisonSource['discrepancyRows']>>;
	entityRows: Awaited<ReturnType<ComparisonSource['entityRows']>>;
}
