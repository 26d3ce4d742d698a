import { relative } from 'node:path';
import type { Comparison } from '../../src/core/compare/compare';
import { compareArticles } from '../../src/core/pipeline';
import type { CorpusAnalysis } from '../../src/core/types';

/** A folder run through the analysis exactly as `crossread report` runs it. */
export interface ComparedCluster {
	/** The folder. */
	folder: string;
	/** Per-article findings and the folder's identities. */
	corpus: CorpusAnalysis;
	/** Claims and ranked discrepancies. */
	comparison: Comparison;
	/** The decoded text of each article, by article id. */
	texts: Map<string, string>;
	/** The path of each article relative to the folder (`1_10ecb.txt`), by article id. */
	files: Map<string, string>;
}

/**
 * Loads, analyses and compares a folder with `compareArticles`, the steps `crossread report`
 * takes before it formats anything.
 *
 * @param folder A folder of articles about one event.
 * @returns The analysis, the comparison, and the articles' texts and paths.
 */
export async function compareCluster(folder: string): Promise<ComparedCluster> {
	const { corpus, comparison } = await compareArticles([folder]);
	const articles = corpus.articles.map(({ parsed }) => parsed.article);
	return {
		folder,
		corpus,
		comparison,
		texts: new Map(articles.map((article) => [article.id, article.text])),
		files: new Map(articles.map((article) => [article.id, relative(folder, article.path)])),
	};
}
