import * as abbreviationsLexicon from '../text/lexicon/abbreviations';
import * as sourcesLexicon from '../text/lexicon/sources';
import * as placesLexicon from '../text/lexicon/places';
import * as functionWordsLexicon from '../text/lexicon/functionWords';
import * as timeLexicon from '../text/lexicon/time';
import type { Token } from './tokens';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { commonAcronyms } = abbreviationsLexicon;
const { organizationHeads, thingHeads } = sourcesLexicon;
const { placeHeads } = placesLexicon;
const { nameStopWords } = functionWordsLexicon;
const { timeWords } = timeLexicon;

/** Words that can stand in a name: capitalised, acronyms and initials, minus stop and time words. */
export function isNameWord(token: Token): boolean {
	if (token.shouted || (token.kind !== 'cap' && token.kind !== 'upper' && token.kind !== 'initial')) {
		return false;
	}
	if (token.kind === 'upper') {
		return !commonAcronyms.has(token.key);
	}
	return !nameStopWords.has(token.key) && !timeWords.has(token.key);
}

/** A word that ends organization, place or event names ("Assembly", "Strait", "Games"). */
export function isHeadWord(key: string): boolean {
	return organizationHeads.has(key) || placeHeads.has(key) || thingHeads.has(key);
}

/** The key of the words from `first` to `last`. */
export function keyOf(tokens: Token[], first: number, last: number): string {
	let key = tokens[first].key;
	for (let i = first + 1; i <= last; i++) {
		key += ' ' + tokens[i].key;
	}
	return key;
}

/**
 * The keys of the words from `first` to `last`: `keyOf(…).split(' ')`, without cutting the joined
 * key again (a word's key holds no space), and with the words' own strings, whose hashes the
 * name lists have already worked out.
 */
export function keysOf(tokens: Token[], first: number, last: number): string[] {
	const keys: string[] = [];
	for (let i = first; i <= last; i++) {
		keys.push(tokens[i].key);
	}
	return keys;
}
