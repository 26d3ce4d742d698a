/**
 * Numbers written in words ("eleven", "twenty-five", "two hundred and ten", "a dozen", "half a
 * million"), read from a paragraph's tokens for `numberWords.ts`.
 */
import * as numbersLexicon from '../text/lexicon/numbers';
import type { Numeral } from './numberWords';
import type { Token } from './tokens';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { scaleWords, tens, units } = numbersLexicon;

/** Spelled numbers: "eleven", "twenty-five", "two hundred and ten", "a dozen", "half a million", "three million". */
export function readSpelled(tokens: Token[], i: number): Numeral | undefined {
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
