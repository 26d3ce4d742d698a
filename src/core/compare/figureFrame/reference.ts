import type { Figure } from '../../types';
import { measureScales } from '../../figures/units';
import { directions } from '../../text/lexicon/places';
import type { FramedPassage } from '../figureFrame';
import { figureRules } from '../rules/figures';
import { gapBefore, indexAt, lastIndexBefore, wordsBefore } from './tokenPlaces';

/**
 * What a length is measured from: `depth` for a depth ("at a depth of 14 miles", "14 miles deep",
 * "10 km below the surface"), the dimension a word after it names ("0.7 inches thick" →
 * `thickness`, `figureRules.dimensionAfter`), `size` for a length that describes the thing after
 * it ("a 15-inch laptop": the thing's size, not one of its dimensions named), else the words
 * after "from", "of" or a direction, to the clause's
 * end ("90 km west of Tarnford" → tarnford; "25 km from the Vell border" → vell, border; a
 * conversion in brackets is stepped over: "60 kilometres (37 miles) west of Tarnford", and is
 * measured as the length it converts: "a depth of 14 miles (23 kilometres)"). Absent
 * for any other figure, or when the sentence does not say.
 */
export function referenceOf(passage: FramedPassage, figure: Figure, first: number, last: number): string[] | undefined {
	if (measureScales[figure.unit]?.[0] !== 'length') {
		return undefined;
	}
	const { tokens, text } = passage;
	// "a depth of 14 miles (23 kilometres)": a conversion in brackets is measured as the length before it.
	const converted = passage.figures.find((other) => other.end <= figure.start && /^\s*\(\s*$/.test(text.slice(other.end, figure.start)));
	if (converted && measureScales[converted.unit]?.[0] === 'length') {
		const from = indexAt(tokens, converted.start);
		return referenceOf(passage, converted, from, Math.max(from, lastIndexBefore(tokens, converted.end)));
	}
	const before = wordsBefore(tokens, first, figureRules.roleWindow);
	let next = last + 1;
	// "60 kilometres (37 miles) west of …": the bracket's conversion says nothing of the reference.
	if (/^\s*\(/.test(text.slice(figure.end, figure.end + 3))) {
		const close = text.indexOf(')', figure.end);
		while (close >= 0 && next < tokens.length && tokens[next].start < close) {
			next++;
		}
	}
	const after = tokens[next]?.norm;
	if (before.includes('depth') || (after !== undefined && figureRules.depthAfter.has(after))) {
		return ['depth'];
	}
	const dimension = after === undefined ? undefined : figureRules.dimensionAfter.get(after);
	if (dimension !== undefined) {
		return [dimension];
	}
	// "a 15-inch laptop": the hyphen ties the length to the noun after it.
	if (/\w-\p{L}+$/u.test(figure.text) && after !== undefined && tokens[next].content && !gapBefore(passage, next)) {
		return ['size'];
	}
	if (after === undefined || !(after === 'from' || after === 'of' || directions.has(after))) {
		return undefined;
	}
	const words: string[] = [];
	for (let i = next + 1; i < tokens.length && i <= next + figureRules.referenceWindow && !gapBefore(passage, i); i++) {
		if (tokens[i].content && !directions.has(tokens[i].norm)) {
			words.push(tokens[i].stem);
		}
	}
	return words.length > 0 ? words : undefined;
}

/**
 * Two lengths are measured from one point when either leaves it unsaid, both are depths, or their
 * references share a word: "120 km from Tarnford" and "90 km west of Tarnford" are one distance
 * told twice (listed if they differ); "a depth of 14 miles" and "37 miles west of Tarnford", or
 * "two miles northeast of Halden" and "3 miles southwest of Vell", are two.
 */
export function referencesAgree(a: string[] | undefined, b: string[] | undefined): boolean {
	if (a === undefined || b === undefined) {
		return true;
	}
	return a.some((word) => b.includes(word));
}
