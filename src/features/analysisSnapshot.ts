import type * as vscode from 'vscode';
import type { Comparison } from '../core/compare/compare';
import { ComparedFolder } from '../presentation/comparedFolder';
import type { ArticleAnalysis, CorpusAnalysis } from '../core/types';

/** One article of a snapshot: where it lives, which text was analysed, and the findings. */
export interface ArticleRecord {
	/** `Article.id`. */
	id: string;
	/** The file. */
	uri: vscode.Uri;
	/** The text analysed: an open document's live text, else the file's. */
	text: string;
	/** The document version analysed, or `undefined` when the text came from disk (see `AnalysisService.articleFor`). */
	version: number | undefined;
	/** The article's findings, names found with the whole folder as evidence. */
	analysis: ArticleAnalysis;
}

/**
 * One finished analysis of the workspace: the core's results plus the lookups the editor needs
 * (`ComparedFolder`: article by id, outlet name, line index), with VS Code URIs. Never changes
 * once made; each re-analysis makes a new one.
 */
export class AnalysisSnapshot extends ComparedFolder<ArticleRecord> {
	constructor(corpus: CorpusAnalysis, comparison: Comparison, records: readonly ArticleRecord[], limitedTo: number | undefined) {
		super(corpus, comparison, records, limitedTo, (record) => record.uri.toString());
	}

	/** The articles, in folder order. */
	get records(): readonly ArticleRecord[] {
		return this.articles;
	}

	/** The article at a URI. */
	recordOf(uri: vscode.Uri): ArticleRecord | undefined {
		return this.articleKeyed(uri.toString());
	}

	/** The article with an id. */
	record(id: string): ArticleRecord | undefined {
		return this.article(id);
	}
}
