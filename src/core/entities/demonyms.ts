import * as placesLexicon from '../text/lexicon/places';
import * as peopleLexicon from '../text/lexicon/people';
import type { NameEvidence } from './nameEvidence';
import type { Token } from './tokens';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { demonyms, gazetteer } = placesLexicon;
const { firstNames } = peopleLexicon;

/** Prefixes of hyphenated adjectives: "Anti-Western", "Pro-Admiralty", "Non-EU". */
const hyphenPrefixes = new Set(['anti', 'pro', 'non', 'post', 'pre', 'ex', 'neo', 'mid', 'pan', 'trans', 'sub', 'inter', 'cross']);

/** An adjective of nationality or a compound of them ("Russian", "Sino-Russian", "Anti-Western", "Muslims"). */
export function isDemonymToken(token: Token): boolean {
	if (token.kind !== 'cap') {
		return false;
	}
	if (token.key.includes('-')) {
		return token.key.split('-').every((piece, n) => isDemonym(piece) || (n === 0 && hyphenPrefixes.has(piece)));
	}
	return isDemonym(token.key);
}

/** A demonym from the list, or its plural ("Muslims", "Uyghurs"). */
function isDemonym(key: string): boolean {
	return demonyms.has(key) || (key.endsWith('s') && demonyms.has(key.slice(0, -1)));
}

/**
 * A place the folder names through its adjective: "Kestria" when "Kestrian" stands before a
 * lower-case word ("Kestrian officials"), "Russia" for "Russian", "Italy" for "Italian".
 */
export function isPlaceByDemonym(key: string, evidence: NameEvidence): boolean {
	if (key.length < 4 || key.includes(' ')) {
		return false;
	}
	// NOTE: only `has`, in this order: the editor's incremental names (`FolderNames`) record which keys a lookup read.
	const { adjectives } = evidence;
	for (const form of adjectiveForms(key)) {
		if (adjectives.has(form)) {
			return true;
		}
	}
	return false;
}

/**
 * The adjectives a place's key may have: "kestria" → "kestrian", "kestriaan", …, "kestrian"
 * (stem "kestri" + "an"). Kept from call to call: most capitalised words of every article are
 * asked about, and the same names recur. Cleared when it grows past `maxCachedForms` keys.
 */
function adjectiveForms(key: string): readonly string[] {
	let forms = formsCache.get(key);
	if (!forms) {
		const stem = key.slice(0, -1);
		forms = [key + 'n', key + 'an', key + 'ian', key + 'i', key + 'ese', stem + 'ian', stem + 'an', stem + 'ese'];
		if (formsCache.size >= maxCachedForms) {
			formsCache.clear();
		}
		formsCache.set(key, forms);
	}
	return forms;
}

const formsCache = new Map<string, readonly string[]>();
/** About two megabytes of strings at most. */
const maxCachedForms = 5_000;

/** Letters only (built once: see `wordShapes.ts`). */
const lettersPattern = /^\p{L}+$/u;

/**
 * An adjective made from a place the folder names: "Kestrian" when "Kestria" is a name,
 * "Dravonians" when "Dravonia" is. NOTE: only for words that end as demonyms do (-n, -i, -ese, -ish).
 */
export function isDerivedDemonym(key: string, evidence: NameEvidence): boolean {
	const word = /(?:ns|is)$/.test(key) ? key.slice(0, -1) : key;
	// "Harbour", "Kestria": no ending of `demonymBases`, no base to look for (asked of most capitalised words).
	if (!mayBeDemonym(word) || gazetteer.has(word) || !lettersPattern.test(word)) {
		return false;
	}
	return demonymBases(word).some((base) => base.length >= 4 && (gazetteer.has(base) || (evidence.votes.has(base) && !firstNames.has(base))));
}

/**
 * The places a demonym can come from: "-n"/"-i" added ("Kestria-n", "Iraq-i"), "-ian"/"-ese"
 * after a consonant or for a final vowel ("Egypt-ian", "Japan-ese", "Canad-ian" ← "Canada",
 * "Chin-ese" ← "China", "Ital-ian" ← "Italy"), "-an" for "-o" or after a consonant ("Mexic-an",
 * "Tibet-an").
 */
/** A word with an ending `demonymBases` reads ("-n", "-i", "-ese"): one read from its last letters, without a pattern. */
function mayBeDemonym(word: string): boolean {
	const last = word.charCodeAt(word.length - 1);
	return last === 110 || last === 105 || word.endsWith('ese');
}

function demonymBases(word: string): string[] {
	const bases: string[] = [];
	if (/[ni]$/.test(word)) {
		bases.push(word.slice(0, -1));
	}
	if (/(?:ian|ese)$/.test(word)) {
		const stem = word.slice(0, -3);
		bases.push(stem, stem + 'a', stem + 'y');
	} else if (word.endsWith('an')) {
		const stem = word.slice(0, -2);
		bases.push(stem, stem + 'o');
	}
	return bases;
}
