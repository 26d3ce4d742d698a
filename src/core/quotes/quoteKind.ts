/** What a quote is: speech, a title, a scare quote or a term, read from its words and what stands before it. */
import { isIntroducedBySpeech } from './speakers';
import { isSaidAfter, isSpokenTerm } from './spokenTerm';
import { namingVerbs, termNouns, titleSmallWords } from '../text/lexicon/works';
import { hasWorkCue } from './workCue';
import { isChantOrSlogan } from './slogan';
import { isCharacterisedName } from './characterisedName';
import { followsSpeechVerb } from './unattributedTitle';
import { isColonSentence, isStandingSentence } from './utterance';
import { addresseeVerbs } from '../text/lexicon/speech';
import type { ParsedArticle, Quote } from '../types';
import { alternatives } from '../text/lexicon/wordSets';

/** A capital or a digit first ("Harbour", "1990s"); built once (see `entities/wordShapes.ts`). */
const capitalOrDigitStartPattern = /^[\p{Lu}\p{N}]/u;

/** A quote before its kind and speaker are known. */
export type RawQuote = Omit<Quote, 'kind' | 'text'>;

/** Words of a quote, as a reader counts them ("Lu’s" and "well-known" are one each). */
const wordPattern = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+){0,50}/gu;

/**
 * A word or phrase quoted as a word, not as anyone's speech: "the so-called “harbour tax”", "the
 * term “ferry desert”", "a campaign known as “Ships First”", "a deal that officials nicknamed the
 * “bread run”" (the quoted words are the name the thing goes by).
 * NOTE: "called it “…”", "dubbed her “…”", "described as “…”" and "referred to as “…”" are left out: there a person
 * characterises something in their own words, a partial quote of their speech.
 */
const termBefore = new RegExp(`\\b(?:so-called|so called|(?:the|a|an|this|that|their|his|her) (?:${alternatives(termNouns)})|known as|hashtag|(?:${alternatives(namingVerbs)}) the)[\\s,:]*$`, 'i');

/**
 * Speech, a scare quote (one or two words set off, not introduced as speech) or a title.
 * NOTE: a phrase in title case of two words or more is a name ("a “Summer of Ships”",
 * "“Captain of the Year”"), unless a speech verb introduces it ("“Thank You,” she said").
 */
export function kindOf(parsed: ParsedArticle, quote: RawQuote, outer: RawQuote[]): Quote['kind'] {
	const before = parsed.text.slice(Math.max(0, quote.start - 30), quote.start);
	if (termBefore.test(before) && !isSpokenTerm(before)) {
		// "The phrase “harbour tax” was uttered once, by Vos": a term said to be said is speech.
		return isSaidAfter(parsed.text.slice(quote.end, quote.end + 40)) ? 'speech' : 'term';
	}
	const words = parsed.text.slice(quote.inner.start, quote.inner.end).match(wordPattern) ?? [];
	const titleCase = words.every((word, i) => capitalOrDigitStartPattern.test(word) || (i > 0 && titleSmallWords.has(word)));
	if (titleCase && words.length <= 14 && hasWorkCue(parsed.text, quote)) {
		return 'title';
	}
	// "Speaking on KNT’s “Harbour Hour,” Vos said …", "star of television’s “Tidewater”": a name in
	// title case that something belongs to is a work or a show, whatever verb follows it.
	if (titleCase && words.length <= 6 && possessiveBefore.test(before)) {
		return 'title';
	}
	const looksLikeTitle = titleCase && words.length >= 2 && words.length <= 10 && capitalOrDigitStartPattern.test(words[words.length - 1]);
	// "Vos told “Harbour Morning” the pier would open": after a verb whose object is the listener, with
	// no comma or colon between, a name in title case is the one spoken to (a programme, a paper);
	// "during an appearance on “Harbour Morning,” Vos said": after "on", it is where one speaks.
	// "asked “Why Not Now?”" is a question put.
	if (looksLikeTitle && (listenerBefore.test(before) || onBefore.test(before)) && !questionOrCryEnd.test(parsed.text.slice(quote.inner.start, quote.inner.end))) {
		return 'title';
	}
	// "The mayor called her rival “The Harbour Thief”": a name someone gives is their words, read as a word set off.
	if (looksLikeTitle && isCharacterisedName(parsed.text, quote)) {
		return 'scare';
	}
	// "a headline that said, “Harbour Board Quits”": words in title case right after a verb of speech are what was said.
	// "the playwright who wrote “Harbour Lights”" names a work: a verb of writing is left out.
	if (looksLikeTitle && followsSpeechVerb(parsed.text, quote) && !writtenBefore.test(before)) {
		return 'speech';
	}
	// "The letter had one line: “We Are Closing.”", "a single word: “Gladly.”": a sentence a colon introduces is what was said or written.
	const inner = parsed.text.slice(quote.inner.start, quote.inner.end);
	if (isColonSentence(parsed.text, quote, inner)) {
		return 'speech';
	}
	// "“The tide is late,” Vos said. “Very late.”", "The clerk looked up. “Mr. Brandt?”": a sentence of its own is said.
	// Only a closed one: in "…will things change? "he said." a closing mark read as an opening one leaves "he said." unclosed.
	if (quote.depth === 0 && quote.closed && isStandingSentence(parsed.text, quote, inner)) {
		return 'speech';
	}
	// "Vos: The Board Had ‘No Right To…’": words cut off with an ellipsis are a piece of what was said, not a name.
	if (cutOffPattern.test(inner)) {
		return 'speech';
	}
	if (!looksLikeTitle && words.length > 2) {
		return 'speech';
	}
	// "“No,” he said" is speech; "a “dear friend”" and "the ‘democracy’ they claim" are not.
	if (quote.depth === 0 && isIntroducedBySpeech(parsed, quote, outer)) {
		return 'speech';
	}
	if (looksLikeTitle && isChantOrSlogan(parsed.text, quote)) {
		return 'speech';
	}
	return looksLikeTitle ? 'title' : 'scare';
}

/** A verb that takes its listener as object right before a quote, only spaces between ("told “…”", "asked “…”"). */
const listenerBefore = new RegExp(`\\b(?:${alternatives(addresseeVerbs)})[ \\t\\u00a0]+$`, 'i');

/** An ellipsis last in a quote's words, maybe with a full stop ("No Right To…", "if only we had. . ."). */
const cutOffPattern = /(?:…|\.\s?\.\s?\.)\.?\s*$/u;

/** "on" right before a quote, only spaces between ("appeared on “…”"). */
const onBefore = /\bon[ \t\u00a0]+$/i;

/** A question or an exclamation mark last in a quote's words ("Why Not Now?"). */
const questionOrCryEnd = /[?!]\P{L}*$/u;

/** A verb of writing right before a quote ("wrote “…”", "writing, “…”"). */
const writtenBefore = /\b(?:wrote|writes|write|writing|written)[\s,:]*$/i;

/** A possessive right before a quote ("KNT’s", "television's"). */
const possessiveBefore = /\p{L}['’]s\s*$/u;
