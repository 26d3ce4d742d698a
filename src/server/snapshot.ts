import type { Comparison } from '../core/compare/compare';
import { ComparedFolder } from '../presentation/comparedFolder';
import type { CorpusAnalysis, Position, Span } from '../core/types';

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
 * One finished comparison of the workspace, with the lookups the protocol needs
 * (`ComparedFolder`: article by id, outlet name, line index; here also by URI string, and
 * offsets as LSP ranges). Never changes once made.
 */
export class ServerSnapshot extends ComparedFolder<SnapshotArticle> {
	constructor(corpus: CorpusAnalysis, comparison: Comparison, articles: readonly SnapshotArticle[], limitedTo: number | undefined) {
		super(corpus, comparison, articles, limitedTo, (article) => article.uri);
	}

	/** The article of a document. */
	articleAt(uri: string): SnapshotArticle | undefined {
		return this.articleKeyed(uri);
	}

	/** A span of an article as an LSP range. */
	range(id: string, span: Span): LspRange {
		const lines = this.lines(id);
		return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
	}
}
