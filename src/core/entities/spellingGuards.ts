import * as titlesLexicon from '../text/lexicon/titles';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { nameSuffixes } = titlesLexicon;

/**
 * What keeps two names that look alike from being read as one name spelt two ways
 * (`grouping.ts`): each guard answers one pattern of real reporting where the spellings are
 * close and the names are not one.
 */

/**
 * Whether two name words are one word in two numbers or two genders: "Islamist" / "Islamists",
 * "Latino" / "Latinos", "Latina" / "Latino". A plural is a group of those the singular names,
 * never a misspelling of it.
 *
 * @param a A name word, as a `nameKey`.
 * @param b Another.
 */
export function twoNumbersOfOneWord(a: string, b: string): boolean {
	return a === `${b}s` || b === `${a}s` || a === `${b}es` || b === `${a}es` || twoGenders(a, b);
}

/**
 * "Latina" / "Latino", "Mario" / "Maria": the same word for a woman and a man, or two given
 * names, never one name misspelt.
 */
function twoGenders(a: string, b: string): boolean {
	return a.length === b.length && a.length >= 4 && a.slice(0, -1) === b.slice(0, -1) && /^[ao]$/.test(a.at(-1)!) && /^[ao]$/.test(b.at(-1)!);
}

/**
 * Whether a name ends in a generation ("Jr.", "Sr.", "III"): "Ivo Strel Jr." is the son of
 * "Ivo Strel", so when a folder names both, the bare "Strel" and "Ivo Strel" are the father's.
 *
 * @param words A name's words, as `nameKey` words.
 */
export function hasGeneration(words: readonly string[]): boolean {
	return words.length > 1 && nameSuffixes.has(words[words.length - 1]);
}
