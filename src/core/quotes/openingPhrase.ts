import { characterisingVerbs, speechParticiples } from '../text/lexicon/speech';
import { sentenceOpeners } from '../text/lexicon/functionWords';
import type { TaggedToken } from '../text/tagger';
import type { Attribution, QuoteSpan } from './attributionTypes';
import type { ArticleText } from './articleText';
import { isVerbAt, readPhrase } from './clausePhrase';
import { whoOf } from './phrases';
import { isSureSpeaker } from './sureSpeaker';

/**
 * A word set off inside a phrase that opens its sentence with a participle of speech or of
 * characterising, maybe after a preposition ("in", "while", "by" …), is said by the main clause's
 * subject, after the phrase's comma, wherever that comma stands:
 *
 *   In calling the levy “reckless,” the harbour master again showed her temper.        → harbour master
 *   But while denouncing the “greed” of the shipping firms, Ivo Marr offered no plan.   → Ivo Marr
 *   And in explaining why the “quick fixes” failed, she described a rigged port.       → she
 *
 * (`subordinateQuote.ts` reads a quote that ends the phrase right before its comma.)
 */

// The `\p{…}` pattern built once: under tsx a literal inside a function is rebuilt at every call (see `entities/wordShapes.ts`).
/** A word in -ing among the first four words of a sentence: the tagger reads only such sentences. */
const earlyParticiplePattern = /^[^\p{L}]*(?:\p{L}+[^\p{L}]+){0,3}?\p{L}+ing\b/iu;

/** Prepositions and conjunctions a participle phrase may open with ("In calling", "While denouncing"). */
const phraseLeads = new Set(['in', 'while', 'when', 'after', 'before', 'by', 'on', 'upon', 'without']);

/**
 * Where the participle of speech or of characterising that opens a sentence stands, before the
 * quote: past sentence openers and commas ("And, acknowledging …"), and past one of `leads` when
 * given ("In calling …", "But while denouncing …"). `subordinateQuote.ts` reads it without leads.
 *
 * @param tokens The sentence's tagged tokens.
 * @param quoteStart Where the quote starts: the participle stands before it.
 * @param leads Words the phrase may open with before its participle.
 * @returns The participle's index in `tokens`, or `undefined`.
 */
export function openingParticiple(tokens: readonly TaggedToken[], quoteStart: number, leads?: ReadonlySet<string>): number | undefined {
	let first = 0;
	while (first < tokens.length && (sentenceOpeners.has(tokens[first].lower) || tokens[first].text === ',')) {
		first++;
	}
	if (leads?.has(tokens[first]?.lower ?? '')) {
		first++;
	}
	const opening = tokens[first];
	return opening && opening.end <= quoteStart && (speechParticiples.has(opening.lower) || (characterisingVerbs.has(opening.lower) && opening.lower.endsWith('ing'))) ? first : undefined;
}

/** The subject of the clause after an opening participle phrase that holds the quote, when it can speak. */
export function openingPhraseSpeaker(article: ArticleText, quote: QuoteSpan): Attribution | undefined {
	const sentence = article.sentenceAt(quote.start);
	if (!sentence || !earlyParticiplePattern.test(article.text.slice(sentence.start, quote.start))) {
		return undefined;
	}
	const tokens = article.taggedSentence(article.sentenceIndexAt(quote.start));
	if (openingParticiple(tokens, quote.start, phraseLeads) === undefined) {
		return undefined;
	}
	// The phrase's comma: inside the closing mark ("“reckless,” the"), or the first one after it.
	let k = tokens.findIndex((token) => token.start >= quote.end);
	if (k < 0) {
		return undefined;
	}
	if (!article.text.slice(quote.inner.start, quote.inner.end).trimEnd().endsWith(',')) {
		while (k < tokens.length && tokens[k].text !== ',') {
			k++;
		}
	}
	while (k < tokens.length && tokens[k].text === ',') {
		k++;
	}
	const phrase = k < tokens.length ? readPhrase(tokens, k) : undefined;
	if (!phrase || !isVerbAt(tokens, phrase.next, Infinity)) {
		return undefined;
	}
	const subject = phrase.subject;
	const speaks = subject.kind === 'pronoun' || (subject.kind === 'description' ? isSureSpeaker(subject.name) : article.people.mayBeSpeaker(subject.name));
	return speaks ? { speaker: whoOf(subject), adjacent: false } : undefined;
}
