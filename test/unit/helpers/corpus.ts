import type { Comparison } from '../../../src/core/compare/compare';
import { compareArticles } from '../../../src/core/pipeline';
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
			const { corpus, comparison } = await compareArticles([folder]);
			const byFile = new Map(corpus.articles.map(({ parsed }) => [parsed.article.path.split(/[\\/]/).pop()!, parsed.article.id]));
			return { corpus, comparison, idOf: (file: string) => byFile.get(file) ?? file };
		})();
		cache.set(folder, result);
	}
	return result;
}
