import * as vscode from 'vscode';
import type { ArticleRecord, AnalysisSnapshot } from './analysisSnapshot';
import type { ArticleFiles, ArticleList } from './articleFiles';
import { watchArticleFiles } from './articleWatchers';
import type { IgnoreFiles } from './ignoreFiles';
import { shouldCompareOnOpen } from '../presentation/compareOnOpen';
import { ComparisonSchedule, startTimer } from '../shared/comparisonSchedule';
import { onDidChangeSetting, readCompareOnOpen } from './settings';
import { readWorkspaceSigns } from './workspaceSigns';
import { WorkspaceComparer } from './workspaceComparer';

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
 * under way (`ComparisonSchedule` decides when). Each finished comparison is published as one
 * immutable `AnalysisSnapshot`.
 */
export class AnalysisService implements vscode.Disposable {
	private readonly _onDidChange = new vscode.EventEmitter<AnalysisSnapshot>();
	/** Fires once per finished comparison. */
	readonly onDidChange = this._onDidChange.event;
	private readonly _onDidChangePaused = new vscode.EventEmitter<void>();
	/** Fires when the workspace starts or stops waiting for a command (`paused`). */
	readonly onDidChangePaused = this._onDidChangePaused.event;

	private readonly comparisons: ComparisonSchedule<vscode.CancellationToken>;
	private snapshot: AnalysisSnapshot | undefined;
	private list: ArticleList | undefined;
	private articleKeys = new Set<string>();
	private watchers: vscode.Disposable[] = [];
	private readonly disposables: vscode.Disposable[] = [];

	private readonly comparer: WorkspaceComparer;

	constructor(
		private readonly files: ArticleFiles,
		log: vscode.LogOutputChannel,
		ignoreFiles: IgnoreFiles,
	) {
		this.comparer = new WorkspaceComparer(log, ignoreFiles);
		this.comparisons = new ComparisonSchedule({
			startCountdown: startTimer,
			newCancellation: () => new vscode.CancellationTokenSource(),
			compare: (token) => this.compare(token),
			relist: () => {
				this.list = undefined;
				this.watch();
			},
			pausedChanged: () => {
				if (this.comparisons.paused) {
					log.info('The workspace looks like a software project: waiting for a command before comparing its text files (crossread.files.compareOnOpen).');
				}
				this._onDidChangePaused.fire();
			},
			log,
		});
		this.disposables.push(
			// A named outlet is in every title of the comparison: compare again, at once.
			ignoreFiles.onDidChange(() => {
				if (this.comparer.namesChanged) {
					this.comparisons.schedule(0);
				}
			}),
			this._onDidChange,
			this._onDidChangePaused,
			vscode.workspace.onDidChangeTextDocument((event) => {
				if (event.contentChanges.length > 0 && this.isArticle(event.document.uri)) {
					this.comparisons.schedule();
				}
			}),
			// A closed document falls back to the file: unsaved edits are gone.
			vscode.workspace.onDidCloseTextDocument((document) => {
				if (this.isArticle(document.uri)) {
					this.comparisons.schedule();
				}
			}),
			vscode.workspace.onDidChangeWorkspaceFolders(() => this.comparisons.relist()),
			onDidChangeSetting('crossread.files', () => this.comparisons.filesSettingChanged(readCompareOnOpen() === 'always')),
			// Adding a file to the comparison by hand is a request to compare.
			files.onDidChangeOverrides(() => this.comparisons.compareAsked()),
		);
	}

	/** The latest finished comparison; `undefined` until the first one. */
	get current(): AnalysisSnapshot | undefined {
		return this.snapshot;
	}

	/** Whether a comparison is scheduled or under way. */
	get busy(): boolean {
		return this.comparisons.busy;
	}

	/**
	 * Starts the first comparison (after activation has returned), or, in a workspace that looks
	 * like a software project (`crossread.files.compareOnOpen`), waits until a command asks.
	 */
	start(): void {
		this.watch();
		void readWorkspaceSigns().then(
			// A command may have asked for a comparison while the search ran: it decided (`decide`).
			(signs) => this.comparisons.decide(shouldCompareOnOpen(readCompareOnOpen(), signs)),
			() => this.resume(),
		);
	}

	/** Whether the workspace waits for a command before it is compared. */
	get paused(): boolean {
		return this.comparisons.paused;
	}

	/** Compares the workspace now, and from now on as it changes. */
	resume(): void {
		this.comparisons.resume();
	}

	/** Forgets every file and analysis and compares the workspace from scratch. */
	reanalyse(): void {
		this.comparer.articles.clear();
		this.comparisons.compareAsked();
	}

	/** Resolves with the latest snapshot once nothing is scheduled or under way; a command that needs one compares a waiting workspace. */
	whenIdle(): Promise<AnalysisSnapshot | undefined> {
		return this.comparisons.whenCompared(() => this.snapshot);
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
				this.comparisons.onIdle(done);
			});
		}
	}

	dispose(): void {
		this.comparisons.dispose();
		this.watchers.forEach((watcher) => watcher.dispose());
		this.disposables.forEach((disposable) => disposable.dispose());
	}

	/** Watches the article files of the workspace's folders as they are now (`watchArticleFiles`). */
	private watch(): void {
		this.watchers.forEach((watcher) => watcher.dispose());
		this.watchers = watchArticleFiles({
			isArticle: (uri) => this.isArticle(uri),
			forget: (uri) => this.comparer.articles.forget(uri),
			relist: () => this.comparisons.relist(),
			compareAgain: () => this.comparisons.schedule(),
		});
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
