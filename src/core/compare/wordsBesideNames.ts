import { titleWords } from '../text/lexicon/titles';
import type { Unit } from './units';

/**
 * The content words of a passage that stand outside its names, as stems: "Ames of Vell, Gov." has
 * none (a title is a name's, not the claim's), "The moderators were ready to move on, but Quell
 * was not having it" has moderator, readi, move, have. Read once per passage, however many pairs ask.
 *
 * @param unit A passage of the aligner.
 * @returns Its stems outside names (numbers left out).
 */
export function wordsBesideNames(unit: Unit): Set<string> {
	let words = cache.get(unit);
	if (!words) {
		const inName = (start: number, end: number) => unit.names.some((name) => name.start <= start && end <= name.end);
		words = new Set(unit.tokens.filter((token) => token.content && !digit.test(token.norm) && !titleWords.has(token.norm) && !inName(token.start, token.end)).map((token) => token.stem));
		cache.set(unit, words);
	}
	return words;
}

/**
 * How many content words outside their names two passages share.
 *
 * @param a A passage.
 * @param b Another.
 */
export function sharedBesideNames(a: Unit, b: Unit): number {
	const other = wordsBesideNames(b);
	let shared = 0;
	for (const word of wordsBesideNames(a)) {
		if (other.has(word)) {
			shared++;
		}
	}
	return shared;
}

const cache = new WeakMap<Unit, Set<string>>();
const digit = /\d/;
