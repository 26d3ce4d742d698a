/**
 * The stages of the per-article analysis that `npm run fuzz` times one by one. Each prepares what
 * it needs from the earlier stages (not timed) and then runs its own work (timed), so that a slow
 * stage is named, not hidden inside the whole analysis.
 */
import { analyzeArticle, combineAnalyses } from '../../src/core/analyze';
import { compareCorpus } from '../../src/core/compare/compare';
import { findBoilerplate } from '../../src/core/boilerplate';
import { findEntityMentions } from '../../src/core/entities';
import { groupEntities } from '../../src/core/entities/grouping';
import { extractFigures } from '../../src/core/figures';
import { readHeader } from '../../src/core/header';
import { findMarkup } from '../../src/core/markdown';
import { parseArticle } from '../../src/core/parse';
import { findQuotes } from '../../src/core/quotes';
import { attributeSpeech } from '../../src/core/quotes/speakers';
import type { ArticleAnalysis, ParsedArticle } from '../../src/core/types';
import { realisticArticle } from './generators';

/** A stage: `prepare` builds its input from the text (untimed), `run` is what is timed. */
export interface Stage {
	name: string;
	prepare: (text: string) => unknown;
	run: (input: unknown) => unknown;
}

/** The article as plain text: what most stages read (Markdown is fuzzed by its own stage and by `analyze`). */
const parseText = (text: string): ParsedArticle => parseArticle({ id: 'fuzz', path: 'fuzz.txt', text });

export const stages: Stage[] = [
	{
		name: 'header',
		prepare: (text) => text,
		run: (text) => {
			const header = readHeader(text as string);
			return findBoilerplate(text as string, header.bodyStart);
		},
	},
	{ name: 'markdown', prepare: (text) => text, run: (text) => findMarkup(text as string, 0) },
	{ name: 'segment', prepare: (text) => text, run: (text) => parseText(text as string) },
	{ name: 'quotes', prepare: parseText, run: (parsed) => findQuotes(parsed as ParsedArticle) },
	{
		name: 'speakers',
		// The direct quotes as the quote reader hands them over: no speaker yet, no reported speech.
		prepare: (text) => {
			const parsed = parseText(text);
			const direct = findQuotes(parsed).filter((quote) => quote.direct).map(({ speaker: _speaker, source: _source, addressee: _addressee, ...quote }) => quote);
			return { parsed, direct };
		},
		run: (input) => {
			const { parsed, direct } = input as { parsed: ParsedArticle; direct: ReturnType<typeof findQuotes> };
			return attributeSpeech(parsed, direct);
		},
	},
	{ name: 'figures', prepare: parseText, run: (parsed) => extractFigures(parsed as ParsedArticle) },
	{
		name: 'names',
		prepare: parseText,
		run: (input) => {
			const parsed = input as ParsedArticle;
			const mentions = findEntityMentions(parsed);
			return groupEntities([{ id: 'fuzz', text: parsed.article.text, mentions }]);
		},
	},
	// The whole analysis of a Markdown file: every stage above, plus the Markdown reader on the way.
	{ name: 'analyze', prepare: (text) => text, run: (text) => analyzeArticle({ id: 'fuzz', path: 'fuzz.md', text: text as string }) },
	// The folder: the hostile article beside two ordinary outlets, names grouped and compared (the
	// aligner, every discrepancy finder, the ids). The articles' own analysis is not timed.
	{
		name: 'compare',
		prepare: (text) => [
			analyzeArticle({ id: 'fuzz', path: 'fuzz.txt', text }),
			analyzeArticle({ id: 'other-1', path: 'other-1.txt', text: realisticArticle(8_000, 11) }),
			analyzeArticle({ id: 'other-2', path: 'other-2.txt', text: realisticArticle(8_000, 12) }),
		],
		run: (analyses) => compareCorpus(combineAnalyses(analyses as ArticleAnalysis[])).discrepancies,
	},
];
