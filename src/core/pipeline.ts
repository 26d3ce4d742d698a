import { analyzeCorpus } from './analyze';
import { compareCorpus, type Comparison } from './compare/compare';
import { loadArticles, type LoadOptions, type LoadResult } from './load';
import type { CorpusAnalysis } from './types';

/** Article files read, analysed and compared. */
export interface ComparedArticles {
	/** What was read, what was skipped and what does not exist. */
	loaded: LoadResult;
	/** Per-article findings and the folder's identities. */
	corpus: CorpusAnalysis;
	/** Claims and ranked discrepancies. */
	comparison: Comparison;
}

/**
 * Reads article files and folders, analyses every article and compares them: what the command
 * line, the evaluation and the tests do before they show anything. (The editor analyses open
 * documents as they change, and so goes through `analyzeArticle` and `compareCorpus` itself.)
 *
 * @param paths Files and folders.
 * @param options See `LoadOptions`.
 * @returns The files read, the analysis and the comparison.
 */
export async function compareArticles(paths: string[], options: LoadOptions = {}): Promise<ComparedArticles> {
	const loaded = await loadArticles(paths, options);
	const corpus = analyzeCorpus(loaded.sources, loaded.warnings);
	return { loaded, corpus, comparison: compareCorpus(corpus) };
}
