/**
 * How the lists of the lexicon are written, and the key a word is looked up under.
 * NOTE: every word list of the analysis lives in this folder, one topic a file; a module that
 * needs a list imports it from here, and no list is written twice.
 */

/** A space-separated list as a set: `words('said says')`. */
export function words(list: string): ReadonlySet<string> {
	return new Set(list.split(' '));
}

/**
 * Splits a comma-separated list into a set of `wordKey`s; entries may hold spaces ("new york").
 * The name lists are deliberately compact (a few hundred entries at most): they give hints, and
 * the folder itself (which words it capitalises mid-sentence, which names recur) decides the rest.
 */
export function wordSet(list: string): ReadonlySet<string> {
	return new Set(
		list
			.split(',')
			.map((entry) => wordKey(entry.trim()))
			.filter((entry) => entry !== ''),
	);
}

/** A list's words as alternatives of a regular expression, hyphens escaped ("co-star" → "co\-star"). */
export function alternatives(list: Iterable<string>): string {
	return [...list].map((word) => word.replace(/-/g, '\\-')).join('|');
}

/** The words of several sets in one. */
export function union(...sets: ReadonlySet<string>[]): ReadonlySet<string> {
	return new Set(sets.flatMap((set) => [...set]));
}

/**
 * The key under which a word is looked up in the name lists: lower case, curly apostrophes
 * straight, dots dropped ("U.S." → "us", "St." → "st", "O’Brien" → "o'brien").
 * NOTE: the name finder calls it for every word, so plain words take the short way.
 *
 * @param word A word (or a name of several words) as written.
 * @returns Its key.
 */
export function wordKey(word: string): string {
	return loweredWordKey(word.toLowerCase());
}

/** `wordKey` of a word already in lower case (cut from a lowered text: see `text/lowerCase.ts`). */
export function loweredWordKey(lower: string): string {
	return lower.includes('.') || lower.includes('’') ? lower.replace(/’/g, "'").replace(/\./g, '') : lower;
}
