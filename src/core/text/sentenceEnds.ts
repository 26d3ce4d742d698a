/**
 * Whether a full stop, a question or exclamation mark ends its sentence: the marks that can end
 * one, the marks that close it after them, and the rules read from the words on either side
 * (`sentences.ts` finds the candidates, this module decides).
 */
import * as functionWordsLexicon from './lexicon/functionWords';
import * as sentenceAbbreviationsLexicon from './lexicon/sentenceAbbreviations';
import * as speechLexicon from './lexicon/speech';
import * as wordSetsLexicon from './lexicon/wordSets';
import * as wordsModule from './words';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { nameStopWords } = functionWordsLexicon;
const { ambiguousAbbreviations, numberAbbreviations, placeAbbreviations, titleAbbreviations } = sentenceAbbreviationsLexicon;
const { speechVerbs } = speechLexicon;
const { wordKey } = wordSetsLexicon;
const { classAt, letterClass, wordEnd } = wordsModule;

/** A mark that ends a sentence when white space follows: . ! ? … ‼ ⁇ ⁈ ⁉ ؟ । ॥ ۔ */
export function isTerminal(code: number): boolean {
	return code === 46 || code === 33 || code === 63 || code === 0x2026 || code === 0x203c || (code >= 0x2047 && code <= 0x2049) || code === 0x61f || code === 0x964 || code === 0x965 || code === 0x6d4 || isFullWidthTerminal(code);
}

/** A full-width end mark (。 ！ ？ ．): it ends a sentence with no white space after it, as Chinese and Japanese are written. */
export function isFullWidthTerminal(code: number): boolean {
	return code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0xff0e;
}

/**
 * A mark that, right after an end mark, still belongs to the sentence that ends: closing
 * quotation marks and brackets (”…,” / ‘…’ / «…» / (…) / 「…」), and the straight and opening
 * marks, which close a quote when they follow its end mark without a space (“Go.“ as some
 * keyboards type it, „Ja.“ in German).
 */
export function isCloser(code: number): boolean {
	return code === 34 || code === 39 || code === 41 || code === 93 || code === 125 || (code >= 0x2018 && code <= 0x201f) || code === 0xbb || code === 0xab || code === 0x203a || code === 0x2039 || code === 0x300d || code === 0x300f || code === 0xff09;
}

/** A mark after which a sentence goes on whatever follows: "“Stop!”, she said"; "Why?; then …". */
export function continuesSentence(code: number): boolean {
	return code === 44 || code === 59 || code === 58 || code === 0xff0c || code === 0x3001;
}

/** A mark that opens an item of a list at the start of a line: • · ▪ ◦ ‣ - – — * */
export function isBullet(code: number): boolean {
	return code === 0x2022 || code === 0xb7 || code === 0x25aa || code === 0x25e6 || code === 0x2023 || code === 45 || code === 0x2013 || code === 0x2014 || code === 42;
}

/** The end mark a candidate boundary stands after, as `sentences.ts` found it. */
export interface Ending {
	/** Where the end marks start ("." of "Mr.", "?!" of "What?!"). */
	start: number;
	/** Where the end marks stop. */
	marksEnd: number;
	/** Where the closing marks after them stop (the boundary itself): after ” in `left.” He`. */
	end: number;
	/** The word the marks are glued to ("Mr" of "Mr."), or -1 when white space or a mark stands before them. */
	wordStart: number;
	/** Whether that word opens its sentence: "3." of "3. HOW PRICES ROSE" numbers an item. */
	first: boolean;
}

/**
 * Whether the sentence ends at `ending`, now that the next word is known.
 * - A full-width mark always ends it (。).
 * - After a number that opens its sentence it never does: "3. PRICES ROSE" numbers a list item.
 * - Before a lower-case word it never does: "“Stop!” she said", "Wait… and then", "in the U.S. and";
 *   nor after a quoted question before a name and a reporting verb: "“Why?” Ode Vance asked."
 * - Before the digits it is glued to, a full stop is a decimal point: "a .38 revolver".
 * - Before a number it does, unless the stop is an abbreviation's or a decimal point with a space
 *   after it: "in 2019. 2020 was", but "No. 5", "Jan. 5", "rose 14. 4 per cent" never end.
 * - Before a capitalised word (or a word of a script without case) it does, unless the stop is
 *   an abbreviation's: never after a title ("Gov. Ames"); after a single letter, an initialism or
 *   an abbreviation that can also end a sentence ("J. M. Kaye", "U.S.", "Inc.") only when an
 *   ordinary word that is never a name follows ("the U.S. The talks …", "Acme Inc. It …"), and
 *   no dash stands between (a dateline: "DOVER, Del. — The …").
 *
 * @param text The text.
 * @param ending The candidate.
 * @param mark Where the first mark between the candidate and the next word stands ("“" of `. “We`), or -1.
 * @param next Where the next word starts.
 * @param nextEnd Where it ends.
 */
export function endsBefore(text: string, ending: Ending, mark: number, next: number, nextEnd: number): boolean {
	if (isFullWidthTerminal(text.charCodeAt(ending.marksEnd - 1))) {
		return true;
	}
	const shape = shapeOf(text, next);
	if (shape === lower) {
		return false;
	}
	if (mark < 0 && quotedQuestion(text, ending) && attributionFollows(text, next, nextEnd)) {
		return false;
	}
	const stop = ending.marksEnd === ending.start + 1 && text.charCodeAt(ending.start) === 46;
	if (stop && shape === digit && next === ending.end) {
		// A leading decimal point: "a .38 revolver", "batting .301".
		return false;
	}
	// A stop right after an opening bracket ends nothing: "a 41-23 record (. 641) at home" is
	// "(.641)" as rebuilt text spaces it, and the figure rules read ". 641" there as 0.641.
	// NOTE: elsewhere a stop with white space on both sides before a number (". 512") still ends
	// the sentence.
	if (stop && shape === digit && text.charCodeAt(ending.start - 1) === 40) {
		return false;
	}
	if (!stop || ending.wordStart < 0 || !onlyBrackets(text, ending.marksEnd, ending.end)) {
		return true;
	}
	const word = text.slice(ending.wordStart, ending.start);
	if (ending.first && /^\d{1,2}$/.test(word)) {
		return false;
	}
	const key = wordKey(word);
	if (titleAbbreviations.has(key)) {
		return false;
	}
	const initial = isInitial(word);
	const ambiguous = initial || ambiguousAbbreviations.has(key) || isInitialism(word) || (placeAbbreviations.has(key) && shapeOf(word, 0) === other);
	if (shape === digit) {
		// "14. 4 per cent": a decimal with a space after its point, as some feeds print them.
		return !ambiguous && !numberAbbreviations.has(key) && !/^\d{1,3}$/.test(word);
	}
	if (!ambiguous) {
		return true;
	}
	if (mark >= 0 && isDash(text.charCodeAt(mark))) {
		// A dateline: "PORT ELLEN, N.S. — The talks …".
		return false;
	}
	// After an initial, a single letter is the next initial ("J. A. Kaye"), not the article "A".
	const following = text.slice(next, nextEnd);
	return !(initial && nextEnd - next === 1) && nameStopWords.has(wordKey(following));
}

/** Whether the ending is a question or an exclamation closed by a quotation mark: `?”`, `!"`, `?’`, `!»`. */
function quotedQuestion(text: string, ending: Ending): boolean {
	const last = text.charCodeAt(ending.marksEnd - 1);
	if ((last !== 63 && last !== 33) || ending.end === ending.marksEnd) {
		return false;
	}
	const close = text.charCodeAt(ending.end - 1);
	return close === 0x201d || close === 34 || close === 0x2019 || close === 39 || close === 0xbb;
}

/**
 * Whether a capitalised name of one to three words and a reporting verb start at `next`, the
 * verb followed by a comma, a full stop or the paragraph's end: `“Is it open?” Ode Vance asked.`
 * Reads at most four words ahead, so the splitter stays linear.
 */
function attributionFollows(text: string, next: number, nextEnd: number): boolean {
	let start = next;
	let end = nextEnd;
	for (let n = 0; n < 4; n++) {
		if (n > 0 && speechVerbs.has(text.slice(start, end))) {
			const after = text.charCodeAt(end);
			return Number.isNaN(after) || after === 46 || after === 44;
		}
		if (shapeOf(text, start) !== other || text.charCodeAt(end) !== 32) {
			return false;
		}
		start = end + 1;
		if (start >= text.length || classAt(text, start) !== letterClass) {
			return false;
		}
		end = wordEnd(text, start, Math.min(text.length, start + 40));
	}
	return false;
}

/** A dash: - – — ― */
function isDash(code: number): boolean {
	return code === 45 || code === 0x2013 || code === 0x2014 || code === 0x2015;
}

/** Whether `text[from, to)` holds closing brackets only: "(N.J.) High School" still reads "N.J." as an abbreviation. */
function onlyBrackets(text: string, from: number, to: number): boolean {
	for (let i = from; i < to; i++) {
		const code = text.charCodeAt(i);
		if (code !== 41 && code !== 93 && code !== 125) {
			return false;
		}
	}
	return true;
}

/** A single letter: an initial ("J." of "J. M. Kaye"), not a number ("Section 5."). */
function isInitial(word: string): boolean {
	return word.length === 1 ? shapeOf(word, 0) !== digit : word.length === 2 && (word.charCodeAt(0) & 0xfc00) === 0xd800;
}

/** Letters with inner full stops, one to three between each: "U.S", "p.m", "D.C", "Ph.D", "e.g". */
function isInitialism(word: string): boolean {
	return initialismPattern.test(word);
}

/** Built once (see `entities/wordShapes.ts`). */
const initialismPattern = /^\p{L}{1,3}(?:\.\p{L}{1,3})+$/u;

const lower = 1;
const digit = 2;
const other = 3;

/** The shape of a word's first character: lower case, a digit, or anything else (upper case, a script without case). */
function shapeOf(text: string, i: number): number {
	const code = text.charCodeAt(i);
	if (code < 128) {
		return code >= 97 && code <= 122 ? lower : code >= 48 && code <= 57 ? digit : other;
	}
	let shape = shapes[code];
	if (shape === 0) {
		const char = String.fromCharCode(code);
		shape = /\p{Ll}/u.test(char) ? lower : /\p{N}/u.test(char) ? digit : other;
		shapes[code] = shape;
	}
	return shape;
}

/** The shape of each BMP code unit, worked out on first meeting (0: not yet known). */
const shapes = new Uint8Array(65536);
