import { MatchList } from './matchList';
import { Mirrors } from './mirrors';

/**
 * Room made ahead, in two shared arrays, for the lists a fresh matching will make
 * (`MatchTable.reserve`): tens of thousands of lists each grown by doubling would allocate their
 * arrays five or six times. Unit `id`'s room is `starts[id]` to `starts[id + 1]`.
 *
 * Example: capacities [2, 0, 3] give starts [0, 2, 2, 5]: unit 0's list is a view of places 0-1,
 * unit 2's of places 2-4, and unit 1 has no room (a list of its own if it gets one).
 */
export class ListRoom {
	private readonly ids: Int32Array;
	private readonly scores: Float64Array;
	private readonly starts: Int32Array;
	/** Each match's place in the other unit's list (`Mirrors`). */
	readonly mirrors: Mirrors;

	/** @param capacities At most `capacities[id]` matches for unit `id`. */
	constructor(capacities: Int32Array) {
		const starts = new Int32Array(capacities.length + 1);
		for (let id = 0; id < capacities.length; id++) {
			starts[id + 1] = starts[id] + capacities[id];
		}
		this.ids = new Int32Array(starts[capacities.length]);
		this.scores = new Float64Array(starts[capacities.length]);
		this.starts = starts;
		this.mirrors = new Mirrors(starts);
	}

	/** A new, empty list for a unit in its room, or undefined when it has none. */
	listFor(id: number): MatchList | undefined {
		const starts = this.starts;
		const start = id + 1 < starts.length ? starts[id] : 0;
		const end = id + 1 < starts.length ? starts[id + 1] : 0;
		return end > start ? new MatchList(0, { ids: this.ids.subarray(start, end), scores: this.scores.subarray(start, end) }) : undefined;
	}
}

/**
 * Copies every list into two arrays just long enough for all, each list a view of its part, so
 * that the room they were made in can be let go: lists [9, 12] (room for 5) and [3] (room for 4)
 * become views of [9, 12, 3], places 0-1 and 2.
 */
export function packLists(lists: readonly (MatchList | undefined)[]): void {
	let total = 0;
	for (const list of lists) {
		total += list?.length ?? 0;
	}
	const ids = new Int32Array(total);
	const scores = new Float64Array(total);
	let at = 0;
	for (const list of lists) {
		if (list && list.length > 0) {
			ids.set(list.ids.subarray(0, list.length), at);
			scores.set(list.scores.subarray(0, list.length), at);
			list.ids = ids.subarray(at, at + list.length);
			list.scores = scores.subarray(at, at + list.length);
			at += list.length;
		}
	}
}
