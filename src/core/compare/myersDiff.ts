/**
 * The `diff` package's `diffArrays` (8.x) on sequences of numbers, step for step: the same walk
 * of Myers's edit graph, the same choice between an insertion and a deletion at each diagonal and
 * the same pruning of diagonals past the graph's edge, so it returns the same parts in the same
 * order. What differs is the bookkeeping: paths and their parts live in typed arrays instead of an
 * object per step, and equal words are equal numbers, compared without a callback. The word diffs
 * of the finders run this once per pair of passages (hundreds of thousands of pairs in a folder of
 * republished wire copy), where the package's objects and callbacks cost most of the time.
 */

/** One part of a diff: `count` items kept, added (from the second sequence) or removed (from the first). */
export const enum PartKind {
	Kept = 0,
	Added = 1,
	Removed = 2,
}

/** A diff's parts in order, as parallel lists. */
export interface Parts {
	kinds: PartKind[];
	counts: number[];
}

/** The growing store of parts, each pointing at the part before it on its path (−1 for none). */
class PartStore {
	kinds = new Uint8Array(64);
	counts = new Int32Array(64);
	previous = new Int32Array(64);
	size = 0;

	add(kind: PartKind, count: number, previous: number): number {
		if (this.size === this.kinds.length) {
			this.grow();
		}
		const index = this.size++;
		this.kinds[index] = kind;
		this.counts[index] = count;
		this.previous[index] = previous;
		return index;
	}

	private grow(): void {
		const length = this.kinds.length * 2;
		const kinds = new Uint8Array(length);
		const counts = new Int32Array(length);
		const previous = new Int32Array(length);
		kinds.set(this.kinds);
		counts.set(this.counts);
		previous.set(this.previous);
		[this.kinds, this.counts, this.previous] = [kinds, counts, previous];
	}
}

/**
 * The parts and paths of the diff under way, kept from one diff to the next (a diff of two
 * unrelated 40-word sentences stores thousands of parts; hundreds of thousands of diffs would
 * each grow their own). `diffNumbers` calls nothing that diffs again, so one set serves.
 */
const sharedStore = new PartStore();
let sharedPathOld = new Int32Array(256);
let sharedPathPart = new Int32Array(256);

/** A diagonal's best path is absent: pruned, or not reached yet. */
const none = -2;

/**
 * Diffs two sequences of numbers as `diffArrays(a, b)` diffs them, equal numbers being equal items.
 *
 * @param a The first ("old") sequence.
 * @param b The second ("new") sequence.
 * @returns The parts: kept, added (items of `b`) and removed (items of `a`), in order.
 */
export function diffNumbers(a: ArrayLike<number>, b: ArrayLike<number>): Parts {
	const oldLen = a.length;
	const newLen = b.length;
	const store = sharedStore;
	store.size = 0;
	// Paths by diagonal, from −(oldLen + newLen) to oldLen + newLen: where each reached in `a`
	// (`none` when it has no path) and its last part.
	const offset = oldLen + newLen + 1;
	if (sharedPathOld.length < 2 * offset + 1) {
		sharedPathOld = new Int32Array(2 * (2 * offset + 1));
		sharedPathPart = new Int32Array(2 * (2 * offset + 1));
	}
	const pathOld = sharedPathOld;
	const pathPart = sharedPathPart;
	pathOld.fill(none, 0, 2 * offset + 1);
	// The shared run a path at (oldPos, on `diagonal`) can follow, added to its parts: the `newPos` it ends at.
	const extractCommon = (diagonal: number): number => {
		let oldPos = pathOld[diagonal + offset];
		let newPos = oldPos - diagonal;
		let common = 0;
		while (newPos + 1 < newLen && oldPos + 1 < oldLen && a[oldPos + 1] === b[newPos + 1]) {
			newPos++;
			oldPos++;
			common++;
		}
		if (common > 0) {
			pathPart[diagonal + offset] = store.add(PartKind.Kept, common, pathPart[diagonal + offset]);
		}
		pathOld[diagonal + offset] = oldPos;
		return newPos;
	};
	// A path one step on from a path (where it reached in `a`, its last part), stored on `diagonal`.
	const step = (fromOld: number, last: number, diagonal: number, kind: PartKind): void => {
		const oldPos = fromOld + (kind === PartKind.Removed ? 1 : 0);
		let part: number;
		if (last >= 0 && store.kinds[last] === kind) {
			part = store.add(kind, store.counts[last] + 1, store.previous[last]);
		} else {
			part = store.add(kind, 1, last);
		}
		pathOld[diagonal + offset] = oldPos;
		pathPart[diagonal + offset] = part;
	};
	pathOld[offset] = -1;
	pathPart[offset] = -1;
	let newPos = extractCommon(0);
	if (pathOld[offset] + 1 >= oldLen && newPos + 1 >= newLen) {
		return partsOf(store, pathPart[offset]);
	}
	const maxEditLength = newLen + oldLen;
	let minDiagonal = -Infinity;
	let maxDiagonal = Infinity;
	for (let editLength = 1; editLength <= maxEditLength; editLength++) {
		for (let diagonal = Math.max(minDiagonal, -editLength); diagonal <= Math.min(maxDiagonal, editLength); diagonal += 2) {
			const removeOld = pathOld[diagonal - 1 + offset];
			const addOld = pathOld[diagonal + 1 + offset];
			const hasRemove = removeOld !== none;
			const hasAdd = addOld !== none;
			// No later diagonal reads the remove path: its diagonal is cleared, as the package clears it.
			const removePart = pathPart[diagonal - 1 + offset];
			if (hasRemove) {
				pathOld[diagonal - 1 + offset] = none;
			}
			let canAdd = false;
			if (hasAdd) {
				const addPathNewPos = addOld - diagonal;
				canAdd = 0 <= addPathNewPos && addPathNewPos < newLen;
			}
			const canRemove = hasRemove && removeOld + 1 < oldLen;
			if (!canAdd && !canRemove) {
				pathOld[diagonal + offset] = none;
				continue;
			}
			if (!canRemove || (canAdd && removeOld < addOld)) {
				step(addOld, pathPart[diagonal + 1 + offset], diagonal, PartKind.Added);
			} else {
				step(removeOld, removePart, diagonal, PartKind.Removed);
			}
			newPos = extractCommon(diagonal);
			const oldPos = pathOld[diagonal + offset];
			if (oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
				return partsOf(store, pathPart[diagonal + offset]);
			}
			if (oldPos + 1 >= oldLen) {
				maxDiagonal = Math.min(maxDiagonal, diagonal - 1);
			}
			if (newPos + 1 >= newLen) {
				minDiagonal = Math.max(minDiagonal, diagonal + 1);
			}
		}
	}
	// Not reached: an edit length of oldLen + newLen always ends the walk.
	throw new Error('diffNumbers: no path');
}

/** The parts of a path, first to last. */
function partsOf(store: PartStore, last: number): Parts {
	const kinds: PartKind[] = [];
	const counts: number[] = [];
	for (let part = last; part >= 0; part = store.previous[part]) {
		kinds.push(store.kinds[part] as PartKind);
		counts.push(store.counts[part]);
	}
	return { kinds: kinds.reverse(), counts: counts.reverse() };
}

/**
 * Words as numbers, equal words equal numbers, for `diffNumbers`: `the cat saw the dog` / `the
 * dog` → 0 1 2 0 3 / 0 3.
 *
 * @param a The first sequence's words.
 * @param b The second's.
 * @returns Each sequence as numbers.
 */
export function numbered(a: readonly string[], b: readonly string[]): [Int32Array, Int32Array] {
	const ids = new Map<string, number>();
	const number = (words: readonly string[]) => {
		const out = new Int32Array(words.length);
		for (let i = 0; i < words.length; i++) {
			let id = ids.get(words[i]);
			if (id === undefined) {
				id = ids.size;
				ids.set(words[i], id);
			}
			out[i] = id;
		}
		return out;
	};
	return [number(a), number(b)];
}
