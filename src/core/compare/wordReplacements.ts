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
	const { kinds, counts } = diffNumbers(...numbered(a.map(normOf), b.map(normOf)));
	const found: [number[], number[]][] = [];
	const indexOf = (tokens: Token[], from: number) => {
		const positions = new Map<Token, number>();
		tokens.forEach((token, i) => positions.set(token, from + i));
		return positions;
	};
	let [inA, inB] = [0, 0];
	// The stretch since the last kept part: `a` from `fromA`, `b` from `fromB`.
	let [fromA, fromB] = [0, 0];
	const close = () => {
		if (inA > fromA && inB > fromB) {
			const [removed, added] = [a.slice(fromA, inA), b.slice(fromB, inB)];
			const [inRemoved, inAdded] = [indexOf(removed, fromA), indexOf(added, fromB)];
			for (const change of replacedStretches(removed, added)) {
				found.push([change.removed.map((token) => inRemoved.get(token)!), change.added.map((token) => inAdded.get(token)!)]);
			}
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

/**
 * `replacementPositions`, remembered by the passages' words. Republished wire copy makes the same
 * pair of sentences meet again and again (ten outlets carrying one agency story compare its
 * sentences with the same rival wording each time); the diff depends only on the words' normal
 * forms, so a pair met before costs a look-up. What is remembered is positions, so each caller
 * gets its own passages' tokens back.
 *
 * @returns A function giving the replacements of `a` by `b`.
 */
export function rememberedReplacements(): (a: Token[], b: Token[]) => Replacement[] {
	const wordingIds = new Map<string, number>();
	const wordingOf = new WeakMap<Token[], number>();
	const known = new Map<string, [number[], number[]][]>();
	const idOf = (tokens: Token[]) => {
		let id = wordingOf.get(tokens);
		if (id === undefined) {
			const words = tokens.map(normOf).join(' ');
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
			positions = replacementPositions(a, b);
			known.set(key, positions);
		}
		return positions.map(([removed, added]) => ({ removed: removed.map((index) => a[index]), added: added.map((index) => b[index]) }));
	};
}

function normOf(token: Token): string {
	return token.norm;
}
