import { speechParticiples, speechVerbs } from '../text/lexicon/speech';
import { titleSmallWords } from '../text/lexicon/works';
import type { Quote, Span } from '../types';
import { isChantOrSlogan } from './slogan';
import { isCharacterisedName } from './characterisedName';
import { isColonSentence } from './utterance';

/**
 * Words in title case that nobody was found to say are a name, not speech: "Lea Moss, known for
 * “Harbour Lights” and “The Salt Road,” posted on her page", "a “Quiet Harbour” campaign". Speech
 * needs a speaker, or a speech verb right before or after it ("…, chanting “Save Our Pier!”",
 * "“Never,” she said"), or a chant or a sign before it ("chants of “Vote Vos!”": `slogan.ts`).
 */

/** Words of a quote, as a reader counts them. */
const wordPattern = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;

/** A capital or a digit first. */
const capitalPattern = /^[\p{Lu}\p{N}]/u;

/** The word before a quote, past spaces and the marks that introduce it ("chanting, “…”", "said: “…”"). */
const lastWordPattern = /([\p{L}]+)[\s,:—–―-]*$/u;

/** The clause after a quote: a pronoun and its verb ("“Never,” she said"), or a verb and a name ("…,” said Vos"). */
const clauseAfterPattern = /^[\s,]*(?:(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)\s+(\p{L}+)|(\p{L}+)\s+\p{Lu})/u;

/** Whether the words after a quote attribute it: "“Never,” she said", "“Never,” said Vos"; not "“…,” posted the clip". */
function isSpeechAfter(after: string): boolean {
	const found = clauseAfterPattern.exec(after);
	const verb = (found?.[1] ?? found?.[2])?.toLowerCase();
	return verb !== undefined && speechVerbs.has(verb);
}

/** "by" and a name after a quote: a byline ("…,” by the Courier's Ada Vos"). */
const bylinePattern = /^\s*,?\s*by\s+(?:the\s+)?\p{Lu}/u;

/** A word in lower case: the clause before a quote has begun ("Vos said the “…”"). */
const lowerWordPattern = /\p{Ll}{2,}/u;

/**
 * A headline in quotation marks with its byline, as digests of links set them: "NOW OPEN—“Art
 * show opens in a former depot,” by the Courier’s Ada Vos: …". The quote opens its sentence (only a
 * heading in capitals or a dash before it) and "by" and a name follow it: it is the title of a
 * piece, not speech. "The levy was called “a tax on ships” by Vos" stays speech: a clause has begun.
 */
function isBylinedHeadline(text: string, quote: Quote): boolean {
	if (!bylinePattern.test(text.slice(quote.end, quote.end + 30))) {
		return false;
	}
	const before = text.slice(Math.max(0, quote.start - 80), quote.start);
	const opening = before.slice(Math.max(before.lastIndexOf('\n'), before.search(/[.!?]\s[^.!?]*$/)) + 1);
	return !lowerWordPattern.test(opening);
}

/**
 * Small words that a title leaves in lower case: the lexicon's, and "is" and "as", which some
 * outlets keep small too ("“Orange is the Sea”", "“Known as Ada”").
 */
function isSmallWord(word: string): boolean {
	return titleSmallWords.has(word) || word === 'is' || word === 'as';
}

/** Whether a verb of speech stands right before the quote ("she said, “…”", "chanting “…”"). */
export function followsSpeechVerb(text: string, quote: Span): boolean {
	const before = lastWordPattern.exec(text.slice(Math.max(0, quote.start - 40), quote.start))?.[1]?.toLowerCase() ?? '';
	return speechVerbs.has(before) || speechParticiples.has(before);
}

/**
 * The quote as a title when it is speech with no speaker, in title case, and no speech verb
 * stands right before it; else the quote as it is.
 *
 * @param text The article's text.
 */
export function withUnattributedTitle(text: string, quote: Quote): Quote {
	if (quote.kind === 'speech' && quote.depth === 0 && isBylinedHeadline(text, quote)) {
		return { ...quote, kind: 'title', direct: false, speaker: undefined };
	}
	if (quote.kind !== 'speech' || quote.speaker || quote.depth !== 0) {
		return quote;
	}
	const words = quote.text.match(wordPattern) ?? [];
	if (words.length === 0 || !words.every((word, i) => capitalPattern.test(word) || (i > 0 && isSmallWord(word)))) {
		return quote;
	}
	// "The banner carried one message: “Save The Pier.”" is said, as `quoteKind.ts` reads it.
	if (isColonSentence(text, quote, quote.text)) {
		return quote;
	}
	if (followsSpeechVerb(text, quote) || isSpeechAfter(text.slice(quote.end, quote.end + 40)) || isChantOrSlogan(text, quote) || isCharacterisedName(text, quote)) {
		return quote;
	}
	return { ...quote, kind: 'title', direct: false };
}
