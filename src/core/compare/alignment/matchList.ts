/**
 * The matches of one unit: other units and their scores, in the order first made, in typed
 * arrays (a folder of 2,000 articles holds a million matches; a `Map` entry, or an array of
 * boxed numbers, costs several times the 12 bytes of an id and a score).
 */
export class MatchList {
	ids: Int32Array;
	scores: Float64Array;
	length = 0;

	/**
	 * @param capacity Room for this many matches before the arrays grow.
	 * @param room Arrays to fill instead (views of a table's shared room, `MatchTable.reserve`).
	 */
	constructor(capacity = 4, room?: { ids: Int32Array; scores: Float64Array }) {
		this.ids = room?.ids ?? new Int32Array(capacity);
		this.scores = room?.scores ?? new Float64Array(capacity);
	}

	/** The place of a unit in the list, or -1. */
	indexOf(id: number): number {
		const ids = this.ids;
		for (let i = 0; i < this.length; i++) {
			if (ids[i] === id) {
				return i;
			}
		}
		return -1;
	}

	push(id: number, score: number): void {
		if (this.length === this.ids.length) {
			const ids = new Int32Array(Math.max(4, this.length * 2));
			ids.set(this.ids);
			const scores = new Float64Array(ids.length);
			scores.set(this.scores);
			this.ids = ids;
			this.scores = scores;
		}
		this.ids[this.length] = id;
		this.scores[this.length++] = score;
	}

	removeAt(at: number): void {
		this.ids.copyWithin(at, at + 1, this.length);
		this.scores.copyWithin(at, at + 1, this.length);
		this.length--;
	}

	/** Gives back the room beyond the entries (once a matching is done). */
	trim(): void {
		if (this.ids.length > this.length && this.length > 0) {
			this.ids = this.ids.slice(0, this.length);
			this.scores = this.scores.slice(0, this.length);
		}
	}
}
