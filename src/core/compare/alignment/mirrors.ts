/**
 * Where each match of a fresh matching stands in the other unit's list, beside the room reserved
 * for the lists (`MatchTable.reserve`): when unit 9 chooses unit 3, which chose 9 before, 9's
 * score is set in 3's list at once, not found by reading 3's list through. Verbatim copies make
 * this the common case (ten copies of a sentence each choose the nine others, each chosen back),
 * and a list of a folder of wire copy holds sixty matches.
 *
 * Valid while matches are only added: a removal moves entries (`invalidate`).
 */
export class Mirrors {
	/** Per place of the room (a unit's start plus its entry), the entry's place in the other's list; -1 unknown. */
	private readonly places: Int32Array;
	private valid = true;

	/** @param starts Unit `id`'s room is `starts[id]` to `starts[id + 1]`. */
	constructor(private readonly starts: Int32Array) {
		this.places = new Int32Array(starts[starts.length - 1]).fill(-1);
	}

	/** Notes that entry `at` of `a`'s list and entry `atB` of `b`'s list are one match. */
	link(a: number, at: number, b: number, atB: number): void {
		this.set(a, at, atB);
		this.set(b, atB, at);
	}

	/** The place in the other unit's list of entry `at` of `id`'s list, or -1 when not known. */
	of(id: number, at: number): number {
		return this.valid && at < this.room(id) ? this.places[this.starts[id] + at] : -1;
	}

	/** Entries moved: nothing is known any more. */
	invalidate(): void {
		this.valid = false;
	}

	private set(id: number, at: number, value: number): void {
		if (at < this.room(id)) {
			this.places[this.starts[id] + at] = value;
		}
	}

	/** How many entries unit `id`'s room holds. */
	private room(id: number): number {
		return id + 1 < this.starts.length ? this.starts[id + 1] - this.starts[id] : 0;
	}
}
