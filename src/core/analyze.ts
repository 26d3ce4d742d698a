import * as budgetModule from './budget';
import * as entitiesModule from './entities';
import * as groupingModule from './entities/grouping';
import * as paragraphsModule from './entities/paragraphs';
import * as figuresModule from './figures';
import type { ArticleSource } from './parse';
import * as parseModule from './parse';
import * as quotesModule from './quotes';
import type { ArticleAnalysis, CorpusAnalysis, EntityMention, InputWarning, ParsedArticle } from './types';
import { VerbatimCopies } from './verbatimCopies';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { BudgetExceeded, checkBudget, defaultArticleBudgetMs, withBudget } = budgetModule;
const { collectNameEvidence, findEntityMentions } = entitiesModule;
const { groupEntities } = groupingModule;
const { forgetReadParagraphs, readParagraphs } = paragraphsModule;
const { extractFigures } = figuresModule;
const { parseArticle } = parseModule;
const { findQuotes } = quotesModule;

/**
 * Analyses one article on its own: parse, quotes, figures, name mentions. The result depends on
 * this article's text only, so an editor can cache it per document version.
 *
 * @param source The article's text and where it comes from.
 * @returns Its findings.
 */
export function analyzeArticle(source: ArticleSource): ArticleAnalysis {
	return analyzeParts(source, true);
}

/**
 * `analyzeArticle`; with `ownNames` false the names are only read (`readParagraphs`, kept for
 * the folder's pass), not found with the article alone as evidence, and `mentions` is empty: for
 * `analyzeCorpus`, whose `combineAnalyses` finds every article's names again with the folder as
 * evidence and puts them in its place. That pass of each article's own was a seventh of the
 * analysis, its result never read.
 */
function analyzeParts(source: ArticleSource, ownNames: boolean): ArticleAnalysis {
	const parsed = parseArticle(source);
	checkBudget();
	const quotes = findQuotes(parsed);
	checkBudget();
	const figures = extractFigures(parsed);
	checkBudget();
	if (!ownNames) {
		readParagraphs(parsed);
		return { parsed, quotes, figures, mentions: [] };
	}
	return { parsed, quotes, figures, mentions: findEntityMentions(parsed) };
}

/** Options of `analyzeArticleSafely` and `analyzeCorpus`. */
export interface AnalyzeOptions {
	/**
	 * Milliseconds an article may take, per megabyte of text and at least once (default: 5,000).
	 * Real articles take a few milliseconds; the limit only stops an input no rule foresaw.
	 */
	timeLimitMs?: number;
}

/** One article's analysis, or why it is left out of the comparison. */
export type ArticleOutcome = { analysis: ArticleAnalysis } | { warning: InputWarning };

/**
 * Analyses one article so that nothing it holds can cost the others: an error (a stack overflow
 * in a dependency, a bug) or a run past the time limit becomes a warning that names the file.
 *
 * @param source The article.
 * @param options See `AnalyzeOptions`.
 * @returns The analysis, or a warning for a person.
 */
export function analyzeArticleSafely(source: ArticleSource, options: AnalyzeOptions = {}): ArticleOutcome {
	return analyzeSafely(source, options, true);
}

/** `analyzeArticleSafely`, with `ownNames` as for `analyzeParts`. */
function analyzeSafely(source: ArticleSource, options: AnalyzeOptions, ownNames: boolean): ArticleOutcome {
	const perMegabyte = options.timeLimitMs ?? defaultArticleBudgetMs;
	try {
		// A 10 MB article may take ten times the limit of a short one: the limit is on speed, not size.
		const limit = perMegabyte * Math.max(1, source.text.length / 1_000_000);
		return { analysis: withBudget(limit, () => analyzeParts(source, ownNames)) };
	} catch (error) {
		const why = error instanceof BudgetExceeded ? `its analysis was stopped ${error.limit}` : `it could not be analysed (${error instanceof Error ? error.message : String(error)})`;
		return { warning: { path: source.path, message: `${why}; left out of the comparison` } };
	}
}

/**
 * Analyses a folder: every article, then the names grouped into identities across it. An article
 * that fails or runs past the time limit is left out with a warning; the others are compared.
 *
 * @param sources The articles.
 * @param warnings Problems met while reading them, carried into the result.
 * @param options See `AnalyzeOptions`.
 * @returns The folder's analysis.
 */
export function analyzeCorpus(sources: ArticleSource[], warnings: InputWarning[] = [], options: AnalyzeOptions = {}): CorpusAnalysis {
	const analyses: ArticleAnalysis[] = [];
	const all = [...warnings];
	const copies = new VerbatimCopies();
	for (const source of sources) {
		const copy = copies.copyOf(source);
		if (copy) {
			analyses.push(copy);
			continue;
		}
		// Each article's names are found by `combineAnalyses` below, with the whole folder as evidence.
		const outcome = analyzeSafely(source, options, false);
		if ('analysis' in outcome) {
			copies.add(source, outcome.analysis);
			analyses.push(outcome.analysis);
		} else {
			all.push(outcome.warning);
		}
	}
	const corpus = combineAnalyses(analyses, all);
	// The paragraphs read for the names served the folder's grouping: none is read again.
	forgetReadParagraphs();
	return corpus;
}

/**
 * Groups the names of already analysed articles into identities (an editor re-analyses only the
 * article that changed, then calls this). Names are found again with the whole folder as
 * evidence: a word that starts a sentence in one article ("Brenn said …") is known to be a name
 * when another article capitalises it mid-sentence. That pass is fast; the parse is not redone.
 */
export function combineAnalyses(articles: ArticleAnalysis[], warnings: InputWarning[] = []): CorpusAnalysis {
	const evidence = collectNameEvidence(articles.map(({ parsed }) => parsed));
	// Verbatim copies share their parse's paragraph list (`verbatimCopies.ts`): their names are found once.
	const found = new Map<ParsedArticle['paragraphs'], { text: string; mentions: EntityMention[] }>();
	const withFolderNames = articles.map((analysis) => {
		const { parsed } = analysis;
		let known = found.get(parsed.paragraphs);
		if (known?.text !== parsed.text) {
			known = { text: parsed.text, mentions: findEntityMentions(parsed, evidence) };
			found.set(parsed.paragraphs, known);
		}
		return { ...analysis, mentions: known.mentions };
	});
	const entities = groupEntities(withFolderNames.map(({ parsed, mentions }) => ({ id: parsed.article.id, text: parsed.article.text, mentions })));
	return { articles: withFolderNames, entities, warnings };
}
