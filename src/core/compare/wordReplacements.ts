import { Interner } from './interner';
import { diffNumbers, numbered, PartKind } from './myersDiff';
import type { Token } from './tokens';
import { replacedStretches } from './wordDiff';

/** A stretch of one passage replaced by a stretch of the other (both sides non-empty). */
export interface Replacement {
	removed: Token[];
	added: Token[];
}

/**
 * The changes of `diffWords(a, b)` that both remove and add words, in order, as positions in `a`
 * and in `b`, without naming the changes or counting the words around them: "the mayor of Tarn
 * said" / "the governor of Tarn said" gives [[1], [1]]; "the mayor said" / "the mayor never
 * said" gives none (an addition alone).
 */
export function replacementPositions(a: Token[], b: Token[]): [number[], number[]][] {
	const stretches = changedStretches(a, b);
	const found: [number[], number[]][] = [];
	for (let i = 0; i < stretches.length; i += 4) {
		found.push(...refined(a, b, stretches[i], stretches[i + 1], stretches[i + 2], stretches[i + 3]));
	}
	return found;
}

/**
 * The stretches between kept parts of the word diff that both remove and add words, four numbers
 * each: where it starts and ends in `a`, then in `b` ("the mayor of Tarn said" / "the governor of
 * Tarn said" gives 1, 2, 1, 2).
 */
function changedStretches(a: Token[], b: Token[]): number[] {
	const { kinds, counts } = diffNumbers(...numbered(a.map(normOf), b.map(normOf)));
	const found: number[] = [];
	let [inA, inB] = [0, 0];
	// The stretch since the last kept part: `a` from `fromA`, `b` from `fromB`.
	let [fromA, fromB] = [0, 0];
	const close = () => {
		if (inA > fromA && inB > fromB) {
			found.push(fromA, inA, fromB, inB);
		}
	};
	for (let i = 0; i < kinds.length; i++) {
		if (kinds[i] === PartKind.Kept) {
			close();
			inA += counts[i];
			inB += counts[i];
			[fromA, fromB] = [inA, inB];
		} else if (kinds[i] === PartKind.Removed) {
			inA += counts[i];
		} else {
			inB += counts[i];
		}
	}
	close();
	return found;
}

/** The replacements `replacedStretches` makes of one changed stretch, as positions in `a` and `b`. */
function refined(a: Token[], b: Token[], fromA: number, toA: number, fromB: number, toB: number): [number[], number[]][] {
	const [removed, added] = [a.slice(fromA, toA), b.slice(fromB, toB)];
	const indexOf = (tokens: Token[], from: number) => {
		const positions = new Map<Token, number>();
		tokens.forEach((token, i) => positions.set(token, from + i));
		return positions;
	};
	const [inRemoved, inAdded] = [indexOf(removed, fromA), indexOf(added, fromB)];
	return replacedStretches(removed, added).map((change) => [change.removed.map((token) => inRemoved.get(token)!), change.added.map((token) => inAdded.get(token)!)]);
}

/**
 * Which changed stretches a caller reads: one that says no (by its positions, `a` from `fromA` to
 * `toA`, `b` from `fromB` to `toB`) is not split into its replacements, nor are any of them given.
 */
export type StretchFilter = (fromA: number, toA: number, fromB: number, toB: number) => boolean;

/**
 * `replacementPositions`, remembered by the passages' words. Republished wire copy makes the same
 * pair of sentences meet again and again (ten outlets carrying one agency story compare its
 * sentences with the same rival wording each time); the diff depends only on the words' normal
 * forms, so a pair met before costs a look-up. What is remembered is positions, so each caller
 * gets its own passages' tokens back. A stretch is split into its replacements when first read:
 * the name-swap finder reads only the stretches that hold a name on both sides (`wanted`).
 *
 * @returns A function giving the replacements of `a` by `b`, of the stretches `wanted` keeps (default: all).
 */
export function rememberedReplacements(): (a: Token[], b: Token[], wanted?: StretchFilter) => Replacement[] {
	const wordings = new Interner<Token[]>((tokens) => tokens.map(normOf).join(' '));
	const known = new Map<string, { stretches: number[]; replacements: ([number[], number[]][] | undefined)[] }>();
	const idOf = (tokens: Token[]) => wordings.idOf(tokens);
	return (a, b, wanted) => {
		const key = `${idOf(a)},${idOf(b)}`;
		let entry = known.get(key);
		if (!entry) {
			entry = { stretches: changedStretches(a, b), replacements: [] };
			known.set(key, entry);
		}
		const { stretches, replacements } = entry;
		const found: Replacement[] = [];
		for (let i = 0; i < stretches.length; i += 4) {
			const [fromA, toA, fromB, toB] = [stretches[i], stretches[i + 1], stretches[i + 2], stretches[i + 3]];
			if (wanted && !wanted(fromA, toA, fromB, toB)) {
				continue;
			}
			const positions = (replacements[i / 4] ??= refined(a, b, fromA, toA, fromB, toB));
			for (const [removed, added] of positions) {
				found.push({ removed: removed.map((index) => a[index]), added: added.map((index) => b[index]) });
			}
		}
		return found;
	};
}

function normOf(token: Token): string {
	return token.norm;
}
