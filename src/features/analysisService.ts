import * as vscode from 'vscode';
import type { ArticleRecord, AnalysisSnapshot } from './analysisSnapshot';
import type { ArticleFiles, ArticleList } from './articleFiles';
import { watchArticleFiles } from './articleWatchers';
import type { IgnoreFiles } from './ignoreFiles';
import { shouldCompareOnOpen } from '../presentation/compareOnOpen';
import { onDidChangeSetting, readCompareOnOpen } from './settings';
import { readWorkspaceSigns } from './workspaceSigns';
import { WorkspaceComparer } from './workspaceComparer';

/** Quiet time after an edit before the folder is compared again: typing never waits for analysis. */
const editDelay = 300;

/** An article found current for a document: the snapshot it belongs to and its record there. */
export interface CurrentArticle {
	/** The snapshot. */
	snapshot: AnalysisSnapshot;
	/** The article in it. */
	record: ArticleRecord;
}

/**
 * Keeps the workspace's articles analysed and compared (`WorkspaceComparer`), off the typing path:
 * the folder is compared again 300 ms after the last edit, and a newer edit cancels a comparison
 * under way. Each finished comparison is published as one immutable `AnalysisSnapshot`.
 */
export class AnalysisService implements vscode.Disposable {
	private readonly _onDidChange = new vscode.EventEmitter<AnalysisSnapshot>();
	/** Fires once per finished comparison. */
	readonly onDidChange = this._onDidChange.event;
	private readonly _onDidChangePaused = new vscode.EventEmitter<void>();
	/** Fires when the workspace starts or stops waiting for a command (`paused`). */
	readonly onDidChangePaused = this._onDidChangePaused.event;

	/**
	 * `deciding` until `start` has looked at the workspace; `waiting` in a software project until a
	 * command asks; `comparing` from then on. Only `comparing` schedules comparisons.
	 */
	private state: 'deciding' | 'waiting' | 'comparing' = 'deciding';

	private snapshot: AnalysisSnapshot | undefined;
	private list: ArticleList | undefined;
	private articleKeys = new Set<string>();
	private timer: ReturnType<typeof setTimeout> | undefined;
	private running: vscode.CancellationTokenSource | undefined;
	private idleWaiters: (() => void)[] = [];
	private watchers: vscode.Disposable[] = [];
	private readonly disposables: vscode.Disposable[] = [];

	private readonly comparer: WorkspaceComparer;

	constructor(
		private readonly files: ArticleFiles,
		private readonly log: vscode.LogOutputChannel,
		ignoreFiles: IgnoreFiles,
	) {
		this.comparer = new WorkspaceComparer(log, ignoreFiles);
		this.disposables.push(
			// A named outlet is in every title of the comparison: compare again, at once.
			ignoreFiles.onDidChange(() => {
				if (this.comparer.namesChanged) {
					this.schedule(0);
				}
			}),
			this._onDidChange,
			this._onDidChangePaused,
			vscode.workspace.onDidChangeTextDocument((event) => {
				if (event.contentChanges.length > 0 && this.isArticle(event.document.uri)) {
					this.schedule(editDelay);
				}
			}),
			// A closed document falls back to the file: unsaved edits are gone.
			vscode.workspace.onDidCloseTextDocument((document) => {
				if (this.isArticle(document.uri)) {
					this.schedule(editDelay);
				}
			}),
			vscode.workspace.onDidChangeWorkspaceFolders(() => this.relist()),
			onDidChangeSetting('crossread.files', () => {
				if (this.state === 'waiting' && readCompareOnOpen() === 'always') {
					this.unpause();
				}
				this.relist();
			}),
			// Adding a file to the comparison by hand is a request to compare.
			files.onDidChangeOverrides(() => {
				this.unpause();
				this.relist(0);
			}),
		);
	}

	/** The latest finished comparison; `undefined` until the first one. */
	get current(): AnalysisSnapshot | undefined {
		return this.snapshot;
	}

	/** Whether a comparison is scheduled or under way. */
	get busy(): boolean {
		return this.timer !== undefined || this.running !== undefined;
	}

	/**
	 * Starts the first comparison (after activation has returned), or, in a workspace that looks
	 * like a software project (`crossread.files.compareOnOpen`), waits until a command asks.
	 */
	start(): void {
		this.watch();
		void readWorkspaceSigns().then(
			(signs) => {
				// A command may have asked for a comparison while the search ran: it decided.
				if (this.state !== 'deciding') {
					return;
				}
				if (shouldCompareOnOpen(readCompareOnOpen(), signs)) {
					this.resume();
				} else {
					this.log.info('The workspace looks like a software project: waiting for a command before comparing its text files (crossread.files.compareOnOpen).');
					this.state = 'waiting';
					this._onDidChangePaused.fire();
				}
			},
			() => this.resume(),
		);
	}

	/** Whether the workspace waits for a command before it is compared. */
	get paused(): boolean {
		return this.state === 'waiting';
	}

	/** Compares the workspace now, and from now on as it changes. */
	resume(): void {
		this.unpause();
		this.schedule(0);
	}

	/** Forgets every file and analysis and compares the workspace from scratch. */
	reanalyse(): void {
		this.comparer.articles.clear();
		this.unpause();
		this.relist(0);
	}

	private unpause(): void {
		const waiting = this.state === 'waiting';
		this.state = 'comparing';
		if (waiting) {
			this._onDidChangePaused.fire();
		}
	}

	/** Resolves with the latest snapshot once nothing is scheduled or under way; a command that needs one compares a waiting workspace. */
	whenIdle(): Promise<AnalysisSnapshot | undefined> {
		if (this.state !== 'comparing') {
			this.resume();
		}
		return this.busy ? new Promise((resolve) => this.idleWaiters.push(() => resolve(this.snapshot))) : Promise.resolve(this.snapshot);
	}

	/** Whether a file is one of the compared articles. */
	isArticle(uri: vscode.Uri): boolean {
		return this.articleKeys.has(uri.toString());
	}

	/**
	 * The article of a document, when the latest snapshot analysed exactly the document's current
	 * text; `undefined` otherwise (not an article, or edited since). Never starts an analysis:
	 * a hover answers from this.
	 */
	articleFor(document: vscode.TextDocument): CurrentArticle | undefined {
		const snapshot = this.snapshot;
		const record = snapshot?.recordOf(document.uri);
		if (!snapshot || !record) {
			return undefined;
		}
		if (record.version !== document.version) {
			// Read from disk, or an edit undone: the same text means the same analysis.
			if (document.getText() !== record.text) {
				return undefined;
			}
			record.version = document.version;
		}
		return { snapshot, record };
	}

	/**
	 * The article of a document once its current text is analysed: now, or after the comparison
	 * under way. For providers VS Code waits for (semantic tokens), never for hovers.
	 *
	 * @returns `undefined` when the document is not an article, or the request was cancelled.
	 */
	async analysisFor(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<CurrentArticle | undefined> {
		for (;;) {
			const found = this.articleFor(document);
			if (found || !this.busy || token.isCancellationRequested) {
				return found;
			}
			await new Promise<void>((resolve) => {
				const done = () => {
					listeners.forEach((listener) => listener.dispose());
					resolve();
				};
				const listeners = [this.onDidChange(done), token.onCancellationRequested(done)];
				this.idleWaiters.push(done);
			});
		}
	}

	dispose(): void {
		clearTimeout(this.timer);
		this.running?.cancel();
		this.watchers.forEach((watcher) => watcher.dispose());
		this.disposables.forEach((disposable) => disposable.dispose());
	}

	private relist(delay = editDelay): void {
		this.list = undefined;
		this.watch();
		this.schedule(delay);
	}

	/** Watches the article files of the workspace's folders as they are now (`watchArticleFiles`). */
	private watch(): void {
		this.watchers.forEach((watcher) => watcher.dispose());
		this.watchers = watchArticleFiles({
			isArticle: (uri) => this.isArticle(uri),
			forget: (uri) => this.comparer.articles.forget(uri),
			relist: () => this.relist(),
			compareAgain: () => this.schedule(editDelay),
		});
	}

	/** (Re)starts the countdown to the next comparison; any comparison under way is now stale. */
	private schedule(delay: number): void {
		if (this.state !== 'comparing') {
			return;
		}
		this.running?.cancel();
		clearTimeout(this.timer);
		this.timer = setTimeout(() => {
			this.timer = undefined;
			void this.run();
		}, delay);
	}

	private async run(): Promise<void> {
		const source = new vscode.CancellationTokenSource();
		this.running = source;
		try {
			await this.compare(source.token);
		} catch (error) {
			this.log.error(`Comparison failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
		} finally {
			source.dispose();
			if (this.running === source) {
				this.running = undefined;
			}
			if (!this.busy) {
				const waiters = this.idleWaiters;
				this.idleWaiters = [];
				waiters.forEach((resolve) => resolve());
			}
		}
	}

	private async compare(token: vscode.CancellationToken): Promise<void> {
		const started = Date.now();
		if (!this.list) {
			const list = await this.files.list(token);
			if (token.isCancellationRequested) {
				return;
			}
			this.list = list;
			this.articleKeys = new Set(list.uris.map((uri) => uri.toString()));
		}
		const snapshot = await this.comparer.compare(this.list, started, token);
		if (!snapshot) {
			return;
		}
		this.snapshot = snapshot;
		this._onDidChange.fire(this.snapshot);
	}
}
