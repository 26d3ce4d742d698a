/**
 * Numerals read from a paragraph's tokens (`tokens.ts`): from digits or words ("1,200", "2.4
 * million", "twenty-five", "a dozen"), with their scale, and ordinals ("third", "21st").
 */
import * as numbersLexicon from '../text/lexicon/numbers';
import type { Token } from './tokens';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { currencyOnlyScales, ordinalUnits, scaleAbbreviations, scaleWords, tens, units } = numbersLexicon;

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
 * The value of a token of digits, or `undefined` when it is not a well-formed number.
 * "1,200" and "1,200.5" take the comma as a thousands separator, "2.4" the period as a decimal
 * point; "1,2,3" (a list) and "15.12.2021" (a date, read elsewhere) are not numbers.
 */
function digitValue(text: string): number | undefined {
	// Digits, optionally with one decimal part: "2021", "2.4".
	if (/^\d+(?:\.\d+)?$/.test(text)) {
		return Number(text);
	}
	// One to three digits, then groups of exactly three after commas, then an optional decimal part: "1,200,000.5".
	if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text)) {
		return Number(text.replace(/,/g, ''));
	}
	return undefined;
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
	// "12 000", "1 200 000" (thin or non-breaking spaces, or a plain space before "000"), and
	// "10, 000" as text rebuilt from tokens spells "10,000".
	// NOTE: "the top 10 100-metre runners" and "of the 12, 100 were freed" must stay two numbers,
	// so a plain space only joins a "000" group.
	if (/^\d{1,3}$/.test(tokens[i].text)) {
		for (let next = tokens[last + 1]; next?.type === 'num' && /^\d{3}$/.test(next.text); next = tokens[last + 1]) {
			const between = text.slice(tokens[last].end, next.start);
			if (
				between === '\u00a0' ||
				between === '\u202f' ||
				between === '\u2009' ||
				(between === ' ' && next.text === '000')
			) {
				value = value * 1000 + Number(next.text);
				last++;
				continue;
			}
			break;
		}
		// "10, 000", "$1, 799", "$2, 099": thousands as rebuilt text spaces them. A group that starts
		// with a zero is never a number of its own, and after a currency sign a list of sums is
		// written with the sign each time ("$1, $2"); "of the 12, 100 were freed" stays two numbers.
		for (let comma = tokens[last + 1], group = tokens[last + 2]; ; comma = tokens[last + 1], group = tokens[last + 2]) {
			const zeroLed = group?.type === 'num' && /^0\d\d$/.test(group.text);
			// "a 15, 800-square-metre building": a group with its unit hyphenated to it ends one number.
			const hyphenUnit = group?.type === 'num' && /^\d{3}$/.test(group.text) && tokens[last + 3]?.text === '-' && tokens[last + 3].glued && tokens[last + 4]?.type === 'word' && tokens[last + 4].glued;
			const thousands = zeroLed || hyphenUnit || (shortScales && group?.type === 'num' && /^\d{3}$/.test(group.text) && !continuesList(tokens, last + 2));
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

/** "1, 2, 3": a digit group followed by yet another ", N" is a list, not thousands. */
function continuesList(tokens: Token[], i: number): boolean {
	return tokens[i + 1]?.text === ',' && tokens[i + 2]?.type === 'num';
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

/** Spelled numbers: "eleven", "twenty-five", "two hundred and ten", "a dozen", "half a million", "three million". */
function readSpelled(tokens: Token[], i: number): Numeral | undefined {
	const first = tokens[i].lower;
	// "a hundred", "a dozen", "half a million": the article counts as one only before a multiplier.
	if (first === 'a' || first === 'half') {
		let j = i + 1;
		if (first === 'half' && tokens[j]?.lower === 'a') {
			j++;
		}
		const multiplier = tokens[j]?.lower;
		const factor = multiplier === 'dozen' ? 12 : multiplier === 'hundred' ? 100 : scaleWords[multiplier ?? ''];
		if (!factor || (first === 'half' && j === i + 1)) {
			return undefined;
		}
		const value = (first === 'half' ? 0.5 : 1) * factor;
		return {
			value, last: j, spelled: true, ...(scaleWords[multiplier!] ? { scale: tokens[j].text } : {}),
		};
	}
	let total = 0;
	let chunk = 0;
	let last = -1;
	let scale: string | undefined;
	let previous: 'unit' | 'tens' | 'hundred' | 'scale' | 'none' = 'none';
	for (let j = i; j < tokens.length; j++) {
		const word = tokens[j].lower;
		if (tokens[j].type !== 'word') {
			// "twenty-five": a hyphen glued between a tens word and a unit word.
			if (
				word === '-' &&
				previous === 'tens' &&
				tokens[j].glued &&
				tokens[j + 1]?.glued &&
				units[tokens[j + 1].lower] !== undefined
			) {
				continue;
			}
			break;
		}
		if (
			units[word] !== undefined &&
			(previous === 'none' ||
				previous === 'hundred' ||
				previous === 'scale' ||
				(previous === 'tens' && units[word] < 10 && units[word] > 0))
		) {
			chunk += units[word];
			previous = 'unit';
		} else if (
			tens[word] !== undefined &&
			(previous === 'none' || previous === 'hundred' || previous === 'scale')
		) {
			chunk += tens[word];
			previous = 'tens';
		} else if (
			word === 'hundred' &&
			(previous === 'unit' || previous === 'tens') &&
			chunk % 100 > 0 &&
			chunk < 100
		) {
			chunk *= 100;
			previous = 'hundred';
		} else if (word === 'dozen' && previous === 'unit') {
			chunk *= 12;
			previous = 'hundred';
		} else if (scaleWords[word] && previous !== 'none' && previous !== 'scale') {
			total += chunk * scaleWords[word];
			chunk = 0;
			scale = tokens[j].text;
			previous = 'scale';
		} else if (
			word === 'and' &&
			(previous === 'hundred' || previous === 'scale') &&
			(units[tokens[j + 1]?.lower ?? ''] || tens[tokens[j + 1]?.lower ?? ''])
		) {
			// "two hundred and ten": "and" joins only inside a number.
			continue;
		} else {
			break;
		}
		last = j;
	}
	if (last < 0) {
		return undefined;
	}
	return { value: total + chunk, last, spelled: true, ...(scale ? { scale } : {}) };
}

/**
 * Reads an ordinal at token `i`: "76th", "21st", "third", "twenty-first".
 *
 * @returns The number and the index of its last token, or `undefined`.
 */
export function readOrdinal(tokens: Token[], i: number): { value: number; last: number } | undefined {
	const token = tokens[i];
	if (token.type === 'num') {
		const suffix = tokens[i + 1];
		if (!/^\d+$/.test(token.text) || !suffix?.glued || !/^(?:st|nd|rd|th)$/.test(suffix.lower)) {
			return undefined;
		}
		// The suffix must fit the number: "21st", "12th", "3rd" but not "3th" or "11st".
		const value = Number(token.text);
		const expected = value % 100 >= 11 && value % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][value % 10] ?? 'th');
		return suffix.lower === expected ? { value, last: i + 1 } : undefined;
	}
	if (ordinalUnits[token.lower] !== undefined) {
		return { value: ordinalUnits[token.lower], last: i };
	}
	// "twenty-first": a tens word glued by a hyphen to a unit ordinal.
	const hyphen = tokens[i + 1];
	const unit = tokens[i + 2];
	if (tens[token.lower] && hyphen?.text === '-' && hyphen.glued && unit?.glued && ordinalUnits[unit.lower] < 10) {
		return { value: tens[token.lower] + ordinalUnits[unit.lower], last: i + 2 };
	}
	return undefined;
}
