import type * as vscode from 'vscode';
import { folderQueries, type QueryContext } from '../presentation/folderQueries';
import type { FolderSummary } from '../presentation/folderModels';
import type { AnalysisService } from './analysisService';
import type { ArticleRecord, AnalysisSnapshot } from './analysisSnapshot';
import type { ComparisonSource } from './comparisonSource';
import type { ShownDiscrepancies } from './shownDiscrepancies';

/**
 * The comparison made in the extension host (`crossread.server.enabled: false`): the
 * `AnalysisService` and its selection, answering the surfaces' queries with the same
 * `folderQueries` as the language server.
 */
export class LocalSource implements ComparisonSource {
	readonly onDidChange: vscode.Event<void>;
	readonly onDidChangePaused: vscode.Event<void>;
	private readonly generations = new WeakMap<AnalysisSnapshot, number>();
	private nextGeneration = 1;
	private summary: { snapshot: AnalysisSnapshot; showIgnored: boolean; filter: unknown; folder: FolderSummary } | undefined;

	constructor(
		/** The analysis. */
		readonly analysis: AnalysisService,
		/** Its selection under the filter. */
		readonly shown: ShownDiscrepancies,
	) {
		this.onDidChange = shown.onDidChange;
		this.onDidChangePaused = analysis.onDidChangePaused;
	}

	get folder(): FolderSummary | undefined {
		const context = this.context();
		if (!context) {
			return undefined;
		}
		const { snapshot } = this.shown.current!;
		if (this.summary?.snapshot !== snapshot || this.summary.filter !== this.shown.filter) {
			this.summary = { snapshot, showIgnored: this.showIgnored, filter: this.shown.filter, folder: folderQueries.folder(context) };
		}
		return this.summary.folder;
	}

	get starting(): boolean {
		return !this.analysis.current && this.analysis.busy;
	}

	get paused(): boolean {
		return this.analysis.paused;
	}

	get showIgnored(): boolean {
		return this.shown.showIgnored;
	}

	isArticle(uri: vscode.Uri): boolean {
		return this.analysis.isArticle(uri);
	}

	async whenIdle(): Promise<FolderSummary | undefined> {
		await this.analysis.whenIdle();
		return this.folder;
	}

	async reanalyse(): Promise<void> {
		this.analysis.reanalyse();
		await this.analysis.whenIdle();
	}

	setShowIgnored(value: boolean): Promise<void> {
		return this.shown.setShowIgnored(value);
	}

	async overridesChanged(): Promise<void> {
		// The analysis listens to `ArticleFiles` itself.
	}

	async ignoreListsChanged(): Promise<void> {
		// The ignore files' own event has reached the selection already: nothing to wait for.
	}

	async discrepancies() {
		const context = this.context();
		return context && folderQueries.discrepancies(context);
	}

	async sources() {
		const context = this.context();
		return context && folderQueries.sources(context);
	}

	async discrepancyRows(id: string) {
		const context = this.context();
		return context ? folderQueries.discrepancyRows(context, id) : [];
	}

	async entityRows(id: string) {
		const context = this.context();
		return context ? folderQueries.entityRows(context, id) : [];
	}

	async entities() {
		const context = this.context();
		return context && folderQueries.entities(context);
	}

	async report() {
		const context = this.context();
		return context && folderQueries.report(context);
	}

	async exportReport(format: 'markdown' | 'json') {
		const context = this.context();
		return context && folderQueries.exportReport(context, format);
	}

	async marks(document: vscode.TextDocument) {
		const found = this.analysis.articleFor(document);
		return found && folderQueries.marks(this.contextOf(found.snapshot), found.record);
	}

	async passage(document: vscode.TextDocument, offset: number) {
		const found = this.analysis.articleFor(document);
		return found && folderQueries.passage(this.contextOf(found.snapshot), found.record.id, offset);
	}

	async twoOutlets(left: string, right: string) {
		const context = this.context();
		return context && folderQueries.twoOutlets(context, left, right);
	}

	async discrepancyList(which: 'listed' | 'ignored', at?: { document: vscode.TextDocument; offset: number }) {
		const context = this.context();
		const found = at && this.analysis.articleFor(at.document);
		return context ? folderQueries.discrepancyList(context, which, found && at ? { article: found.record.id, offset: at.offset } : undefined) : [];
	}

	dispose(): void {
		// The analysis and its selection are disposed of by their owner.
	}

	private context(): QueryContext<ArticleRecord> | undefined {
		const snapshot = this.analysis.current;
		return snapshot && this.contextOf(snapshot);
	}

	private contextOf(snapshot: AnalysisSnapshot): QueryContext<ArticleRecord> {
		let generation = this.generations.get(snapshot);
		if (generation === undefined) {
			generation = this.nextGeneration++;
			this.generations.set(snapshot, generation);
		}
		return { folder: snapshot, uriOf: (record) => record.uri.toString(), shown: this.shown.of(snapshot), filter: this.shown.filter, generation };
	}
}
