import { titleWords } from '../text/lexicon/titles';
import type { Unit } from './units';

/**
 * The words of a passage that say what it is about, each read once per passage however many
 * claims, near misses and pairs ask: its content stems (`contentStems`), and those of them that
 * stand outside its names (`wordsBesideNames`).
 */

/**
 * A passage's content stems, numbers left out: "The port will handle 2.4 million tonnes" → port,
 * handl, million, tonn.
 *
 * @param unit A passage of the aligner, or any passage's words (a figure's frame reads them too).
 */
export function contentStems(unit: Pick<Unit, 'tokens'>): Set<string> {
	let stems = stemsOf.get(unit.tokens);
	if (!stems) {
		stems = new Set(unit.tokens.filter(isContent).map((token) => token.stem));
		stemsOf.set(unit.tokens, stems);
	}
	return stems;
}

/**
 * The content words of a passage that stand outside its names, as stems: "Ames of Vell, Gov." has
 * none (a title is a name's, not the claim's), "The moderators were ready to move on, but Quell
 * was not having it" has moderator, readi, move, have.
 *
 * @param unit A passage of the aligner.
 * @returns Its stems outside names (numbers left out).
 */
export function wordsBesideNames(unit: Unit): Set<string> {
	const known = besideNamesOf.get(unit.tokens);
	let words = known?.names === unit.names ? known.words : undefined;
	if (!words) {
		const inName = (start: number, end: number) => unit.names.some((name) => name.start <= start && end <= name.end);
		words = new Set(unit.tokens.filter((token) => isContent(token) && !titleWords.has(token.norm) && !inName(token.start, token.end)).map((token) => token.stem));
		besideNamesOf.set(unit.tokens, { names: unit.names, words });
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

/** A content word that is no number ("2.4", "19th"). */
function isContent(token: Unit['tokens'][number]): boolean {
	return token.content && !digit.test(token.norm);
}

/**
 * By the passage's words, not the passage: verbatim copies share their words and names
 * (`unitsOfCopies.ts`), so ten files of one wire story read each passage once. What is kept is only read.
 */
const stemsOf = new WeakMap<Unit['tokens'], Set<string>>();
const besideNamesOf = new WeakMap<Unit['tokens'], { names: Unit['names']; words: Set<string> }>();
const digit = /\d/;

/** How many words two sets of words share. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
	let shared = 0;
	for (const item of a) {
		if (b.has(item)) {
			shared++;
		}
	}
	return shared;
}

/** The share of their words two sets of words have in common (Dice): {port, strike, crane} and {port, strike} share 0.8. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
	return a.size + b.size === 0 ? 0 : (2 * overlap(a, b)) / (a.size + b.size);
}
