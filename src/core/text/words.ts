/**
 * The one word scanner of the analysis: where words start and end, with exact UTF-16 offsets.
 * Every tokenizer is a view over it (`quotes/speechTokens.ts` for the speaker rules,
 * `entities/tokens.ts` for the name finder, `compare/tokens.ts` for the aligner and the word
 * diffs, `figures/tokens.ts` for the figure grammar), so a change of word boundaries here
 * reaches them all.
 *
 * A word is a run of letters, digits and combining marks, joined inside by one joiner between two
 * of them:
 * - an apostrophe, straight or curly: "O'Connor", "Lu’s", "don't";
 * - a hyphen (ASCII, U+2010 or the non-breaking U+2011): "Mei-Lin", "COVID-19", "twenty-five";
 * - a full stop: "U.S", "p.m", "2.4", "MTV.com" (the final stop of "U.S." is a sentence's or an
 *   abbreviation's, which each view decides: "Sen. Vos" vs "in the U.S. The …");
 * - an ampersand: "AT&T", "R&D" (with spaces around it, "EU & IMF", it is two words).
 * NOTE: the views used to differ here, and the differences were bugs. The aligner split "U.S" and
 * "2.4" in two where the speaker rules and the name finder kept one word, so a diff of
 * "2.4 million" against "2.5 million" showed "4" → "5"; the aligner dropped combining marks, so a
 * decomposed "café" was two words; the name finder read "AT&T" as two words and a gap.
 * Anything else that is not white space is no word: a view keeps it as one mark ("," "“" "$"), a
 * surrogate pair as one.
 * NOTE: a hand-written scan over a table of classes, three times as fast as the equivalent Unicode
 * regular expression.
 */

/** White space. */
export const spaceClass = 1;

/** A letter, a digit or a combining mark: the stuff of words. */
export const letterClass = 2;

/** An apostrophe, a hyphen, a full stop or an ampersand: inside a word when between two letters. */
export const joinerClass = 3;

/** Anything else: punctuation, quotation marks, symbols. */
export const otherClass = 4;

/** Half of a surrogate pair: its class is the whole code point's (see `classAt`). */
const surrogateClass = 5;

/** The class of each UTF-16 code unit, worked out on first meeting (0: not yet known). */
const classes = new Uint8Array(65536);

/** The class of code points beyond the BMP, by code point. */
const astralClasses = new Map<number, number>();

/** The joiners: ' ’ - ‐ ‑ . & */
const joiners = "'’-\u2010\u2011.&";

function classify(char: string): number {
	return /\s/.test(char) ? spaceClass : /[\p{L}\p{N}\p{M}]/u.test(char) ? letterClass : joiners.includes(char) ? joinerClass : otherClass;
}

/**
 * The class of one UTF-16 code unit, a half of a surrogate pair counting as other: the scans
 * below read pairs with `classAt`.
 */
export function classOf(code: number): number {
	let kind = classes[code];
	if (kind === 0) {
		kind = code >= 0xd800 && code <= 0xdfff ? surrogateClass : classify(String.fromCharCode(code));
		classes[code] = kind;
	}
	return kind === surrogateClass ? otherClass : kind;
}

/** The class of the character at `i`: a surrogate pair ("𝐀", "😀") is classed by its code point. */
export function classAt(text: string, i: number): number {
	const code = text.charCodeAt(i);
	let kind = classes[code];
	if (kind === 0) {
		classOf(code);
		kind = classes[code];
	}
	if (kind !== surrogateClass) {
		return kind;
	}
	const point = text.codePointAt(i)!;
	if (point < 0x10000) {
		// A lone half: no character at all.
		return otherClass;
	}
	let astral = astralClasses.get(point);
	if (astral === undefined) {
		astral = classify(String.fromCodePoint(point));
		astralClasses.set(point, astral);
	}
	return astral;
}

/** How many code units the character at `i` takes: 2 for a surrogate pair, else 1. */
export function charLength(text: string, i: number): number {
	const code = text.charCodeAt(i);
	return code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/** Whether the character at `i` is a letter, a digit or a mark. */
export function isWordCharAt(text: string, i: number): boolean {
	return classAt(text, i) === letterClass;
}

/** Where the next word starts, at or after `from` (`end` when none starts before it). */
export function nextWord(text: string, from: number, end: number): number {
	let i = from;
	while (i < end && classAt(text, i) !== letterClass) {
		i++;
	}
	return i;
}

/**
 * Where the word that starts at `start` ends, within `end`: letters, and joiners between two
 * letters ("O’Brien", "U.S", "AT&T"; "U.S." ends before its final stop, "Jones’" before its
 * apostrophe).
 */
export function wordEnd(text: string, start: number, end: number): number {
	let i = start + charLength(text, start);
	while (i < end) {
		const code = text.charCodeAt(i);
		if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) {
			i++;
			continue;
		}
		const kind = classAt(text, i);
		if (kind === letterClass) {
			i += charLength(text, i);
		} else if (kind === joinerClass && i + 1 < end && classAt(text, i + 1) === letterClass) {
			i += 1 + charLength(text, i + 1);
		} else {
			break;
		}
	}
	return Math.min(i, end);
}

/**
 * Where the word around `at` starts, or `at` itself when it stands between two words: a window
 * that would begin inside a word begins after it ("…tion said" from the "t" → at " said"). Looks
 * at most 100 characters ahead.
 */
export function wordStartAfter(text: string, at: number): number {
	if (at <= 0) {
		return 0;
	}
	let i = at;
	while (i < text.length && i < at + 100 && classAt(text, i) !== spaceClass && classAt(text, i - 1) !== spaceClass) {
		i++;
	}
	return i;
}

/**
 * Visits the words and the marks of `text[from, to)` in order: each word once (`word` true), each
 * character that is neither white space nor in a word once (`word` false; a joiner outside a word,
 * "-" in "up - down", is a mark).
 *
 * @param visit Called with the token's span and whether it is a word.
 */
export function scanTokens(text: string, from: number, to: number, visit: (start: number, end: number, word: boolean) => void): void {
	let i = from;
	while (i < to) {
		const code = text.charCodeAt(i);
		const kind = code < 128 ? asciiClass(code) : classAt(text, i);
		if (kind === spaceClass) {
			i++;
		} else if (kind === letterClass) {
			const end = wordEnd(text, i, to);
			visit(i, end, true);
			i = end;
		} else {
			const end = Math.min(to, i + charLength(text, i));
			visit(i, end, false);
			i = end;
		}
	}
}

/**
 * The class of an ASCII character without the table, for the scans' common case: letters and
 * digits, white space, and the rest as other (a joiner too: the scans that call this treat an
 * ASCII joiner outside a word as any other mark).
 */
export function asciiClass(code: number): number {
	if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) {
		return letterClass;
	}
	return code === 32 || (code >= 9 && code <= 13) ? spaceClass : otherClass;
}

/** The words of a range, as `findWords` returns them: offsets in two arrays, `count` of them valid. */
export interface WordSpans {
	starts: Int32Array;
	ends: Int32Array;
	count: number;
}

/** The arrays `findWords` fills, reused from call to call and grown when a range has more words. */
const found: WordSpans = { starts: new Int32Array(1024), ends: new Int32Array(1024), count: 0 };

/**
 * Finds every word of `text[from, to)` in one pass.
 * NOTE: the arrays are reused by the next call: read them before calling again. One call a
 * paragraph instead of two a word, as the name finder and the aligner read every word.
 */
export function findWords(text: string, from: number, to: number): WordSpans {
	let count = 0;
	let i = from;
	while (i < to) {
		const code = text.charCodeAt(i);
		// ASCII letters and digits first, without the table: most words of most articles.
		const letter = code < 128 ? (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) : classAt(text, i) === letterClass;
		if (!letter) {
			i++;
			continue;
		}
		const end = wordEnd(text, i, to);
		if (count === found.starts.length) {
			found.starts = grown(found.starts);
			found.ends = grown(found.ends);
		}
		found.starts[count] = i;
		found.ends[count] = end;
		count++;
		i = end;
	}
	found.count = count;
	return found;
}

/** A copy of `array` twice as long: a buffer of word offsets that has filled up. */
export function grown(array: Int32Array): Int32Array {
	const bigger = new Int32Array(array.length * 2);
	bigger.set(array);
	return bigger;
}

/**
 * White space as `\s` reads it (ASCII blanks and line ends, the no-break and Unicode spaces, the
 * line and paragraph separators, the byte-order mark), of one code unit: `/\s/.test(text[i])`
 * without the one-character string, which a curly mark ("“") makes anew at every call.
 */
export function isSpaceCode(code: number): boolean {
	return (
		(code >= 9 && code <= 13) || code === 32 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
	);
}
