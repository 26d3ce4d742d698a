import { doubleMetaphone } from 'double-metaphone';
import * as englishWordsLexicon from '../text/lexicon/englishWords';
import * as placesModule from './places';

// Whether two name words are spellings of one name: by sound, by letters, by a typo's edit.

// NOTE: imports read once, as in `entities/tokens.ts`.
const { isEnglishWord } = englishWordsLexicon;
const { inGazetteers } = placesModule;

/**
 * Whether two name words are spellings of one name: a transliteration ("Borodin"/"Borodine",
 * "Varennikov"/"Varennikoff"), which sounds the same (double metaphone) and differs by at most
 * a third of its letters, or a typo in a long name ("Johnson"/"Jonhson", "Ostrowski"/"Ostrwoski"),
 * one slip only in a place the gazetteers know, or one letter written twice or once, the commonest
 * slip of all, whatever the length ("Tacen"/"Taccen", "Schiller"/"Schiler": `doubledLetterApart`).
 * Words under four letters match only so ("Ros"/"Ross"; never "Lu"/"Li").
 *
 * @param a A name word, as a `nameKey`.
 * @param b Another.
 * @returns Whether they can be the same name.
 */
export function similarNames(a: string, b: string): boolean {
	if (a === b) {
		return true;
	}
	const shortest = Math.min(a.length, b.length);
	const allowed = Math.max(1, Math.floor(Math.max(a.length, b.length) * 0.34));
	// NOTE: the cheap tests first; grouping asks this for many pairs of words.
	// "Ros" / "Ross": a letter written once for twice is a slip even in a name of three letters.
	if (shortest >= 3 && doubledLetterApart(a, b)) {
		return true;
	}
	if (shortest < 4 || Math.abs(a.length - b.length) > Math.max(2, allowed)) {
		return false;
	}
	const [a1, a2] = phoneticCodes(a);
	const [b1, b2] = phoneticCodes(b);
	if (a1 === b1 || a1 === b2 || a2 === b1) {
		return editDistance(a, b) <= allowed;
	}
	// A typo in a long name: "Johnson"/"Jonhson", "Ostrowski"/"Ostrwoski" (never in the first letter).
	// An everyday word is no typo of a name that sounds otherwise: "Medicine" / "Medicaid", "Position" / "Positron".
	if (shortest < 6 || a[0] !== b[0] || isEnglishWord(a) || isEnglishWord(b)) {
		return false;
	}
	// Two slips in a place the gazetteers know, sounding otherwise, are another place: "Coronado"
	// / "Colorado" (a town and a state), where one slip is a typo ("Philadelpia").
	const distance = editDistance(a, b);
	return distance <= 1 || (distance <= 2 && shortest >= 8 && !inGazetteers(a) && !inGazetteers(b));
}

/** Whether one word is the other with one of its letters written twice: "taccen" / "tacen" (never the first letter: "Llano" / "Lano"). */
function doubledLetterApart(a: string, b: string): boolean {
	const [short, long] = a.length < b.length ? [a, b] : [b, a];
	if (long.length !== short.length + 1) {
		return false;
	}
	let i = 0;
	while (i < short.length && short[i] === long[i]) {
		i++;
	}
	return i > 0 && long[i] === long[i - 1] && long.slice(i + 1) === short.slice(i);
}

/** Double-metaphone codes of name words, kept: a folder asks for the same words again and again. */
const phoneticCache = new Map<string, [string, string]>();

/**
 * The primary and secondary double-metaphone codes of a word ("Borodin", "Borodine" → "PRTN").
 *
 * @param word A name word.
 * @returns Its two codes.
 */
export function phoneticCodes(word: string): [string, string] {
	let codes = phoneticCache.get(word);
	if (!codes) {
		codes = doubleMetaphone(word);
		// NOTE: the cache must not grow without end in a long-lived extension host.
		if (phoneticCache.size > 50_000) {
			phoneticCache.clear();
		}
		phoneticCache.set(word, codes);
	}
	return codes;
}

/** Edit distance counting a swap of two neighbours as one edit ("Klitchko"/"Kiltchko"). */
export function editDistance(a: string, b: string): number {
	let before: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				current[j] = Math.min(current[j], before[j - 2] + 1);
			}
		}
		before = previous;
		previous = current;
	}
	return previous[b.length];
}
