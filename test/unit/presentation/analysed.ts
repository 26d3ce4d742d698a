import { join } from 'node:path';
import { analyzeArticle, combineAnalyses } from '../../../src/core/analyze';
import { type Comparison, compareCorpus } from '../../../src/core/compare/compare';
import { loadArticles } from '../../../src/core/load';
import type { ArticleSource } from '../../../src/core/parse';
import type { CorpusAnalysis } from '../../../src/core/types';
import { type ArticleDirectory, describeArticles } from '../../../src/presentation/articleDirectory';

/** A folder analysed and compared by the real core, as the editor holds it. */
export interface Analysed {
	corpus: CorpusAnalysis;
	comparison: Comparison;
	directory: ArticleDirectory;
	articleIds: string[];
}

/** The bundled sample cluster (six articles on the Port Halden summit). */
export const sampleFolder = join(__dirname, '..', '..', '..', 'samples', 'harbour-summit');

/** The integration tests' fixture workspace (three articles on the Lindqvist footbridge). */
export const fixtureFolder = join(__dirname, '..', '..', 'fixtures', 'workspace');

/** Analyses articles given as text. */
export function analyseSources(sources: ArticleSource[]): Analysed {
	const corpus = combineAnalyses(sources.map(analyzeArticle));
	return { corpus, comparison: compareCorpus(corpus), directory: describeArticles(corpus), articleIds: sources.map((source) => source.id) };
}

const folders = new Map<string, Promise<Analysed>>();

/** Analyses a folder once per test run. */
export function analyseFolder(folder: string): Promise<Analysed> {
	let analysed = folders.get(folder);
	if (!analysed) {
		analysed = loadArticles([folder]).then(({ sources }) => analyseSources(sources));
		folders.set(folder, analysed);
	}
	return analysed;
}

/** The offset of a piece of text in an article, failing loudly when it is not there. */
export function offsetOf(analysed: Analysed, article: string, text: string): number {
	const offset = analysed.directory.get(article)?.text.indexOf(text) ?? -1;
	if (offset < 0) {
		throw new Error(`"${text}" is not in ${article}`);
	}
	return offset;
}
