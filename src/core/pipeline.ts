import type { AnalyzeOptions } from './analyze';
import * as analyzeModule from './analyze';
import type { Comparison } from './compare/compare';
import * as compareModule from './compare/compare';
import type { LoadOptions, LoadResult } from './load';
import * as loadModule from './load';
import * as outletNameModule from './outletName';
import type { CorpusAnalysis } from './types';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { analyzeCorpus } = analyzeModule;
const { compareCorpus } = compareModule;
const { loadArticles } = loadModule;
const { nameOutlets } = outletNameModule;

/** Article files read, analysed and compared. */
export interface ComparedArticles {
	/** What was read, what was skipped and what does not exist. */
	loaded: LoadResult;
	/** Per-article findings and the folder's identities; its warnings are the loader's and the analysis'. */
	corpus: CorpusAnalysis;
	/** Claims and ranked discrepancies. */
	comparison: Comparison;
}

/** Names a reader gave outlets. */
export interface NamingOptions {
	/** Outlet names by article path (`outletNames` of `.crossread.json`; default: none). */
	outletNames?: Record<string, string>;
}

/**
 * Reads article files and folders, analyses every article and compares them: what the command
 * line, the evaluation and the tests do before they show anything. (The editor analyses open
 * documents as they change, and so goes through `analyzeArticleSafely` and `compareCorpus` itself.)
 *
 * Nothing one article holds costs the others: a file that cannot be read, an article whose
 * analysis fails or runs past the time limit, each becomes a warning and the rest is compared.
 * Should the comparison itself fail, every article's own findings are still reported.
 *
 * @param paths Files and folders.
 * @param options See `LoadOptions`, `AnalyzeOptions` and `NamingOptions`.
 * @returns The files read, the analysis and the comparison.
 */
export async function compareArticles(paths: string[], options: LoadOptions & AnalyzeOptions & NamingOptions = {}): Promise<ComparedArticles> {
	const loaded = await loadArticles(paths, options);
	const corpus = nameOutlets(analyzeCorpus(loaded.sources, loaded.warnings, options), options.outletNames);
	const comparison = compareOrExplain(corpus);
	// Nothing matches again: the aligner keeps its units for look-ups, not its index (`Aligner.compact`).
	comparison.aligner.compact(comparison.claims);
	return { loaded, corpus, comparison };
}

/**
 * Compares the analysed articles; if that fails, says so in the corpus' warnings and returns an
 * empty comparison, so that the quotes, figures and names of every article still reach the report.
 */
export function compareOrExplain(corpus: CorpusAnalysis): Comparison {
	try {
		return compareCorpus(corpus);
	} catch (error) {
		corpus.warnings.push({ path: '(comparison)', message: `the articles could not be compared (${error instanceof Error ? error.message : String(error)}); each article's findings are still listed` });
		return compareCorpus({ ...corpus, articles: [], entities: [] });
	}
}
