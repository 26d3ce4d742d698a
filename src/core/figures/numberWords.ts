/**
 * Numerals read from a paragraph's tokens (`tokens.ts`): from digits or words ("1,200", "2.4
 * million", "twenty-five", "a dozen"), with their scale; ordinals ("third", "21st") are read in
 * `ordinals.ts`, numbers in words in `spelledNumbers.ts`.
 */
import * as numbersLexicon from '../text/lexicon/numbers';
import * as speechLexicon from '../text/lexicon/speech';
import * as timeLexicon from '../text/lexicon/time';
import * as numberSpellingModule from '../text/numberSpelling';
import * as spelledNumbersModule from './spelledNumbers';
import type { Token } from './tokens';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { currencyOnlyScales, scaleAbbreviations, scaleWords } = numbersLexicon;
const { digitValue } = numberSpellingModule;
const { clauseAuxiliaries } = speechLexicon;
const { dayAndMonthNames } = timeLexicon;
const { readSpelled } = spelledNumbersModule;

/** A number read from the text. */
export interface Numeral {
	/** The value, scale applied ("2.4 million" → 2400000). */
	value: number;
	/** Index of its last token. */
	last: number;
	/** The scale word as written ("million", "bn"), if any. */
	scale?: string;
	/** Written in words ("eleven", "two hundred", "a dozen"). */
	spelled: boolean;
}

/**
 * `value × factor` without binary noise: 1.1 × 1e9 is 1100000000.0000002 in floating point, but
 * "1.1 billion" must equal "1,100,000,000".
 */
export function applyScale(value: number, factor: number): number {
	const product = value * factor;
	// A whole product of 15 digits at most ("2 million", "1.5 billion") is what rounding to 15
	// digits would give back: the common case, without a string and its parse ("+ 0": never -0).
	if (Number.isInteger(product) && Math.abs(product) < 1e15) {
		return product + 0;
	}
	return Number(product.toPrecision(15));
}

/**
 * Reads a number at token `i`: digits ("1,200", "2.4", "12 000", "2.4 million", "3bn") or words
 * ("eleven", "twenty-five", "two hundred and ten", "a dozen", "half a million").
 *
 * @param tokens The paragraph's tokens.
 * @param i Where the number would start.
 * @param text The article text (to see which space separates digit groups).
 * @param shortScales Take "m", "b" and "k" as scales ("$5m"); only right after a currency (default: `false`).
 * @returns The number, or `undefined` when none starts there.
 */
export function readNumeral(tokens: Token[], i: number, text: string, shortScales = false): Numeral | undefined {
	const token = tokens[i];
	if (!token) {
		return undefined;
	}
	if (token.type === 'num') {
		return readDigits(tokens, i, text, shortScales);
	}
	if (token.type === 'word') {
		return readSpelled(tokens, i);
	}
	return undefined;
}

/** Digits, digit groups split by spaces, and an optional scale. */
function readDigits(tokens: Token[], i: number, text: string, shortScales: boolean): Numeral | undefined {
	let value = digitValue(tokens[i].text);
	if (value === undefined) {
		return undefined;
	}
	let last = i;
	// "12 000", "1 200 000" (thin or non-breaking spaces, or plain ones: see `spacedGroups`), and
	// "10, 000" as text rebuilt from tokens spells "10,000".
	if (/^\d{1,3}$/.test(tokens[i].text)) {
		const plainSpaces = spacedGroups(tokens, i, text);
		for (let next = tokens[last + 1]; next?.type === 'num' && /^\d{3}$/.test(next.text); next = tokens[last + 1]) {
			const between = text.slice(tokens[last].end, next.start);
			if (
				between === '\u00a0' ||
				between === '\u202f' ||
				between === '\u2009' ||
				(between === ' ' && (next.text === '000' || last + 1 <= plainSpaces))
			) {
				value = value * 1000 + Number(next.text);
				last++;
				continue;
			}
			break;
		}
		// "10, 000", "$1, 799", "$2, 099", "about 1, 400 huts", "2, 560 by 1, 600 pixels": thousands
		// as rebuilt text spaces them (edited English never writes a comma and a space inside a
		// number, nor two numbers so, outside a list). A group that starts with a zero is never a
		// number of its own, and after a currency sign a list of sums is written with the sign each
		// time ("$1, $2"). Two numbers stay two in a list ("marks of 1, 2, 100") and before a verb
		// ("of the 12, 100 were freed": a count that stands alone as the subject).
		const listBefore = listItemBefore(tokens, i);
		for (let comma = tokens[last + 1], group = tokens[last + 2]; ; comma = tokens[last + 1], group = tokens[last + 2]) {
			const zeroLed = group?.type === 'num' && /^0\d\d$/.test(group.text);
			// "a 15, 800-square-metre building": a group with its unit hyphenated to it ends one number.
			const hyphenUnit = group?.type === 'num' && /^\d{3}$/.test(group.text) && tokens[last + 3]?.text === '-' && tokens[last + 3].glued && tokens[last + 4]?.type === 'word' && tokens[last + 4].glued;
			const threeDigits = group?.type === 'num' && /^\d{3}$/.test(group.text) && !continuesList(tokens, last + 2);
			const beforeVerb = verbAt(tokens, last + 3);
			const thousands = zeroLed || hyphenUnit || (threeDigits && (shortScales || (!listBefore && !beforeVerb && !endsList(tokens, last + 2))));
			if (!(comma?.text === ',' && comma.glued && thousands && text.slice(comma.end, group.start) === ' ')) {
				break;
			}
			value = value * 1000 + Number(group.text);
			last += 2;
		}
	}
	const fraction = /^\d+$/.test(tokens[i].text) && last === i ? readFraction(tokens, last, text) : undefined;
	if (fraction) {
		value += fraction.value;
		last = fraction.last;
	}
	const scale = readScale(tokens, last + 1, shortScales);
	if (scale) {
		return {
			value: applyScale(value, scale.factor), last: scale.last, scale: scale.word, spelled: false,
		};
	}
	return { value, last, spelled: false };
}

/** The vulgar fractions as one character ("2½ miles"), by their value. */
const fractionCharacters: Record<string, number> = { '½': 1 / 2, '¼': 1 / 4, '¾': 3 / 4, '⅓': 1 / 3, '⅔': 2 / 3, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8 };

/**
 * The fraction after a whole number: "2½ miles", "2 ½ miles", "4 1/2 hours" (and "4 1 / 2 hours"
 * as rebuilt text spaces it). A proper fraction of small numbers only, after one space: "24/7",
 * "9/11" and "12/16" have no whole number before them, and "won 3 2/3 of the seats" is rare enough.
 */
function readFraction(tokens: Token[], whole: number, text: string): { value: number; last: number } | undefined {
	const next = tokens[whole + 1];
	if (!next) {
		return undefined;
	}
	const gap = text.slice(tokens[whole].end, next.start);
	if (next.type === 'mark' && fractionCharacters[next.text] !== undefined && (gap === '' || gap === ' ')) {
		return { value: fractionCharacters[next.text], last: whole + 1 };
	}
	const [slash, denominator] = [tokens[whole + 2], tokens[whole + 3]];
	if (next.type !== 'num' || gap !== ' ' || slash?.text !== '/' || denominator?.type !== 'num' || !/^\d$/.test(next.text) || !/^\d{1,2}$/.test(denominator.text)) {
		return undefined;
	}
	const spaced = text.slice(next.end, slash.start) + text.slice(slash.end, denominator.start);
	const [top, bottom] = [Number(next.text), Number(denominator.text)];
	return (spaced === '' || spaced === '  ') && top > 0 && top < bottom && bottom <= 16 ? { value: top / bottom, last: whole + 3 } : undefined;
}

/**
 * The last token of thousands split by plain spaces from token `i` on ("12 500 jobs", "1 250 000
 * euros", as translated copy writes them), or -1. Two numbers side by side are rare in English
 * but not unknown, so every group after the first has three digits and the run is none of these:
 * a number glued by a hyphen to its unit ("the top 10 100-metre runners"), a telephone number
 * ("+1 555 201 4477": a sign before, or another group of digits after), a date's day ("on May 12
 * 500 people marched"), an item of a list ("2, 10 100"), or a count standing as the subject of a
 * verb ("of the 12 100 were freed").
 */
function spacedGroups(tokens: Token[], i: number, text: string): number {
	let last = i;
	while (tokens[last + 1]?.type === 'num' && text.slice(tokens[last].end, tokens[last + 1].start) === ' ' && /^\d{3}$/.test(tokens[last + 1].text)) {
		last++;
	}
	const [before, after] = [tokens[i - 1], tokens[last + 1]];
	const spacedAfter = after && text.slice(tokens[last].end, after.start) === ' ';
	if (
		last === i ||
		listItemBefore(tokens, i) ||
		(before && (before.text === '+' || before.type === 'num' || dayAndMonthNames.has(before.lower))) ||
		(after?.glued && (after.text === '-' || ((after.text === '.' || after.text === ',') && tokens[last + 2]?.type === 'num' && tokens[last + 2].glued))) ||
		(spacedAfter && after.type === 'num') ||
		verbAt(tokens, last + 1)
	) {
		return -1;
	}
	return last;
}

/** A number right after ", N": an item of a list ("marks of 1, 2, 100"), not thousands. */
function listItemBefore(tokens: Token[], i: number): boolean {
	return tokens[i - 1]?.text === ',' && tokens[i - 2]?.type === 'num';
}

/** A verb of a clause at token `i` ("of the 12, 100 were freed"): the number before it stands as its subject. */
function verbAt(tokens: Token[], i: number): boolean {
	return tokens[i]?.type === 'word' && clauseAuxiliaries.has(tokens[i].lower);
}

/** "1, 2, 3": a digit group followed by yet another ", N" is a list, not thousands. */
function continuesList(tokens: Token[], i: number): boolean {
	return tokens[i + 1]?.text === ',' && tokens[i + 2]?.type === 'num';
}

/**
 * "scored 98, 100 and 102": a group followed by "and" or "or" and a number of its own is a list's
 * item; "between 1, 400 and 2, 000" is a range of two spaced thousands, the second spaced too.
 */
function endsList(tokens: Token[], i: number): boolean {
	const [joiner, next] = [tokens[i + 1], tokens[i + 2]];
	const spacedThousands = tokens[i + 3]?.text === ',' && /^\d{3}$/.test(tokens[i + 4]?.text ?? '');
	return (joiner?.lower === 'and' || joiner?.lower === 'or') && next?.type === 'num' && !spacedThousands;
}

/**
 * A scale after a number: "million", "-billion" ("a 110-billion loan"), "bn" (glued or not), or
 * "m", "b", "k" glued after a currency ("$5m").
 */
export function readScale(
	tokens: Token[],
	i: number,
	shortScales: boolean,
): { factor: number; word: string; last: number } | undefined {
	let token = tokens[i];
	if (token?.text === '-' && token.glued && tokens[i + 1]?.glued && scaleWords[tokens[i + 1].lower]) {
		token = tokens[++i];
	}
	if (!token || token.type !== 'word') {
		return undefined;
	}
	const full = scaleWords[token.lower];
	if (full) {
		return { factor: full, word: token.text, last: i };
	}
	const short = scaleAbbreviations[token.lower];
	if (short === undefined || (currencyOnlyScales.has(token.lower) && !(shortScales && token.glued))) {
		return undefined;
	}
	// "3bn" or "3 bn", but not "3 b." (an initial) and not "5m-long".
	const after = tokens[i + 1];
	if (after && after.glued && (after.type !== 'mark' || after.text === '-')) {
		return undefined;
	}
	return { factor: short, word: token.text, last: i };
}
