import * as vscode from 'vscode';
import { analyzeArticleSafely } from '../core/analyze';
import { IncrementalComparer } from '../core/compare/incremental/comparer';
import { FolderNames } from '../core/compare/incremental/folderNames';
import { nameOutlets } from '../core/outletName';
import type { ArticleAnalysis, InputWarning } from '../core/types';
import { uniqueArticleIds } from '../presentation/articleIds';
import { type ArticleRecord, AnalysisSnapshot } from './analysisSnapshot';
import type { ArticleFiles, ArticleList } from './articleFiles';
import type { IgnoreFiles } from './ignoreFiles';
import { shouldCompareOnOpen } from '../presentation/compareOnOpen';
import { onDidChangeSetting, readCompareOnOpen, readFileSettings, readTimeLimitMs } from './settings';
import { DiskTexts } from './diskTexts';
import { readWorkspaceSigns } from './workspaceSigns';

/** Quiet time after an edit before the folder is compared again: typing never waits for analysis. */
const editDelay = 300;

/** One article's own analysis, kept while its text and id stay the same. */
interface CachedAnalysis {
	id: string;
	path: string;
	text: string;
	analysis: ArticleAnalysis;
}

/** An article found current for a document: the snapshot it belongs to and its record there. */
export interface CurrentArticle {
	/** The snapshot. */
	snapshot: AnalysisSnapshot;
	/** The article in it. */
	record: ArticleRecord;
}

/**
 * Keeps the workspace's articles analysed and compared, off the typing path. Files are read once
 * (open documents take precedence with their live text); each article's own analysis is cached
 * by its text and id, so an edit re-analyses that article only; the folder is then recombined
 * and compared again, 300 ms after the last edit, and a newer edit cancels a comparison under
 * way. Each finished comparison is published as one immutable `AnalysisSnapshot`.
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
	private readonly cache = new Map<string, CachedAnalysis>();
	private readonly comparer = new IncrementalComparer();
	private readonly names = new FolderNames();
	private timer: ReturnType<typeof setTimeout> | undefined;
	private running: vscode.CancellationTokenSource | undefined;
	private idleWaiters: (() => void)[] = [];
	private watchers: vscode.Disposable[] = [];
	private readonly disposables: vscode.Disposable[] = [];

	/** The outlet names of `.crossread.json` the last comparison applied, to tell when they change. */
	private appliedNames = '{}';

	private readonly disk: DiskTexts;

	constructor(
		private readonly files: ArticleFiles,
		private readonly log: vscode.LogOutputChannel,
		private readonly ignoreFiles: IgnoreFiles,
	) {
		this.disk = new DiskTexts(log);
		this.disposables.push(
			// A named outlet is in every title of the comparison: compare again, at once.
			ignoreFiles.onDidChange(() => {
				if (JSON.stringify(ignoreFiles.list.outletNames ?? {}) !== this.appliedNames) {
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
		this.disk.clear();
		this.cache.clear();
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
	 * The article in the active editor, for a command that works on it: waits for the analysis
	 * under way, and tells the reader when the file is not a compared article.
	 *
	 * @returns The editor and its article, or `undefined` (the reader has been told why).
	 */
	async articleInActiveEditor(): Promise<(CurrentArticle & { editor: vscode.TextEditor }) | undefined> {
		const editor = vscode.window.activeTextEditor;
		if (!editor) {
			return undefined;
		}
		await this.whenIdle();
		const found = this.articleFor(editor.document);
		if (!found) {
			void vscode.window.showInformationMessage('Crossread: this file is not one of the compared articles.');
			return undefined;
		}
		return { ...found, editor };
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

	/** Watches each workspace folder's article files: a file created or deleted changes the list, a file changed on disk is read again. */
	private watch(): void {
		this.watchers.forEach((watcher) => watcher.dispose());
		this.watchers = (vscode.workspace.workspaceFolders ?? []).map((folder) => {
			const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, readFileSettings(folder).include));
			const forget = (uri: vscode.Uri) => this.disk.forget(uri);
			// `npm install` writes thousands of README.md files: no reason to list the articles again.
			const relevant = (uri: vscode.Uri) => !/\/(?:node_modules|\.git)\//.test(uri.path);
			return vscode.Disposable.from(
				watcher,
				watcher.onDidCreate((uri) => {
					if (relevant(uri)) {
						this.relist();
					}
				}),
				watcher.onDidDelete((uri) => {
					forget(uri);
					if (relevant(uri)) {
						this.relist();
					}
				}),
				watcher.onDidChange((uri) => {
					forget(uri);
					// An open document already has the text; saving it changes nothing to compare.
					if (this.isArticle(uri) && !vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString())) {
						this.schedule(editDelay);
					}
				}),
			);
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
		const { uris, limitedTo } = this.list;
		const open = new Map(vscode.workspace.textDocuments.map((document) => [document.uri.toString(), document]));
		const ids = uniqueArticleIds(uris.map((uri) => uri.path));
		const warnings: InputWarning[] = [];
		const analysed: ArticleRecord[] = [];
		const timeLimitMs = readTimeLimitMs();
		let fresh = 0;
		for (const [index, uri] of uris.entries()) {
			const key = uri.toString();
			const path = vscode.workspace.asRelativePath(uri);
			const document = open.get(key);
			const read = document ? { text: document.getText(), encoding: 'utf-8' } : await this.disk.read(uri, path);
			if (token.isCancellationRequested) {
				return;
			}
			if ('error' in read || read.text.trim() === '') {
				warnings.push({ path, message: 'error' in read ? read.error : 'empty file, skipped' });
				continue;
			}
			let cached = this.cache.get(key);
			if (!cached || cached.text !== read.text || cached.id !== ids[index] || cached.path !== path) {
				const outcome = analyzeArticleSafely({ id: ids[index], path, text: read.text, encoding: read.encoding }, { timeLimitMs });
				if ('warning' in outcome) {
					this.log.error(`${path}: ${outcome.warning.message}`);
					warnings.push(outcome.warning);
					continue;
				}
				cached = { id: ids[index], path, text: read.text, analysis: outcome.analysis };
				this.cache.set(key, cached);
				fresh++;
				// Let the extension host breathe between articles: a hover or a keystroke can come in.
				await new Promise((resolve) => setImmediate(resolve));
				if (token.isCancellationRequested) {
					return;
				}
			}
			analysed.push({ id: ids[index], uri, text: read.text, version: document?.version, analysis: cached.analysis });
		}
		this.forgetAllBut(uris);

		// The reader's outlet names go in before comparing: discrepancy titles name outlets.
		await this.ignoreFiles.whenLoaded();
		if (token.isCancellationRequested) {
			return;
		}
		const outletNames = this.ignoreFiles.list.outletNames;
		this.appliedNames = JSON.stringify(outletNames ?? {});
		const corpus = nameOutlets(
			this.names.combine(
				analysed.map((record) => record.analysis),
				warnings,
			),
			outletNames,
		);
		// One comparer for the session: an edit aligns and judges again only what it touches.
		const comparison = this.comparer.compare(corpus);
		if (token.isCancellationRequested) {
			return;
		}
		const records = analysed.map((record, index) => ({ ...record, analysis: corpus.articles[index] }));
		this.snapshot = new AnalysisSnapshot(corpus, comparison, records, limitedTo);
		this.log.info(`Compared ${records.length} articles (${fresh} analysed afresh) in ${Date.now() - started} ms: ${comparison.discrepancies.length} discrepancies.`);
		this._onDidChange.fire(this.snapshot);
	}

	/** Drops what is kept about files that are no longer articles. */
	private forgetAllBut(uris: readonly vscode.Uri[]): void {
		const keep = new Set(uris.map((uri) => uri.toString()));
		this.disk.keepOnly(keep);
		for (const key of this.cache.keys()) {
			if (!keep.has(key)) {
				this.cache.delete(key);
			}
		}
	}
}
