/** Ordinals read from a paragraph's tokens: "76th", "21st", "third", "twenty-first". */
import * as numbersLexicon from '../text/lexicon/numbers';
import type { Token } from './tokens';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { ordinalUnits, tens } = numbersLexicon;

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
