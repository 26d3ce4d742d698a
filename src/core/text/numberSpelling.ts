import { ordinalUnits, scaleWords, tens, units } from './lexicon/numbers';

/**
 * One number however a quote writes it: in digits or in words, as a count or an ordinal ("12" /
 * "twelve" → `12`, "12th" / "twelfth" → `12th`, "twenty-one" → `21`). Outlets transcribe the
 * same spoken words either way; "twelfth" and "12th" are no rewording of a quote.
 *
 * @param word A word, lower case.
 * @returns The number as digits, with "th" for an ordinal; `undefined` for any other word.
 */
export function numberSpelled(word: string): string | undefined {
	const digits = /^(\d+)(st|nd|rd|th)?$/.exec(word);
	if (digits) {
		return `${Number(digits[1])}${digits[2] ? 'th' : ''}`;
	}
	if (units[word] !== undefined || tens[word] !== undefined) {
		return String(units[word] ?? tens[word]);
	}
	if (ordinalUnits[word] !== undefined) {
		return `${ordinalUnits[word]}th`;
	}
	// "twenty-one", "thirty-first": a tens word, a hyphen and a unit.
	const [ten, unit] = word.split('-');
	if (tens[ten] !== undefined && unit !== undefined && unit !== '') {
		const below = units[unit] ?? ordinalUnits[unit];
		if (below !== undefined && below < 10) {
			return `${tens[ten] + below}${ordinalUnits[unit] !== undefined ? 'th' : ''}`;
		}
	}
	return undefined;
}

/**
 * The value of a stretch of words that writes one cardinal number, in digits or in words: "4 000"
 * (the words of "4,000", whose comma the diff does not keep) → 4000, "four thousand" → 4000, "two
 * hundred and twelve" → 212, "1.5 million" → 1500000; `undefined` for anything else, an ordinal
 * too. Outlets transcribe a spoken number either way; "4,000" / "four thousand" is no changed
 * number in a quote.
 *
 * @param words Words, lower case, as the quote diff keeps them.
 */
export function numberValue(words: readonly string[]): number | undefined {
	if (words.length === 0) {
		return undefined;
	}
	// "4 000", "1 250 000": groups of three digits after the first.
	if (words.every((word, i) => (i === 0 ? /^\d{1,3}$/.test(word) : /^\d{3}$/.test(word))) && words.length > 1) {
		return Number(words.join(''));
	}
	let total = 0;
	let current: number | undefined;
	// The value of the word before, when it was a number and not a scale: two numbers in a row are
	// two numbers ("4 00"), but for a tens word and a unit ("twenty four").
	let last: number | undefined;
	for (const [i, word] of words.entries()) {
		const scale = scaleWords[word];
		if (scale !== undefined || word === 'hundred') {
			if (current === undefined) {
				return undefined;
			}
			last = undefined;
			if (word === 'hundred') {
				current *= 100;
			} else {
				total += current * scale!;
				current = undefined;
			}
			continue;
		}
		if (word === 'and' && i > 0 && i < words.length - 1) {
			last = undefined;
			continue;
		}
		const value = /^\d/.test(word) ? digitValue(word) : cardinalWord(word);
		if (value === undefined || (last !== undefined && !(tens[words[i - 1]] !== undefined && units[word] !== undefined && value < 10))) {
			return undefined;
		}
		current = (current ?? 0) + value;
		last = value;
	}
	return total + (current ?? 0);
}

/** A cardinal written in words, "four" → 4, "twenty-one" → 21; not an ordinal. */
function cardinalWord(word: string): number | undefined {
	const spelled = numberSpelled(word);
	return spelled === undefined || spelled.endsWith('th') ? undefined : Number(spelled);
}

/**
 * The value of a token of digits, or `undefined` when it is not a well-formed number.
 * "1,200" and "1,200.5" take the comma as a thousands separator, "2.4" the period as a decimal
 * point; "1,2,3" (a list) and "15.12.2021" (a date, read elsewhere) are not numbers.
 * Copy translated from most European languages keeps their marks the other way round, which a
 * reader reads without a second thought: "2,5 percent" is 2.5, "4.000 passengers" and
 * "1.250.000" are thousands. Only where English would not write the number: one comma before one
 * or two digits, full stops between two groups of three digits or more, or one full stop before
 * "…00" ("4.000", "12.500"; "2.125" and "0.500" stay decimals).
 */
export function digitValue(text: string): number | undefined {
	if (decimalCommaPattern.test(text)) {
		return Number(text.replace(',', '.'));
	}
	if (stopGroupsPattern.test(text) || stopHundredsPattern.test(text)) {
		return Number(text.replace(/\./g, ''));
	}
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

/** A decimal comma: "2,5", "12,75". */
const decimalCommaPattern = /^\d+,\d{1,2}$/;

/** Thousands set off by full stops, two groups or more: "1.250.000". */
const stopGroupsPattern = /^\d{1,3}(?:\.\d{3}){2,}$/;

/** Hundreds after one full stop, which English would not write as decimals: "4.000", "12.500". */
const stopHundredsPattern = /^[1-9]\d{0,2}\.\d00$/;
