import type * as vscode from 'vscode';
import type { Comparison } from '../core/compare/compare';
import { LineIndex } from '../core/lineIndex';
import type { ArticleAnalysis, CorpusAnalysis } from '../core/types';
import { type ArticleDirectory, describeArticles } from '../presentation/articleDirectory';

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
 * (article by URI or id, line index per article). Never changes once made; each re-analysis
 * makes a new one.
 */
export class AnalysisSnapshot {
	/** Outlet names, dates and texts by article id. */
	readonly directory: ArticleDirectory;
	/** Article ids in folder order. */
	readonly articleIds: string[];
	private readonly byUri: Map<string, ArticleRecord>;
	private readonly byId: Map<string, ArticleRecord>;
	private readonly lineIndexes = new Map<string, LineIndex>();

	constructor(
		/** The folder's analysis. */
		readonly corpus: CorpusAnalysis,
		/** Its comparison across outlets. */
		readonly comparison: Comparison,
		/** The articles, in folder order. */
		readonly records: readonly ArticleRecord[],
		/** The file limit, when more files matched than it allows. */
		readonly limitedTo: number | undefined,
	) {
		this.directory = describeArticles(corpus);
		this.articleIds = records.map((record) => record.id);
		this.byUri = new Map(records.map((record) => [record.uri.toString(), record]));
		this.byId = new Map(records.map((record) => [record.id, record]));
	}

	/** The article at a URI. */
	recordOf(uri: vscode.Uri): ArticleRecord | undefined {
		return this.byUri.get(uri.toString());
	}

	/** The article with an id. */
	record(id: string): ArticleRecord | undefined {
		return this.byId.get(id);
	}

	/** The outlet name of an article as its header gives it (`Reuters`, never `Reuters [reuters-2]`): what the ignore list's `outlets` match. */
	outletName(id: string): string {
		return this.byId.get(id)?.analysis.parsed.article.meta.outlet ?? id;
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
}
