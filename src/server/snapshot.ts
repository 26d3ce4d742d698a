import type { Comparison } from '../core/compare/compare';
import { LineIndex } from '../core/lineIndex';
import type { CorpusAnalysis, Position, Span } from '../core/types';
import { type ArticleDirectory, describeArticles } from '../presentation/articleDirectory';

/** One compared article of a snapshot: its document and the text analysed. */
export interface SnapshotArticle {
	/** `Article.id`. */
	id: string;
	/** The document's URI, as the client names it (`file:///…/ledger.md`). */
	uri: string;
	/** The text analysed: the open document's, else the file's. */
	text: string;
}

/** A range as LSP counts it: 0-based lines and UTF-16 characters. */
export interface LspRange {
	/** Where it starts. */
	start: Position;
	/** Where it ends (exclusive). */
	end: Position;
}

/**
 * One finished comparison of the workspace, with the lookups the protocol needs: article by URI
 * or id, and offsets turned into LSP positions. Never changes once made (the language server's
 * counterpart of the extension's `AnalysisSnapshot`, with URIs as strings).
 */
export class ServerSnapshot {
	/** Outlet names, dates and texts by article id. */
	readonly directory: ArticleDirectory;
	/** Article ids in folder order. */
	readonly articleIds: string[];
	private readonly byUri: Map<string, SnapshotArticle>;
	private readonly byId: Map<string, SnapshotArticle>;
	private readonly lineIndexes = new Map<string, LineIndex>();

	constructor(
		/** The folder's analysis. */
		readonly corpus: CorpusAnalysis,
		/** Its comparison across outlets. */
		readonly comparison: Comparison,
		/** The articles, in folder order. */
		readonly articles: readonly SnapshotArticle[],
		/** The file limit, when more files matched than it allows. */
		readonly limitedTo: number | undefined,
	) {
		this.directory = describeArticles(corpus);
		this.articleIds = articles.map((article) => article.id);
		this.byUri = new Map(articles.map((article) => [article.uri, article]));
		this.byId = new Map(articles.map((article) => [article.id, article]));
	}

	/** The article of a document. */
	articleAt(uri: string): SnapshotArticle | undefined {
		return this.byUri.get(uri);
	}

	/** The article with an id. */
	article(id: string): SnapshotArticle | undefined {
		return this.byId.get(id);
	}

	/** The outlet name of an article as its header gives it: what the ignore list's `outlets` match. */
	outletName(id: string): string {
		return this.corpus.articles.find(({ parsed }) => parsed.article.id === id)?.parsed.article.meta.outlet ?? id;
	}

	/** The line index of an article's analysed text, made on first use. */
	lines(id: string): LineIndex {
		let lines = this.lineIndexes.get(id);
		if (!lines) {
			lines = new LineIndex(this.byId.get(id)?.text ?? '');
			this.lineIndexes.set(id, lines);
		}
		return lines;
	}

	/** A span of an article as an LSP range. */
	range(id: string, span: Span): LspRange {
		const lines = this.lines(id);
		return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
	}
}
