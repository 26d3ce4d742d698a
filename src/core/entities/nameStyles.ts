import { isOneEnglishWord } from '../text/lexicon/englishWords';
import { acronymSkips } from './keyWords';

/**
 * One name written in two house styles, which a reader reads as one name, not a name garbled or
 * replaced:
 * - an initialism where another outlet writes the words in full: "U.S. Coast Guard" / "United
 *   States Coast Guard", "THC Board" / "Tarn Harbour Commission Board";
 * - the same letters, but for capitals, accents, full stops and apostrophes, a hyphen for a space:
 *   "Mei-Lin Zhou" / "Mei Lin Zhou", "Vásquez" / "Vasquez" (many outlets set names without accents);
 * - an English compound written as one word or as two: "Tarn Coastguard" / "Tarn Coast Guard",
 *   "Vell Lifeboat Station" / "Vell Life Boat Station";
 * - a name's words in another order: "Lenz Ada" / "Ada Lenz".
 */

/** Whether two names are one written in two house styles (see above). */
export function sameNameInOtherStyle(a: string, b: string): boolean {
	return sameFoldedLetters(a, b) || sameNameSpelledOut(a, b) || sameWordsReordered(a, b);
}

/**
 * One key for a name however a house style writes its letters and orders its words
 * (`foldedLetters`, `sameWordsReordered`): "Mei-Lin Zhou", "Zhou Mei Lin" → "lin mei zhou".
 * Initialisms are not read: a key cannot hold both forms of "U.S." / "United States".
 */
export function houseStyleKey(name: string): string {
	const words = foldedLetters(name).split(' ');
	return words.length >= 2 && words.length <= 3 ? words.sort().join(' ') : words.join(' ');
}

/**
 * Whether two names of two or three words are the same words in another order: "Lenz Ada" /
 * "Ada Lenz", the family name first as East Asian and Hungarian names are written at home and
 * translated copy keeps it, or turned round by an outlet that does not.
 */
export function sameWordsReordered(a: string, b: string): boolean {
	const words = (name: string) => foldedLetters(name).split(' ');
	const [x, y] = [words(a), words(b)];
	return x.length >= 2 && x.length <= 3 && x.length === y.length && x.join(' ') !== y.join(' ') && [...x].sort().join(' ') === [...y].sort().join(' ');
}

/**
 * Whether two names have the same letters once capitals, accents, full stops and apostrophes are
 * set aside, and a hyphen is read as a space: "Mei-Lin Zhou" / "Mei Lin Zhou", "Vásquez" /
 * "VASQUEZ", "O'Neil" / "ONeil", and two words that English writes as one ("Tarn Coast Guard" /
 * "Tarn Coastguard"). A letter written otherwise ("Mueller" / "Müller") is not, nor a brand's one
 * word written as two ("Harbourlink" / "Harbour Link": no English word, so a brand misspelt).
 */
export function sameFoldedLetters(a: string, b: string): boolean {
	return foldedLetters(a) === foldedLetters(b);
}

/**
 * A name without accents ("Vásquez" → "Vasquez"), and without the letters that outlets set in
 * English type as they drop accents, though Unicode does not write them as a letter and an accent:
 * "Łukasz" → "Lukasz", "Søren" → "Soren", "Đoković" → "Djokovic" is a transliteration, but
 * "Dokovic" is the same dropping.
 */
export function withoutAccents(name: string): string {
	return name
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[łŁøØđĐıħĦŧŦ]/g, (letter) => plainLetters[letter]);
}

/** The letters with a stroke or a slash, and the dotless i, as English type sets them. */
const plainLetters: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ı: 'i', ħ: 'h', Ħ: 'H', ŧ: 't', Ŧ: 'T' };

/**
 * A name's letters and word breaks, lower case, without accents or full stops and apostrophes,
 * two words English writes as one joined ("coast guard" → "coastguard"): one key for a name's
 * house styles.
 */
export function foldedLetters(name: string): string {
	const words = withoutAccents(name).toLowerCase().replace(/[.'’]/g, '').split(/[\s\-‐‑–]+/).filter(Boolean);
	const joined: string[] = [];
	for (const word of words) {
		const last = joined.length - 1;
		if (last >= 0 && isOneEnglishWord(joined[last] + word)) {
			joined[last] += word;
		} else {
			joined.push(word);
		}
	}
	return joined.join(' ');
}

/** An initialism as written: two to six letters in capitals, with or without full stops ("US", "U.S.", "U.N."), or "DoD". */
const initialismPattern = /^(?:\p{Lu}\.?){2,6}$|^\p{Lu}\p{Ll}\p{Lu}$/u;

/**
 * Whether two names are one, but that one writes with an initialism some words the other writes
 * in full, the words before and after being the same.
 *
 * @param a A name as written ("U.S. Coast Guard").
 * @param b Another ("United States Coast Guard").
 */
export function sameNameSpelledOut(a: string, b: string): boolean {
	return spelledOutIn(words(a), words(b)) || spelledOutIn(words(b), words(a));
}

/** The words of a name, split at spaces. */
function words(name: string): string[] {
	return name.split(/\s+/).filter((word) => word !== '');
}

/** Whether `short` is `long` with one run of capitalised words written as their initials. */
function spelledOutIn(short: string[], long: string[]): boolean {
	for (const [i, word] of short.entries()) {
		if (!initialismPattern.test(word)) {
			continue;
		}
		// Its capitals: "U.S." → "us", "DoH" → "dh" (the small letter stands for a word skipped).
		const letters = word.replace(/[^\p{Lu}]/gu, '').toLowerCase();
		const before = short.slice(0, i);
		const after = short.slice(i + 1);
		if (!sameWords(before, long.slice(0, before.length)) || !sameWords(after, long.slice(long.length - after.length))) {
			continue;
		}
		const run = long.slice(before.length, long.length - after.length).filter((w) => !acronymSkips.has(w.toLowerCase()));
		if (run.length === letters.length && run.every((w, n) => /^\p{Lu}/u.test(w) && w[0].toLowerCase() === letters[n])) {
			return true;
		}
	}
	return false;
}

/** Whether two lists of words are the same, case aside. */
function sameWords(a: string[], b: string[]): boolean {
	return a.length === b.length && a.every((word, i) => word.toLowerCase() === b[i].toLowerCase());
}
