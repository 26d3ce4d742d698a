import { collectNameEvidence, findEntityMentions } from './entities';
import { groupEntities } from './entityGrouping';
import { extractFigures } from './figures';
import { parseArticle, type ArticleSource } from './parse';
import { findQuotes } from './quotes';
import type { ArticleAnalysis, CorpusAnalysis, InputWarning } from './types';

/**
 * Analyses one article on its own: parse, quotes, figures, name mentions. The result depends on
 * this article's text only, so an editor can cache it per document version.
 *
 * @param source The article's text and where it comes from.
 * @returns Its findings.
 */
export function analyzeArticle(source: ArticleSource): ArticleAnalysis {
	const parsed = parseArticle(source);
	return { parsed, quotes: findQuotes(parsed), figures: extractFigures(parsed), mentions: findEntityMentions(parsed) };
}

/**
 * Analyses a folder: every article, then the names grouped into identities across it.
 *
 * @param sources The articles.
 * @param warnings Problems met while reading them, carried into the result.
 * @returns The folder's analysis.
 */
export function analyzeCorpus(sources: ArticleSource[], warnings: InputWarning[] = []): CorpusAnalysis {
	return combineAnalyses(sources.map(analyzeArticle), warnings);
}

/**
 * Groups the names of already analysed articles into identities (an editor re-analyses only the
 * article that changed, then calls this). Names are found again with the whole folder as
 * evidence: a word that starts a sentence in one article ("Brenn said …") is known to be a name
 * when another article capitalises it mid-sentence. That pass is fast; the parse is not redone.
 */
export function combineAnalyses(articles: ArticleAnalysis[], warnings: InputWarning[] = []): CorpusAnalysis {
	const evidence = collectNameEvidence(articles.map(({ parsed }) => parsed));
	const withFolderNames = articles.map((analysis) => ({ ...analysis, mentions: findEntityMentions(analysis.parsed, evidence) }));
	const entities = groupEntities(withFolderNames.map(({ parsed, mentions }) => ({ id: parsed.article.id, text: parsed.article.text, mentions })));
	return { articles: withFolderNames, entities, warnings };
}
