import { lexicalType } from '../entities/lexicalType';
import { isEnglishWord } from '../text/lexicon/englishWords';
import { titleWords } from '../text/lexicon/titles';
import { timeWords } from '../text/lexicon/time';
import { personPronouns } from '../text/lexicon/people';
import { placePrepositions } from '../text/lexicon/places';
import { wordKey } from '../text/lexicon/wordSets';
import { genderOfFirstName, type Gender } from '../text/givenNames';
import type { TaggedToken } from '../text/tagger';
import { femaleWords, maleWords } from '../text/lexicon/people';
import type { Span } from '../types';

// The `\p{…}` patterns of the rules below, built once: under tsx (the tests, the bench) a literal
// with `\p{…}` inside a function is rebuilt at every call (see `entities/wordShapes.ts`).
/** Two capitals in a row. */
const twoCapitalsPattern = /\p{Lu}{2}/u;

/**
 * Who "he" and "she" are: the people an article names, in the order a reader meets them, and the
 * one a pronoun most likely stands for (salience: the nearest sentence first, its subject before
 * the rest; gender from a first name, a title or what the text said earlier).
 *
 *   Lena Ortiz chairs the board. Her deputy, Paul Brandt, disagreed. “No,” she said.   → Lena Ortiz
 *   Harbour adviser Paul Brandt took questions. “We wait,” he said.                    → Paul Brandt, not "Harbour"
 */

/** A grammatical gender a pronoun asks for (`text/givenNames.ts`). */
export type { Gender };

/** A person named in a sentence, as a pronoun's candidate. */
export interface PersonMention {
	/** The name as written ("Lena Ortiz", "Ortiz"). */
	name: string;
	/** Where it stands. */
	span: Span;
	/** It is the sentence's subject (the name its first noun phrase ends in). */
	subject: boolean;
	/** It modifies another noun ("harbour adviser", "Ortiz's plan"): less likely to be "he" later. */
	modifier: boolean;
}

export { genderOfFirstName };

/** The gender a title or role word before a name tells ("Mrs", "spokesman"), if any. */
export function genderOfTitle(word: string): Gender | undefined {
	const key = wordKey(word);
	return maleWords.has(key) ? 'm' : femaleWords.has(key) ? 'f' : undefined;
}

/**
 * The people a sentence names: runs of proper nouns that are no place, organisation, day or
 * month ("Lena Ortiz", "Brandt"), each marked as the subject or as a modifier.
 *
 * @param tokens The sentence's tokens, tagged.
 * @param isPerson Whether a run of proper nouns names a person (the article's knowledge).
 * @param skip Spans not to read (quotes: a name inside a quote is not a speaker's antecedent).
 */
export function personMentions(tokens: TaggedToken[], isPerson: (words: string[]) => boolean, skip: (at: number) => boolean): PersonMention[] {
	const mentions: PersonMention[] = [];
	let subjectSeen = false;
	// The end of the last run read as a place: "in Dover, Kent the candidate" goes on with its region.
	let placeEnd = -1;
	for (let i = 0; i < tokens.length; i++) {
		if (tokens[i].pos !== 'PROPN' || skip(tokens[i].start)) {
			if (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX') {
				subjectSeen = true;
			}
			continue;
		}
		let end = i + 1;
		while (end < tokens.length && tokens[end].pos === 'PROPN' && tokens[end].start - tokens[end - 1].end <= 1) {
			end++;
		}
		const words = tokens.slice(i, end).map((token) => token.text);
		// Titles before the name belong to it as cues, not as part of its words ("Sen. Lena Ortiz").
		let first = i;
		while (first < end - 1 && titleWords.has(wordKey(tokens[first].text))) {
			first++;
		}
		const next = tokens[end];
		const modifier = next !== undefined && (next.pos === 'NOUN' || next.pos === 'PART' || (next.pos === 'PROPN' && next.start - tokens[end - 1].end > 1));
		const place = isPlaceAt(tokens, i, next, placeEnd);
		if (place) {
			// Only the place after the preposition goes on with a region, not the region itself.
			placeEnd = place === 'place' ? end : -1;
			i = end - 1;
			continue;
		}
		if (isPerson(words.slice(first - i))) {
			mentions.push({
				name: tokens
					.slice(first, end)
					.map((token) => token.text)
					.join(' '),
				span: { start: tokens[first].start, end: tokens[end - 1].end },
				subject: !subjectSeen && !modifier && !afterPreposition(tokens, i),
				modifier,
			});
		}
		i = end - 1;
	}
	return mentions;
}

/**
 * A run of proper nouns that names where, not who: after a preposition of place ("after his rally
 * in Dover the candidate …"; not "from", as in "a letter from Ortiz"), or the region set off
 * after such a place ("in Dover, Kent the candidate went further"), unless a verb follows it
 * ("While in Dover, Ortiz spends …": the subject). A possessive stays a person ("in Ortiz's view").
 */
function isPlaceAt(tokens: TaggedToken[], i: number, next: TaggedToken | undefined, placeEnd: number): 'place' | 'region' | undefined {
	if (next?.pos === 'PART') {
		return undefined;
	}
	const before = tokens[i - 1];
	if (before !== undefined && placePrepositions.has(before.lower) && before.lower !== 'from') {
		return 'place';
	}
	return before?.text === ',' && placeEnd === i - 1 && next?.pos !== 'VERB' && next?.pos !== 'AUX' ? 'region' : undefined;
}

/**
 * A name inside a phrase that opens with a preposition is no subject: "At a rally in Dover, Ortiz
 * promised …" (Dover), "In Ruiz's view, the port …" (Ruiz).
 */
function afterPreposition(tokens: TaggedToken[], at: number): boolean {
	for (let k = at - 1; k >= 0 && k >= at - 6; k--) {
		const pos = tokens[k].pos;
		if (pos === 'ADP') {
			return true;
		}
		if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'NUM' && pos !== 'PROPN' && pos !== 'NOUN' && pos !== 'PART') {
			return false;
		}
	}
	return false;
}

/**
 * Whether a run of proper nouns can name a person on its own words: no place, organisation,
 * day or month ("Tuesday", "Harbour Authority", "Iowa" are not people).
 */
export function mayNamePerson(words: string[]): boolean {
	const keys = words.map(wordKey);
	if (keys.some((key) => timeWords.has(key))) {
		return false;
	}
	if (words.some((word) => word.length > 1 && word === word.toUpperCase() && twoCapitalsPattern.test(word))) {
		// An acronym ("DNC", "CNN") names an organisation.
		return false;
	}
	const type = lexicalType(keys);
	return type === undefined || type === 'person';
}

/**
 * One capitalised everyday word in the plural, as at a sentence's start: "Allies say the pier is
 * doomed", "Audiences can expect …". No "he" or "she" stands for it.
 */
export function isEverydayPlural(name: string): boolean {
	const lower = name.toLowerCase();
	return !name.includes(' ') && lower.endsWith('s') && isEnglishWord(lower);
}

/**
 * The "he" or "she" that is a sentence's subject, standing before its first verb ("But he
 * suggested that Lew …" → "he"; "Lew said he …" → none: a name comes first).
 *
 * @returns The pronoun's token, or nothing.
 */
export function subjectPronoun(tokens: TaggedToken[]): TaggedToken | undefined {
	for (const token of tokens) {
		if (token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'PROPN' || token.pos === 'NOUN') {
			return undefined;
		}
		if (personPronouns.has(token.lower)) {
			return token;
		}
	}
	return undefined;
}
