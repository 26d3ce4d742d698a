import type { Token } from './tokens';
import * as unitsModule from './units';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { quakeNouns, scaleNames } = unitsModule;

/**
 * The scale named right before the number at `i`, with the token the figure starts at: "magnitude
 * 6.1" (the word, then the number), "magnitude-6.1" (the word glued to the number by a hyphen).
 */
export function scaleBefore(tokens: Token[], i: number): { first: number; unit: string } | undefined {
	const previous = tokens[i - 1];
	if (previous?.type === 'word' && scaleNames.has(previous.lower) && !tokens[i].glued) {
		return { first: i - 1, unit: previous.lower };
	}
	const word = tokens[i - 2];
	if (previous?.text === '-' && previous.glued && tokens[i].glued && word?.type === 'word' && scaleNames.has(word.lower)) {
		return { first: i - 2, unit: word.lower };
	}
	return undefined;
}

/**
 * The last token of a Richter reading after the number: "6.4 on the Richter scale", "6.4 on the
 * Richter": the number measures a quake's magnitude, as "magnitude 6.4" does.
 */
export function richterAfter(tokens: Token[], j: number): number | undefined {
	if (tokens[j]?.lower !== 'on' || tokens[j + 1]?.lower !== 'the' || tokens[j + 2]?.lower !== 'richter') {
		return undefined;
	}
	return tokens[j + 3]?.lower === 'scale' ? j + 3 : j + 2;
}


/**
 * Whether the number before token `j` is a quake's magnitude written before its noun: a value with
 * a fraction under ten ("a 6.4 quake", "the 5.9 aftershock"); a count of quakes is whole and
 * plural ("two quakes").
 */
export function magnitudeBeforeQuake(tokens: Token[], j: number, value: number): boolean {
	return !Number.isInteger(value) && value > 0 && value < 10 && tokens[j]?.type === 'word' && quakeNouns.has(tokens[j].lower);
}
