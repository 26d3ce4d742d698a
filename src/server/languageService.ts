import { nameOutlets } from '../core/outletName';
import { IncrementalComparer } from '../core/compare/incremental/comparer';
import { FolderNames } from '../core/compare/incremental/folderNames';
import { type DiscrepancySelection, type ReportFilter } from '../core/report/model';
import type { InputWarning, Position } from '../core/types';
import { uniqueArticleIds } from '../presentation/articleIds';
import { selectShown } from '../presentation/discrepancyFilter';
import { folderQueries, type QueryContext } from '../presentation/folderQueries';
import type { HighlightOptions } from '../presentation/semanticTokens';
import type { TreeNode } from '../presentation/treeNode';
import { type AnalysedArticle, ArticleAnalyses } from './articleAnalyses';
import { type DocumentContext, documentFeatures } from './documentFeatures';
import type {
	CodeActionModel,
	CompareInput,
	CompareSummary,
	DiagnosticsOfDocument,
	DiscrepanciesResult,
	DiscrepancyItem,
	DocumentMarks,
	EntitiesResult,
	ExportResult,
	FolderSummary,
	HoverResult,
	PassagePicks,
	ReportResult,
	ServiceOptions,
	SourcesResult,
	TwoOutletsResult,
} from './protocol';
import { ServerSnapshot, type LspRange, type SnapshotArticle } from './snapshot';

/** What `compare` checks and reports while it works. */
export interface CompareControl {
	/** Whether a newer change made this comparison stale: checked between articles. */
	stopped(): boolean;
	/** Called as articles are analysed: the share done (0 to 1) and a message. */
	progress(share: number, message: string): void;
}

/** The analysis share of the progress bar: the comparison after it cannot report its own progress. */
const analysisShare = 0.5;

/**
 * Crossread's language service: the pure core and the presentation models behind one object,
 * with no protocol in it (the language server's engines each hold one; tests call it directly).
 * It keeps each article's own analysis by text and id, so that a new comparison re-analyses
 * only what changed, and one incremental comparer, so that an edit costs what it touches; the
 * queries answer from the latest finished comparison.
 */
export class CrossreadLanguageService {
	private readonly analyses = new ArticleAnalyses();
	private readonly comparer = new IncrementalComparer();
	private readonly names = new FolderNames();
	private snapshot: ServerSnapshot | undefined;
	private options: ServiceOptions = { filter: {}, highlights: { quotes: true, figures: true, entities: true }, commandLinks: false };
	/** The server's number of the latest finished comparison (set by the engine thread). */
	generation = 0;
	private selection: { snapshot: ServerSnapshot; filter: ReportFilter; shown: DiscrepancySelection } | undefined;

	/** Sets the filter, highlights and link style the queries use; never re-analyses. */
	configure(options: ServiceOptions): void {
		this.options = options;
		this.selection = undefined;
	}

	/** The latest finished comparison. */
	get current(): ServerSnapshot | undefined {
		return this.snapshot;
	}

	/**
	 * Analyses the articles that changed, then compares the folder. Stops between articles as
	 * soon as `control.stopped()` says a newer change came in; the comparison proper is one block.
	 *
	 * @returns A summary, or `undefined` when stopped (the previous comparison stays current).
	 */
	async compare(input: CompareInput, control: CompareControl): Promise<CompareSummary | undefined> {
		const started = performance.now();
		const ids = uniqueArticleIds(input.articles.map((article) => article.path));
		const warnings: InputWarning[] = [...input.warnings];
		const analysed: Extract<AnalysedArticle, { analysis: unknown }>[] = [];
		const leftOut: InputWarning[] = [];
		const total = input.articles.length;
		const message = `Comparing ${total} article${total === 1 ? '' : 's'}…`;
		let fresh = 0;
		for (const [index, article] of input.articles.entries()) {
			if (article.text.trim() === '') {
				warnings.push({ path: article.path, message: 'empty file, skipped' });
				continue;
			}
			const outcome = this.analyses.analyse(article, ids[index], input.timeLimitMs);
			if (outcome.fresh) {
				fresh++;
				control.progress((analysisShare * (index + 1)) / total, message);
				// Between articles the engine can take in a newer change: `stopped()` then says so.
				await new Promise((resolve) => setImmediate(resolve));
				if (control.stopped()) {
					return undefined;
				}
			}
			if ('warning' in outcome.article) {
				warnings.push(outcome.article.warning);
				if (outcome.fresh) {
					leftOut.push(outcome.article.warning);
				}
			} else {
				analysed.push(outcome.article);
			}
		}
		this.analyses.keepOnly(new Set(input.articles.map((article) => article.uri)));
		control.progress(analysisShare, message);
		// The reader's outlet names go in before comparing, as on the command line: summaries name outlets.
		const corpus = nameOutlets(
			this.names.combine(
				analysed.map((article) => article.analysis),
				warnings,
			),
			input.outletNames,
		);
		if (control.stopped()) {
			return undefined;
		}
		const comparison = this.comparer.compare(corpus);
		if (control.stopped()) {
			return undefined;
		}
		this.snapshot = new ServerSnapshot(corpus, comparison, analysed.map(({ id, uri, text }) => ({ id, uri, text })), input.limitedTo);
		this.selection = undefined;
		return { articles: analysed.length, fresh, discrepancies: comparison.discrepancies.length, warnings: warnings.length, leftOut, limitedTo: input.limitedTo, ms: Math.round(performance.now() - started) };
	}

	/** The discrepancies listed under the filter in effect, made once per comparison and filter. */
	private shown(snapshot: ServerSnapshot): DiscrepancySelection {
		if (this.selection?.snapshot !== snapshot || this.selection.filter !== this.options.filter) {
			this.selection = { snapshot, filter: this.options.filter, shown: selectShown(snapshot.corpus, snapshot.comparison.discrepancies, this.options.filter) };
		}
		return this.selection.shown;
	}

	/** The compare card at a position of a document, as Markdown, over the passage or figure it is about. */
	hover(uri: string, position: Position): HoverResult | undefined {
		const context = this.documentContext();
		return context && documentFeatures.hover(context, uri, position);
	}

	/** The semantic tokens of a document (LSP's relative encoding), or `undefined` when it is not a compared article. */
	semanticTokens(uri: string, highlights: HighlightOptions = this.options.highlights): number[] | undefined {
		return this.snapshot && documentFeatures.semanticTokens(this.snapshot, uri, highlights);
	}

	/**
	 * The diagnostics of the compared articles, a page at a time (an empty list for an article
	 * without discrepancies, so that old ones are cleared).
	 *
	 * @param offset The first article, in folder order (default: 0).
	 * @param limit How many articles (default: all).
	 * @returns The page, and how many articles there are.
	 */
	diagnostics(offset = 0, limit = Infinity): { documents: DiagnosticsOfDocument[]; total: number } {
		const context = this.documentContext();
		return context ? documentFeatures.diagnostics(context, offset, limit) : { documents: [], total: 0 };
	}

	/** The quick fixes for a range of a document: Ignore This Discrepancy, Accept This Spelling. */
	codeActions(uri: string, range: LspRange): CodeActionModel[] {
		const context = this.documentContext();
		return context ? documentFeatures.codeActions(context, uri, range) : [];
	}

	/** What the document features answer from; `undefined` before the first comparison. */
	private documentContext(): DocumentContext | undefined {
		const snapshot = this.snapshot;
		return snapshot && { snapshot, listed: () => this.shown(snapshot).listed, options: this.options };
	}

	/** The context `folderQueries` answers from; `undefined` before the first comparison. */
	private context(): QueryContext<SnapshotArticle> | undefined {
		const snapshot = this.snapshot;
		return snapshot && { folder: snapshot, uriOf: (article) => article.uri, shown: this.shown(snapshot), filter: this.options.filter, generation: this.generation };
	}

	/** The Discrepancies view's rows, with the counts of what is not listed. */
	discrepancies(): DiscrepanciesResult | undefined {
		const context = this.context();
		return context && folderQueries.discrepancies(context);
	}

	/** The Sources view's rows: each article, then each file skipped and why. */
	sources(): SourcesResult | undefined {
		const context = this.context();
		return context && folderQueries.sources(context);
	}

	/** The Entities view's rows: each identity with its spellings and who writes them so. */
	entities(): EntitiesResult | undefined {
		const context = this.context();
		return context && folderQueries.entities(context);
	}

	/** The report's data (the command line's JSON), each identity's spellings and the texts it quotes, for the report page. */
	report(): ReportResult | undefined {
		const context = this.context();
		return context && folderQueries.report(context);
	}

	/** The report as the command line writes it (`--format markdown|json`). */
	exportReport(format: 'markdown' | 'json'): ExportResult | undefined {
		const context = this.context();
		return context && folderQueries.exportReport(context, format);
	}

	/** The folder in numbers and its articles. */
	folder(): FolderSummary | undefined {
		const context = this.context();
		return context && folderQueries.folder(context);
	}

	/** What the editor marks in one article. */
	marks(uri: string): DocumentMarks | undefined {
		const context = this.context();
		const article = this.snapshot?.articleAt(uri);
		return context && article && folderQueries.marks(context, article);
	}

	/** The other outlets' versions of the passage at an offset of a document. */
	passage(uri: string, offset: number): PassagePicks | undefined {
		const context = this.context();
		const article = this.snapshot?.articleAt(uri);
		return context && article && folderQueries.passage(context, article.id, offset);
	}

	/** Two articles' claims, aligned. */
	twoOutlets(left: string, right: string): TwoOutletsResult | undefined {
		const context = this.context();
		return context && folderQueries.twoOutlets(context, left, right);
	}

	/** The rows under one discrepancy of the Discrepancies view. */
	discrepancyRows(id: string): TreeNode[] {
		const context = this.context();
		return context ? folderQueries.discrepancyRows(context, id) : [];
	}

	/** The rows under one row of the Entities view. */
	entityRows(id: string): TreeNode[] {
		const context = this.context();
		return context ? folderQueries.entityRows(context, id) : [];
	}

	/** The discrepancies listed or ignored, those at an offset of a document marked `here`. */
	discrepancyList(which: 'listed' | 'ignored', uri?: string, offset?: number): DiscrepancyItem[] {
		const context = this.context();
		const article = uri === undefined ? undefined : this.snapshot?.articleAt(uri);
		return context ? folderQueries.discrepancyList(context, which, article && offset !== undefined ? { article: article.id, offset } : undefined) : [];
	}
}
