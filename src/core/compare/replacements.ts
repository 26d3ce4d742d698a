import type { Token } from './tokens';
import { diffWords } from './wordDiff';

/** A stretch of one passage replaced by a stretch of the other (both sides non-empty). */
export interface Replacement {
	removed: Token[];
	added: Token[];
}

/**
 * The replacements of `diffWords` between two passages, remembered by the passages' words.
 * Republished wire copy makes the same pair of sentences meet again and again (ten outlets
 * carrying one agency story compare its sentences with the same rival wording each time); the
 * diff depends only on the words' normal forms, so a pair met before costs a look-up. What is
 * remembered is positions, so each caller gets its own passages' tokens back.
 *
 * @returns A function giving the changes of `diffWords(a, b)` that remove and add words, in order.
 */
export function rememberedReplacements(): (a: Token[], b: Token[]) => Replacement[] {
	const wordingIds = new Map<string, number>();
	const wordingOf = new WeakMap<Token[], number>();
	const known = new Map<string, [number[], number[]][]>();
	const idOf = (tokens: Token[]) => {
		let id = wordingOf.get(tokens);
		if (id === undefined) {
			const words = tokens.map((token) => token.norm).join(' ');
			id = wordingIds.get(words);
			if (id === undefined) {
				id = wordingIds.size;
				wordingIds.set(words, id);
			}
			wordingOf.set(tokens, id);
		}
		return id;
	};
	return (a, b) => {
		const key = `${idOf(a)},${idOf(b)}`;
		let positions = known.get(key);
		if (!positions) {
			const indexOfA = new Map(a.map((token, index) => [token, index]));
			const indexOfB = new Map(b.map((token, index) => [token, index]));
			positions = diffWords(a, b)
				.changes.filter((change) => change.removed.length > 0 && change.added.length > 0)
				.map((change) => [change.removed.map((token) => indexOfA.get(token)!), change.added.map((token) => indexOfB.get(token)!)]);
			known.set(key, positions);
		}
		return positions.map(([removed, added]) => ({ removed: removed.map((index) => a[index]), added: added.map((index) => b[index]) }));
	};
}
