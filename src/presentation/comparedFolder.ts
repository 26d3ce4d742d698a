import type { Comparison } from '../core/compare/compare';
import { LineIndex } from '../core/lineIndex';
import type { CorpusAnalysis } from '../core/types';
import { type ArticleDirectory, describeArticles } from './articleDirectory';

/**
 * One finished comparison of a folder, with the look-ups every front end needs: an article by its
 * document (`keyOf`: a URI's string) or by id, its outlet name, and a line index of the text
 * analysed, made on first use. Never changes once made; each comparison makes a new one. The
 * extension's `AnalysisSnapshot` and the language server's `ServerSnapshot` are this, with their
 * own kind of article.
 */
export class ComparedFolder<A extends { id: string; text: string }> {
	/** Outlet names, dates and texts by article id. */
	readonly directory: ArticleDirectory;
	/** Article ids in folder order. */
	readonly articleIds: string[];
	private readonly byKey: Map<string, A>;
	private readonly byId: Map<string, A>;
	private readonly outlets: Map<string, string>;
	private readonly lineIndexes = new Map<string, LineIndex>();

	/**
	 * @param corpus The folder's analysis.
	 * @param comparison Its comparison across outlets.
	 * @param articles The articles, in folder order.
	 * @param limitedTo The file limit, when more files matched than it allows.
	 * @param keyOf The key of an article's document (`uri.toString()`).
	 */
	constructor(
		readonly corpus: CorpusAnalysis,
		readonly comparison: Comparison,
		readonly articles: readonly A[],
		readonly limitedTo: number | undefined,
		keyOf: (article: A) => string,
	) {
		this.directory = describeArticles(corpus);
		this.articleIds = articles.map((article) => article.id);
		this.byKey = new Map(articles.map((article) => [keyOf(article), article]));
		this.byId = new Map(articles.map((article) => [article.id, article]));
		this.outlets = new Map(corpus.articles.map(({ parsed }) => [parsed.article.id, parsed.article.meta.outlet]));
	}

	/** The article of a document, by its key. */
	protected articleKeyed(key: string): A | undefined {
		return this.byKey.get(key);
	}

	/** The article with an id. */
	article(id: string): A | undefined {
		return this.byId.get(id);
	}

	/** The outlet name of an article as its header (or the reader) gives it (`Tidewire`, never `Tidewire [tidewire-2]`): what the ignore list's `outlets` match. */
	outletName(id: string): string {
		return this.outlets.get(id) ?? id;
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
