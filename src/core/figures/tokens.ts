/**
 * The lexical layer under the figure and date grammars: a paragraph cut into tokens (a run of
 * digits, a run of letters, any other character), from which `numberWords.ts` reads numerals and
 * `dates/` reads dates.
 */
import * as lowerCaseModule from '../text/lowerCase';
import * as wordsModule from '../text/words';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { charLength, classAt, letterClass, spaceClass } = wordsModule;
const { lowerWord } = lowerCaseModule;

/** A run of digits, a run of letters, or any other single character of a paragraph. */
export interface Token {
	/** Offset of the first character in the article text. */
	start: number;
	/** Offset just past the last character. */
	end: number;
	/** The token as written. */
	text: string;
	/** The token in lower case. */
	lower: string;
	/** `num`: digits with inner `.` or `,` ("1,200", "2.4"); `word`: letters; `mark`: anything else. */
	type: 'num' | 'word' | 'mark';
	/** No white space before it: "19" in "COVID-19" is glued to the hyphen, the hyphen to "COVID". */
	glued: boolean;
}

/**
 * Cuts `text[start, end)` into tokens: the pieces of the shared scanner's words (`text/words.ts`
 * decides what is a letter and what is white space) that the figure grammar reads, and every
 * other character as a mark. A piece is a run of ASCII digits with inner single `.` or `,` between
 * digits ("1,200", "2.4", "15.12.2021"), a run of letters and combining marks, or one other
 * character, a joiner included: the words "twenty-five", "COVID-19", "3bn" and "U.S." are read as
 * "twenty" "-" "five", "COVID" "-" "19", "3" "bn" and "U" "." "S" ".".
 * NOTE: the final period of "2021." is not taken, because a separator must be followed by a digit.
 *
 * @param text The blanked article text.
 * @param start Where to start (a paragraph's start).
 * @param end Where to stop (a paragraph's end).
 * @param lowered The text in lower case (`lowerCaseText`), when the caller has it.
 * @returns The tokens, in order.
 */
export function tokenize(text: string, start: number, end: number, lowered?: string): Token[] {
	const tokens: Token[] = [];
	let previousEnd = -1;
	let i = start;
	while (i < end) {
		const kind = pieceOf(text, i);
		let j = i + lengthAt(text, i);
		if (kind === spacePiece) {
			i = j;
			continue;
		}
		// Whether the piece reads the same in lower case (digits, an ASCII mark, small ASCII
		// letters: "2.4", "$", "million"): then it is its own lower case, not lowered again.
		let small = kind === digitPiece || text.charCodeAt(i) < 128;
		if (kind === digitPiece) {
			// "1,200", "2.4": a separator joins two runs of digits.
			for (;;) {
				while (j < end && isDigit(text.charCodeAt(j))) {
					j++;
				}
				if (j + 1 < end && isSeparator(text.charCodeAt(j)) && isDigit(text.charCodeAt(j + 1))) {
					j++;
					continue;
				}
				break;
			}
		} else if (kind === letterPiece) {
			small = isSmallLetter(text.charCodeAt(i));
			while (j < end && pieceOf(text, j) === letterPiece) {
				small &&= isSmallLetter(text.charCodeAt(j));
				j += lengthAt(text, j);
			}
		}
		const value = text.slice(i, j);
		tokens.push({ start: i, end: j, text: value, lower: small ? value : lowerWord(text, lowered, i, j), type: kind === digitPiece ? 'num' : kind === letterPiece ? 'word' : 'mark', glued: i === previousEnd });
		previousEnd = j;
		i = j;
	}
	return tokens;
}

/** `charLength`, with the common case here: a character of the BMP is one code unit. */
function lengthAt(text: string, i: number): number {
	const code = text.charCodeAt(i);
	return code >= 0xd800 && code <= 0xdbff ? charLength(text, i) : 1;
}

/** A small ASCII letter, a-z. */
function isSmallLetter(code: number): boolean {
	return code >= 97 && code <= 122;
}

function isDigit(code: number): boolean {
	return code >= 48 && code <= 57;
}

/** "," or ".". */
function isSeparator(code: number): boolean {
	return code === 44 || code === 46;
}

const digitPiece = 1;
const letterPiece = 2;
const otherPiece = 3;
const spacePiece = 4;

/** What a character is to the figure grammar: white space, an ASCII digit, a letter or mark, or other ("-", "’", "²", "$"). */
function pieceOf(text: string, i: number): number {
	const code = text.charCodeAt(i);
	if (code < 128) {
		return isDigit(code) ? digitPiece : (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? letterPiece : code === 32 || (code >= 9 && code <= 13) ? spacePiece : otherPiece;
	}
	const kind = classAt(text, i);
	return kind === spaceClass ? spacePiece : kind === letterClass && letterOrMark.test(String.fromCodePoint(text.codePointAt(i)!)) ? letterPiece : otherPiece;
}

const letterOrMark = /^[\p{L}\p{M}]/u;
