import * as datesModule from './dates';
import * as numbersLexicon from '../text/lexicon/numbers';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { dateWords, relativePeriodOpeners, relativePeriodUnits } = datesModule;
const { numberWords, ordinalWords } = numbersLexicon;

/**
 * Whether a stretch of text holds a word that can make a figure on its own: a number, ordinal or
 * date word standing as a whole word ("Eleven trawlers", "on Tuesday", "tonight"), or a relative
 * period ("last week", "this  morning"). It answers as the pattern
 * `\b(?:eleven|tuesday|…)\b|\b(?:last|…)\s+(?:week|…)\b` with the flag `i` does, where a word is
 * a run of ASCII letters, digits and "_" ("eleventh" is no "eleven", "twenty-five" holds
 * "twenty", "Tuesday’s" holds "Tuesday"), but reads each word once through a tree of the
 * listed words' letters, where the pattern tried every listed word at every position.
 *
 * @param text The text.
 * @param start Where the stretch starts (a paragraph's start).
 * @param end Where it ends: a word that runs on past it is cut there, as in a slice.
 * @returns Whether a figure word or a relative period is in it.
 */
export function hasTriggerWord(text: string, start: number, end: number): boolean {
	// 0: no period opened; 1: "last" just read; 2: "last" and white space read.
	let period = 0;
	let i = start;
	while (i < end) {
		const code = text.charCodeAt(i);
		if (!isWordCode(code)) {
			period = period !== 0 && isSpaceCode(code) ? 2 : 0;
			i++;
			continue;
		}
		let node = 0;
		let j = i;
		for (; j < end; j++) {
			const next = text.charCodeAt(j);
			if (!isWordCode(next)) {
				break;
			}
			node = node < 0 ? -1 : step(node, next);
		}
		const flags = node < 0 ? 0 : wordFlags[node];
		if ((flags & figureWord) !== 0 || (period === 2 && (flags & periodUnit) !== 0)) {
			return true;
		}
		period = (flags & periodOpener) !== 0 ? 1 : 0;
		i = j;
	}
	return false;
}

/** A character of a word for `\b`: an ASCII letter, digit or "_". */
function isWordCode(code: number): boolean {
	return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

/** White space as `\s` reads it: ASCII blanks and line ends, no-break and Unicode spaces, the byte-order mark. */
function isSpaceCode(code: number): boolean {
	return (
		(code >= 9 && code <= 13) || code === 32 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
	);
}

const figureWord = 1;
const periodOpener = 2;
const periodUnit = 4;

/** The tree: 26 children a node (-1: none), and what the word ending at each node is. */
let children = new Int32Array(26 * 64).fill(-1);
let wordFlags = new Uint8Array(64);
let nodes = 1;

/** The child of `node` for a character, in either case; -1 when no listed word goes on so. */
function step(node: number, code: number): number {
	const letter = (code | 32) - 97;
	return letter >= 0 && letter < 26 ? children[node * 26 + letter] : -1;
}

function add(word: string, flag: number): void {
	let node = 0;
	for (const char of word) {
		const letter = char.charCodeAt(0) - 97;
		if (letter < 0 || letter >= 26) {
			throw new Error(`a figure word of letters a-z only, not "${word}"`);
		}
		const slot = node * 26 + letter;
		if (children[slot] < 0) {
			if (nodes * 26 >= children.length) {
				const grown = new Int32Array(children.length * 2).fill(-1);
				grown.set(children);
				children = grown;
				const flags = new Uint8Array(wordFlags.length * 2);
				flags.set(wordFlags);
				wordFlags = flags;
			}
			children[slot] = nodes++;
		}
		node = children[slot];
	}
	wordFlags[node] |= flag;
}

for (const word of [...numberWords, ...ordinalWords, ...dateWords]) {
	add(word, figureWord);
}
for (const word of relativePeriodOpeners) {
	add(word, periodOpener);
}
for (const word of relativePeriodUnits) {
	add(word, periodUnit);
}
