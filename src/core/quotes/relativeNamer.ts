import * as wordsModule from '../text/words';
import { relativeWords } from '../text/lexicon/functionWords';
import * as speechLexicon from '../text/lexicon/speech';
import { titleWords } from '../text/lexicon/titles';
import type { Attribution, Named, QuoteSpan, Token } from './attributionTypes';
import { maxReach, type ArticleText } from './articleText';
import * as speechTokensModule from './speechTokens';
import * as verbSubjectModule from './verbSubject';

/**
 * A quote right after a verb of naming in a relative clause, with a name as that clause's subject:
 * "And, in a clip that Judge Ada Vos called “vile,” Tom Lund vowed to “sink the fleet”" → the
 * first quote is Ada Vos's, not Tom Lund's, whom the main clause after it names; "the levy, which
 * Mayor Ada Vos once called “a relic,” …", "led to what aide Tom Brandt called “a new era”".
 */

// NOTE: imports read once, as in `entities/tokens.ts`.
const { wordStartAfter } = wordsModule;
const { labellingVerbs } = speechLexicon;
const { isNameDot, tokenize } = speechTokensModule;
const { verbSubject } = verbSubjectModule;

/** A capital first: a name ("Ada Vos"), not a description ("her office"). */
const capitalFirstPattern = /^\p{Lu}/u;

/** The most tokens between a relative word and its verb of naming ("that U.S. District Judge Ada M. Vos called"). */
const maxRelativeSubject = 10;

/**
 * The subject of a verb of naming in a relative clause that the tokens before a quote end with,
 * when it is a name: "a clip that Judge Ada Vos called" → Judge Ada Vos.
 *
 * @param before The tokens of the quote's sentence before its opening mark.
 */
export function namerInRelative(article: ArticleText, before: Token[]): Attribution | undefined {
	const naming = namingInRelative(before);
	const named = naming >= 0 ? verbSubject(article, before, naming, 0)?.attribution : undefined;
	// Only a name: "Vote for Ortiz, whom he called “…”" and "what her office calls “…”" are read by
	// the rules for pronouns and possessors (measured: letting them through here lost a speaker on
	// PolNeAR train and one on dev).
	if (!named?.speaker || named.speaker.pronoun !== undefined || !capitalFirstPattern.test(named.speaker.name)) {
		return undefined;
	}
	return { ...named, speaker: withTitle(article, before, named.speaker), adjacent: false };
}

/** The tokens before a quote in its sentence and paragraph, as `readAround` reads them. */
export function tokensBefore(article: ArticleText, quote: QuoteSpan): Token[] {
	const sentence = article.sentenceAt(quote.start);
	const paragraph = article.parsed.paragraphs[article.paragraphAt(quote.start)];
	return tokenize(article.text, Math.max(sentence?.start ?? quote.start, paragraph.start, wordStartAfter(article.text, quote.start - maxReach)), quote.start);
}

/** A name with the titles written right before it, as a subject is named elsewhere ("which Mr. Vos called" → Mr. Vos). */
function withTitle(article: ArticleText, tokens: Token[], speaker: Named): Named {
	let first = tokens.findIndex((token) => token.start === speaker.span.start);
	while (first > 0 && (titleWords.has(tokens[first - 1].lower) || (tokens[first - 1].text === '.' && titleWords.has(tokens[first - 2]?.lower ?? '')))) {
		first--;
	}
	if (first < 0 || tokens[first].start === speaker.span.start) {
		return speaker;
	}
	const span = { start: tokens[first].start, end: speaker.span.end };
	return { ...speaker, name: article.text.slice(span.start, span.end), span };
}

/**
 * The index of the verb of naming the tokens end with, when a relative word opens its clause with
 * a subject between ("a clip that Judge Ada Vos called", "which Mayor Vos once called"), else -1;
 * not "what he called" (no subject between would be read), nor across a comma or a quote.
 */
function namingInRelative(tokens: Token[]): number {
	const v = tokens.length - 1;
	if (v < 2 || !labellingVerbs.has(tokens[v].lower)) {
		return -1;
	}
	for (let k = v - 2; k >= 0 && k >= v - maxRelativeSubject; k--) {
		if (relativeWords.has(tokens[k].lower)) {
			return v;
		}
		if (!tokens[k].word && !isNameDot(tokens, k)) {
			return -1;
		}
	}
	return -1;
}
