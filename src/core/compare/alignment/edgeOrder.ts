import { sortEdges } from './grouping';

/**
 * Every edge of the editor's grouping, in the order grouping takes them (`sortEdges`: strongest
 * first, ties in the folder's order of a, then of b), kept between edits. An edit reads a few
 * units' edges again (`Regrouping.readPairs`): their old edges go and their new ones are merged
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
	a = new Int32Array(0);
	b = new Int32Array(0);
	scores = new Float64Array(0);
	length = 0;
	/** The arrays of the order before, written over at the next update. */
	private spare = { a: new Int32Array(0), b: new Int32Array(0), scores: new Float64Array(0) };

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
		const { a, b, scores } = this.spare;
		const oldA = this.a;
		const oldB = this.b;
		const oldScores = this.scores;
		let i = 0;
		let n = 0;
		const copyOld = () => {
			if (!dropped[oldA[i]]) {
				a[n] = oldA[i];
				b[n] = oldB[i];
				scores[n] = oldScores[i];
				n++;
			}
			i++;
		};
		for (const edge of added) {
			const score = newScores[edge];
			const rankA = ranks[newA[edge]];
			const rankB = ranks[newB[edge]];
			// The old edges before this one, and those dropped on the way (no old edge kept equals a new one: the new are of units read again).
			while (i < this.length && (dropped[oldA[i]] || oldScores[i] > score || (oldScores[i] === score && (ranks[oldA[i]] < rankA || (ranks[oldA[i]] === rankA && ranks[oldB[i]] < rankB))))) {
				copyOld();
			}
			a[n] = newA[edge];
			b[n] = newB[edge];
			scores[n] = score;
			n++;
		}
		while (i < this.length) {
			copyOld();
		}
		this.spare = { a: oldA, b: oldB, scores: oldScores };
		this.a = a;
		this.b = b;
		this.scores = scores;
		this.length = n;
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
