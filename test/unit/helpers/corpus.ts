import { analyzeCorpus } from '../../../src/core/analyze';
import { compareCorpus, type Comparison } from '../../../src/core/compare/compare';
import { loadArticles } from '../../../src/core/load';
import type { CorpusAnalysis } from '../../../src/core/types';

/** A folder analysed and compared, as the CLI does it. */
export interface ComparedFolder {
	corpus: CorpusAnalysis;
	comparison: Comparison;
	/** Article id of a file name ("meridian-ledger.md" → "meridian-ledger"). */
	idOf(file: string): string;
}

const cache = new Map<string, Promise<ComparedFolder>>();

/** Loads, analyses and compares a folder once per test run. */
export function compareFolder(folder: string): Promise<ComparedFolder> {
	let result = cache.get(folder);
	if (!result) {
		result = (async () => {
			const loaded = await loadArticles([folder]);
			const corpus = analyzeCorpus(loaded.sources, loaded.warnings);
			const comparison = compareCorpus(corpus);
			const byFile = new Map(corpus.articles.map(({ parsed }) => [parsed.article.path.split(/[\\/]/).pop()!, parsed.article.id]));
			return { corpus, comparison, idOf: (file: string) => byFile.get(file) ?? file };
		})();
		cache.set(folder, result);
	}
	return result;
}
