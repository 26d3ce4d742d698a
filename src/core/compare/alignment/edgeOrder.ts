import { sortEdges } from './grouping';

/**
 * Every edge of the editor's grouping, in the order grouping takes them (`sortEdges`: strongest
 * first, ties in the folder's order of a, then of b), kept between edits. An edit reads a few
 * units' edges again (`PairReading.readPairs`): their old edges go and their new ones are merged
 * in, and the edges of the units grouped again are read out in order, not sorted anew (at 1,000
 * articles an edit regroups a set of 5,000 passages and 190,000 edges).
 *
 * Example: edges [x–y 0.9, y–z 0.5] and unit z read again with a new edge z–w 0.7 give
 * [x–y 0.9, z–w 0.7], y–z gone if z was its first unit.
 *
 * An edge kept keeps its place: its units were not read again, so neither their ranks nor the
 * score moved (a unit whose rank moves is read again, with the units it matches).
 */
export class EdgeOrder {
	/** Edge i: its first unit, the other and the score, in order. */
	a: Int32Array = new Int32Array(0);
	b: Int32Array = new Int32Array(0);
	scores: Float64Array = new Float64Array(0);
	length = 0;
	/** Arrays written over at the next update. */
	private spare: EdgeArrays = { a: new Int32Array(0), b: new Int32Array(0), scores: new Float64Array(0) };

	/**
	 * Drops the edges whose first unit is marked in `dropped`, and merges in the rows of `ids`
	 * (each row: the other unit and the score, by turns, the unit being first of each).
	 */
	update(dropped: Uint8Array, ids: readonly number[], rows: readonly (readonly number[] | undefined)[], ranks: readonly number[]): void {
		const newA: number[] = [];
		const newB: number[] = [];
		const newScores: number[] = [];
		for (const id of ids) {
			const row = rows[id];
			for (let i = 0; row && i < row.length; i += 2) {
				newA.push(id);
				newB.push(row[i]);
				newScores.push(row[i + 1]);
			}
		}
		const added = sortEdges(newA, newB, newScores, ranks);
		const size = this.length + added.length;
		if (this.spare.a.length < size) {
			const room = Math.max(size, Math.ceil(this.spare.a.length * 1.5));
			this.spare = { a: new Int32Array(room), b: new Int32Array(room), scores: new Float64Array(room) };
		}
		// The old edges kept, copied run by run into the spare arrays (a run ends at an edge dropped).
		const kept = this.spare;
		let n = 0;
		let run = 0;
		const copy = (from: EdgeArrays, to: EdgeArrays, start: number, end: number, at: number) => {
			// A short run one by one: three views made per run would cost more (an edit drops edges here and there).
			if (end - start < shortRun) {
				for (let i = start, j = at; i < end; i++, j++) {
					to.a[j] = from.a[i];
					to.b[j] = from.b[i];
					to.scores[j] = from.scores[i];
				}
				return;
			}
			to.a.set(from.a.subarray(start, end), at);
			to.b.set(from.b.subarray(start, end), at);
			to.scores.set(from.scores.subarray(start, end), at);
		};
		const old: EdgeArrays = { a: this.a, b: this.b, scores: this.scores };
		for (let i = 0; i < this.length; i++) {
			if (dropped[old.a[i]]) {
				copy(old, kept, run, i, n);
				n += i - run;
				run = i + 1;
			}
		}
		copy(old, kept, run, this.length, n);
		n += this.length - run;
		if (old.a.length < n + added.length) {
			const room = Math.max(n + added.length, Math.ceil(old.a.length * 1.5));
			old.a = new Int32Array(room);
			old.b = new Int32Array(room);
			old.scores = new Float64Array(room);
		}
		// The new edges, each after the kept edges that go before it (found by halving), into the old arrays.
		const merged = old;
		let from = 0;
		let length = 0;
		for (const edge of added) {
			const score = newScores[edge];
			const rankA = ranks[newA[edge]];
			const rankB = ranks[newB[edge]];
			let low = from;
			let high = n;
			while (low < high) {
				const middle = (low + high) >>> 1;
				const before = kept.scores[middle] > score || (kept.scores[middle] === score && (ranks[kept.a[middle]] < rankA || (ranks[kept.a[middle]] === rankA && ranks[kept.b[middle]] < rankB)));
				if (before) {
					low = middle + 1;
				} else {
					high = middle;
				}
			}
			copy(kept, merged, from, low, length);
			length += low - from;
			from = low;
			merged.a[length] = newA[edge];
			merged.b[length] = newB[edge];
			merged.scores[length] = score;
			length++;
		}
		copy(kept, merged, from, n, length);
		length += n - from;
		this.spare = kept;
		this.a = merged.a;
		this.b = merged.b;
		this.scores = merged.scores;
		this.length = length;
	}

	/** The edges whose first unit is marked in `marked`, in order. */
	of(marked: Uint8Array): number[] {
		const edges: number[] = [];
		for (let i = 0; i < this.length; i++) {
			if (marked[this.a[i]]) {
				edges.push(i);
			}
		}
		return edges;
	}
}

/** Runs of edges shorter than this are copied one by one (`EdgeOrder.update`). */
const shortRun = 64;

/** Edges as three arrays: first unit, other unit, score. */
interface EdgeArrays {
	a: Int32Array;
	b: Int32Array;
	scores: Float64Array;
}
