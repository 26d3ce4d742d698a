import { documentNouns, mediaWords, organizationHeads } from '../text/lexicon/sources';
import { isEnglishWord } from '../text/lexicon/englishWords';
import type { Quote } from '../types';
import { personNouns, postnominalAdjectives, roleNouns } from '../text/lexicon/people';

// The `\p{…}` patterns of the rules below, built once: under tsx (the tests, the bench) a literal
// with `\p{…}` inside a function is rebuilt at every call (see `entities/wordShapes.ts`).
/** A capital first ("Ortiz"). */
const capitalStartPattern = /^\p{Lu}/u;
/** A letter first. */
const letterStartPattern = /^\p{L}/u;
/** A noun of who does ("speaker", "director"). */
const agentNounPattern = /^(\p{L}{3,})(?:er|or)$/u;

/**
 * Whether a speaker the rules read can stand as the speaker, or only as a guess. A name, a
 * person ("the senator", "a resident", "one strategist"), an organisation ("the campaign", "the
 * port authority") or a document ("the report", "a court filing") can speak; a phrase that is
 * none of these is a clause's subject that the rules took for a speaker: "The first incident came
 * …, shouting “…”", "Media shares rose …, the “…”". Then the report says nobody, with the
 * phrase as a hint.
 *
 * @param name The speaker's name as written ("Ada Brandt", "person close to the mayor", "first incident").
 */
export function isSureSpeaker(name: string): boolean {
	const words = name.split(/\s+/);
	// A capital word that is no everyday word names someone ("Ryder’s office", "spokesman for
	// Platte Docks", "Tramp campaign"); a capital at the start may only open the sentence ("Media
	// shares").
	if (words.some((word, i) => capitalStartPattern.test(word) && (i > 0 || words.length === 1 || !isEnglishWord(word.toLowerCase().replace(/['’]s$/, ''))))) {
		return true;
	}
	const head = headOf(words);
	if (head === undefined) {
		return true;
	}
	// "candidates", "unions", "reports": a plural is as sure as its singular.
	return [head, head.replace(/s$/, ''), head.replace(/men$/, 'man')].some(
		(noun) => roleNouns.has(noun) || personNouns.has(noun) || organizationHeads.has(noun) || mediaWords.has(noun) || documentNouns.has(noun) || isAgentNoun(noun),
	);
}

/**
 * Moves a speaker the text does not name surely into `speakerHint` (`isSureSpeaker`).
 *
 * @param quote A quote as attributed.
 * @returns The quote, or a copy whose speaker is a hint.
 */
export function withSureSpeaker(quote: Quote): Quote {
	if (!quote.speaker || isSureSpeaker(quote.speaker.name)) {
		return quote;
	}
	const { speaker, ...rest } = quote;
	return { ...rest, speakerHint: speaker };
}

/** Words after a description's head noun ("person close to the mayor", "spokesman for the port"). */
const headCutWords = new Set(['of', 'for', 'from', 'at', 'with', 'to', 'in', 'on', 'who']);

/** The head noun of a description: the word before "of", "for", "close to" …, else the last ("person close to the mayor" → person). */
function headOf(words: string[]): string | undefined {
	const cut = words.findIndex((word, i) => i > 0 && (headCutWords.has(word.toLowerCase()) || postnominalAdjectives.has(word.toLowerCase())));
	const last = (cut > 0 ? words[cut - 1] : words[words.length - 1])?.toLowerCase().replace(/['’]s$/, '');
	return last && letterStartPattern.test(last) ? last : undefined;
}

/**
 * A noun for someone who does something: "strategist", "historian", "auctioneer", and a verb with
 * -er or -or ("voter", "supporter", "investor"); "incident" and "matter" are not, nor the
 * comparative of an adjective ("number" of "numb", "lower" of "low": "numbest" and "lowest" say so).
 */
export function isAgentNoun(word: string): boolean {
	if (/(?:ist|ian|eer)$/.test(word) && word.length > 4) {
		return true;
	}
	const stem = agentNounPattern.exec(word)?.[1];
	const base = stem === undefined ? undefined : isEnglishWord(stem) ? stem : isEnglishWord(`${stem}e`) ? `${stem}e` : undefined;
	return base !== undefined && !isEnglishWord(`${base.replace(/e$/, '')}est`);
}
