import type { CorpusAnalysis, Figure } from '../core/types';

/** What the editor shows about one article: who published it, when, and its text. */
export interface ArticleEntry {
	/** `Article.id`. */
	id: string;
	/** Outlet name, unique in the folder: two articles of one outlet get their ids added (`Tidewire [tidewire-2]`). */
	outlet: string;
	/** Publication date (`YYYY-MM-DD`), when the article gives one. */
	date?: string;
	/** Headline, when there is one. */
	title?: string;
	/** Path as given to the analysis (workspace-relative in the editor). */
	path: string;
	/** The article's text: every offset of the analysis points into it. */
	text: string;
	/** Its figures, in order (to mark the figure another outlet gives instead). */
	figures: readonly Figure[];
}

/** Articles by id, in folder order. */
export type ArticleDirectory = ReadonlyMap<string, ArticleEntry>;

/**
 * Lists the articles of an analysis with names fit for a label.
 *
 * @param corpus The folder's analysis.
 * @returns Every article by id, in the folder's order.
 */
export function describeArticles(corpus: CorpusAnalysis): ArticleDirectory {
	const labels = outletLabels(corpus.articles.map(({ parsed: { article } }) => ({ id: article.id, outlet: article.meta.outlet })));
	return new Map(
		corpus.articles.map(({ parsed: { article }, figures }) => {
			const entry: ArticleEntry = {
				id: article.id,
				outlet: labels.get(article.id)!,
				path: article.path,
				text: article.text,
				figures,
				...(article.meta.date ? { date: article.meta.date } : {}),
				...(article.meta.title ? { title: article.meta.title } : {}),
			};
			return [article.id, entry];
		}),
	);
}

/**
 * Outlet names that tell articles apart: an outlet with two articles in the folder gets each
 * article's id added (`Tidewire [tidewire-2]`).
 *
 * @param articles Each article's id and outlet.
 * @returns The label of each article id.
 */
export function outletLabels(articles: readonly { id: string; outlet: string }[]): Map<string, string> {
	const counts = new Map<string, number>();
	for (const { outlet } of articles) {
		counts.set(outlet, (counts.get(outlet) ?? 0) + 1);
	}
	return new Map(articles.map(({ id, outlet }) => [id, (counts.get(outlet) ?? 0) > 1 ? `${outlet} [${id}]` : outlet]));
}

/** The outlet label of an article, or its id when the directory does not know it. */
export function outletOf(directory: ArticleDirectory, article: string): string {
	return directory.get(article)?.outlet ?? article;
}

/** Number of distinct outlets among the articles ("two articles by Tidewire" count once). */
export function countOutlets(corpus: CorpusAnalysis): number {
	return new Set(corpus.articles.map(({ parsed }) => parsed.article.meta.outlet)).size;
}
