import * as wordsModule from '../text/words';
import type { Attribution, QuoteSpan } from './attributionTypes';
import { maxReach, type ArticleText } from './articleText';
import * as speechTokensModule from './speechTokens';
import * as verbSubjectModule from './verbSubject';
import { isPassive } from './relayPhrases';
import { participleSubject } from './participleSubject';

/**
 * A word or two set off inside a clause opened by "that" after a verb is a piece of what that
 * clause reports, in the words of the verb's subject: "The auditor, Ada Vos, concluded that the
 * fund was “badly run”" → Ada Vos, whatever the verb ("concluded", "noted", "made clear").
 */

// NOTE: imports read once, as in `entities/tokens.ts`.
const { wordStartAfter } = wordsModule;
const { findLast, tokenize } = speechTokensModule;
const { verbSubject } = verbSubjectModule;

/** Verbs before "that" that report no words: "so that", "now that", "given that" are no verbs; "means that" reports nobody. */
const notReporting = new Set(['means', 'meant', 'mean', 'so', 'now', 'given', 'except', 'such']);

/**
 * The subject of the verb right before the last "that" ahead of a quote in its sentence, when the
 * tagger reads that word as a verb: "Vos concluded that the pier was a “relic”" → Vos.
 */
export function thatClauseSpeaker(article: ArticleText, quote: QuoteSpan): Attribution | undefined {
	const sentence = article.sentenceAt(quote.start);
	if (!sentence) {
		return undefined;
	}
	const tokens = tokenize(article.text, Math.max(sentence.start, wordStartAfter(article.text, quote.start - maxReach)), quote.start);
	const that = findLast(tokens, tokens.length, (token) => token.lower === 'that');
	const v = that - 1;
	if (v < 1 || !tokens[v].word || tokens[v].cap || notReporting.has(tokens[v].lower) || isPassive(tokens, v)) {
		return undefined;
	}
	const tagged = article.taggedSentence(article.sentenceIndexAt(tokens[v].start)).find((token) => token.start === tokens[v].start);
	if (tagged?.pos !== 'VERB') {
		return undefined;
	}
	// "Dockers shunned the mayor, claiming that he is “anti-union”": a participle's subject is the clause's it hangs on.
	const subject = tokens[v].lower.endsWith('ing') ? participleSubject(article, tokens, v, 0) : verbSubject(article, tokens, v, 0);
	return subject?.attribution;
}
