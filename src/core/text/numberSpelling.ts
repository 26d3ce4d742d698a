import { ordinalUnits, tens, units } from './lexicon/numbers';

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
