import { Mirrors } from './mirrors';

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

/**
 * Every unit's matches, by unit id, kept symmetric by the aligner (a → b at 0.8 and b → a at
 * 0.8), and read in the order the lists were first made, as a `Map` keeps its keys: the near
 * misses come out in this order.
 *
 * Example: `note(3, 9, 0.8)`, `note(9, 3, 0.8)`, `note(3, 12, 0.4)` gives the lists
 * 3 → [9, 12] and 9 → [3], visited 3 first.
 */
export class MatchTable {
	private readonly lists: (MatchList | undefined)[] = [];
	/** Unit ids in the order their lists were made; an id counts only at its place in `places`. */
	private order: number[] = [];
	private readonly places: number[] = [];
	private count = 0;
	/** Per unit id, a place + 1 in the list being noted (0 elsewhere). */
	private marks = new Int32Array(0);
	/**
	 * Whether to note which units' lists or choices change (`takeChanged`): the editor's grouping
	 * groups again only around those.
	 */
	trackChanges = false;
	private changedMarks = new Uint8Array(0);
	private changed: number[] = [];
	/** Room made by `reserve` for lists not made yet: unit `id`'s is `starts[id]` to `starts[id + 1]`. */
	private room: { ids: Int32Array; scores: Float64Array; starts: Int32Array; mirrors: Mirrors } | undefined;

	/** Notes that a unit's list, or what it chose, changed. */
	private touch(id: number): void {
		if (!this.trackChanges) {
			return;
		}
		if (id >= this.changedMarks.length) {
			const marks = new Uint8Array(Math.max(id + 1, this.changedMarks.length * 2));
			marks.set(this.changedMarks);
			this.changedMarks = marks;
		}
		if (!this.changedMarks[id]) {
			this.changedMarks[id] = 1;
			this.changed.push(id);
		}
	}

	/** The units whose lists or choices changed since the last call (with `trackChanges`). */
	takeChanged(): number[] {
		const changed = this.changed;
		for (const id of changed) {
			this.changedMarks[id] = 0;
		}
		this.changed = [];
		return changed;
	}

	get(id: number): MatchList | undefined {
		return this.lists[id];
	}

	/** Sets one side of a match: a new one goes last, a known one keeps its place (as a `Map` would). */
	note(from: number, to: number, score: number): void {
		this.touch(from);
		const list = this.listOf(from);
		const at = list.indexOf(to);
		if (at >= 0) {
			list.scores[at] = score;
		} else {
			list.push(to, score);
		}
	}

	/**
	 * Notes a unit's choices on both sides, as `note` does pair by pair, searching only the other
	 * side's list of a pair already known (3 chose 9 at 0.8 and 9's search had chosen 3 before).
	 */
	noteChoices(id: number, chosen: Int32Array | readonly number[], scores: Float64Array | readonly number[]): void {
		this.touch(id);
		let highest = Math.max(this.places.length, id + 1);
		for (const other of chosen) {
			this.touch(other);
			highest = Math.max(highest, other + 1);
		}
		const own = this.lists[id];
		if (highest > this.marks.length) {
			this.marks = new Int32Array(Math.max(highest, this.marks.length * 2));
		}
		const marks = this.marks;
		for (let i = 0; own && i < own.length; i++) {
			marks[own.ids[i]] = i + 1;
		}
		for (let i = 0; i < chosen.length; i++) {
			const other = chosen[i];
			const at = marks[other] - 1;
			if (at >= 0) {
				own!.scores[at] = scores[i];
				const mirror = this.room?.mirrors.of(id, at) ?? -1;
				if (mirror >= 0) {
					this.touch(other);
					this.lists[other]!.scores[mirror] = scores[i];
				} else {
					this.note(other, id, scores[i]);
				}
			} else {
				// Matches are symmetric: absent from this side, absent from the other.
				this.touch(other);
				const mine = this.lists[id] ?? this.listOf(id);
				const theirs = this.lists[other] ?? this.listOf(other);
				mine.push(other, scores[i]);
				theirs.push(id, scores[i]);
				this.room?.mirrors.link(id, mine.length - 1, other, theirs.length - 1);
			}
		}
		for (let i = 0; own && i < own.length; i++) {
			marks[own.ids[i]] = 0;
		}
	}

	/**
	 * Makes room ahead, in two shared arrays, for the lists a fresh matching will make: at most
	 * `capacities[id]` matches for unit `id` (what it chose and how often it was chosen). Tens of
	 * thousands of lists each grown by doubling would allocate their arrays five or six times.
	 */
	reserve(capacities: Int32Array): void {
		const starts = new Int32Array(capacities.length + 1);
		for (let id = 0; id < capacities.length; id++) {
			starts[id + 1] = starts[id] + capacities[id];
		}
		this.room = { ids: new Int32Array(starts[capacities.length]), scores: new Float64Array(starts[capacities.length]), starts, mirrors: new Mirrors(starts) };
	}

	/**
	 * Sets one side of a match the caller knows is new: it goes last, without a search of the list.
	 *
	 * @param capacity Room to make for the unit's matches when its list is new (when the caller knows how many there will be).
	 */
	append(from: number, to: number, score: number, capacity?: number): void {
		this.touch(from);
		this.listOf(from, capacity).push(to, score);
	}

	/** A unit's list, made (and placed last in the order) when it has none. */
	private listOf(id: number, capacity?: number): MatchList {
		let list = this.lists[id];
		if (!list) {
			this.grow(id);
			const room = this.room;
			const start = room && id + 1 < room.starts.length ? room.starts[id] : 0;
			const end = room && id + 1 < room.starts.length ? room.starts[id + 1] : 0;
			list = end > start ? new MatchList(0, { ids: room!.ids.subarray(start, end), scores: room!.scores.subarray(start, end) }) : new MatchList(capacity);
			this.lists[id] = list;
			this.places[id] = this.order.length;
			this.order.push(id);
			this.count++;
		}
		return list;
	}

	/** Removes one side of a match. */
	unnote(from: number, to: number): void {
		const list = this.lists[from];
		const at = list?.indexOf(to) ?? -1;
		if (at >= 0) {
			this.touch(from);
			this.room?.mirrors.invalidate();
			list!.removeAt(at);
		}
	}

	/** Forgets a unit's list. */
	delete(id: number): void {
		this.touch(id);
		if (this.lists[id]) {
			this.room?.mirrors.invalidate();
			this.lists[id] = undefined;
			this.places[id] = -1;
			this.count--;
			if (this.order.length > 2 * this.count + 1024) {
				this.order = this.order.filter((unit, place) => this.places[unit] === place);
				this.order.forEach((unit, place) => (this.places[unit] = place));
			}
		}
	}

	/** Forgets a unit's list and the other side of each of its matches. */
	deleteUnit(id: number): void {
		const list = this.lists[id];
		for (let i = 0; list && i < list.length; i++) {
			this.unnote(list.ids[i], id);
		}
		this.delete(id);
	}

	/**
	 * Whether a unit's matches already hold what a new search of it found: the same choices, in
	 * the same order, each noted at the score found.
	 *
	 * @param before What its last search chose.
	 */
	holdsChoices(id: number, before: readonly number[] | undefined, found: { chosen: readonly number[]; scores: readonly number[] }): boolean {
		const { chosen, scores } = found;
		const list = this.lists[id];
		if (!before || before.length !== chosen.length || (chosen.length > 0 && !list)) {
			return false;
		}
		return chosen.every((other, i) => {
			const at = before[i] === other ? list!.indexOf(other) : -1;
			return at >= 0 && list!.scores[at] === scores[i];
		});
	}

	/**
	 * Forgets the matches a unit's own search chose, but those the other side chose too: 3 chose
	 * [9, 12] and 9 chose [3], so 3–12 goes and 3–9 stays.
	 *
	 * @param chosen Per unit, what its own last search chose.
	 */
	dropChoices(id: number, chosen: readonly (readonly number[] | undefined)[]): void {
		this.touch(id);
		for (const other of chosen[id] ?? []) {
			this.touch(other);
			if (!chosen[other]?.includes(id)) {
				this.unnote(id, other);
				this.unnote(other, id);
			}
		}
	}

	/**
	 * Fills the tables by id up to `id`, in order: a unit chooses copies ten articles on (ids
	 * thousands ahead), and an array written that far past its end is kept as a dictionary by
	 * V8, each read a hash look-up, until it fills.
	 */
	private grow(id: number): void {
		const { lists, places } = this;
		while (lists.length <= id) {
			lists.push(undefined);
		}
		while (places.length <= id) {
			places.push(-1);
		}
	}

	clear(): void {
		this.room = undefined;
		this.lists.length = 0;
		this.order = [];
		this.places.length = 0;
		this.count = 0;
	}

	/** Visits every list in the order made. */
	forEach(visit: (id: number, list: MatchList) => void): void {
		const { order, places, lists } = this;
		for (let place = 0; place < order.length; place++) {
			const id = order[place];
			if (places[id] === place) {
				visit(id, lists[id]!);
			}
		}
	}

	/**
	 * Gives back the lists' spare room. After a `reserve`, every list is copied into two arrays
	 * just long enough for all (each list a view of its part), and the reserved room is let go.
	 */
	trim(): void {
		if (!this.room) {
			for (const list of this.lists) {
				list?.trim();
			}
			return;
		}
		this.room = undefined;
		let total = 0;
		for (const list of this.lists) {
			total += list?.length ?? 0;
		}
		const ids = new Int32Array(total);
		const scores = new Float64Array(total);
		let at = 0;
		for (const list of this.lists) {
			if (list && list.length > 0) {
				ids.set(list.ids.subarray(0, list.length), at);
				scores.set(list.scores.subarray(0, list.length), at);
				list.ids = ids.subarray(at, at + list.length);
				list.scores = scores.subarray(at, at + list.length);
				at += list.length;
			}
		}
	}
}

/**
 * The matches in the order a fresh aligner makes them: each unit, in the folder's order, notes
 * its own choices (and each chosen unit notes it back). The near misses come in this order, and
 * the finders that merge what they find keep the first of equals, so an aligner brought up to
 * date edit by edit must give them in the same order. Units [1, 2] where 1 chose 2 and 2 chose 1
 * give 1 → [2], 2 → [1], 1 first.
 *
 * @param unitsInOrder Each article's unit ids, the articles in the folder's order.
 * @param chosen Per unit, the units its own last search chose.
 * @param matches The matches, for their scores.
 */
export function inChoiceOrder(unitsInOrder: readonly (readonly number[])[], chosen: readonly (readonly number[] | undefined)[], matches: MatchTable, units: number): MatchTable {
	const ordered = new MatchTable();
	// Per unit: its place + 1 in the list of the unit being read (its score there), and whether it is
	// already in that unit's new list (marked with the unit's id + 1): no list is searched.
	const placeInOwn = new Int32Array(units);
	const noted = new Int32Array(units);
	for (const ids of unitsInOrder) {
		for (const id of ids) {
			const mine = chosen[id];
			if (!mine || mine.length === 0) {
				continue;
			}
			const own = matches.get(id)!;
			for (let i = 0; i < own.length; i++) {
				placeInOwn[own.ids[i]] = i + 1;
			}
			const mark = id + 1;
			const current = ordered.get(id);
			for (let i = 0; current && i < current.length; i++) {
				noted[current.ids[i]] = mark;
			}
			for (const other of mine) {
				// Noted already (the other chose this one first): with the same score, as matches are symmetric.
				if (noted[other] !== mark) {
					const score = own.scores[placeInOwn[other] - 1];
					// Each list ends as long as the unit's list in `matches` (the same matches, in another order): made that long at once.
					ordered.append(id, other, score, own.length);
					ordered.append(other, id, score, matches.get(other)!.length);
					noted[other] = mark;
				}
			}
			for (let i = 0; i < own.length; i++) {
				placeInOwn[own.ids[i]] = 0;
			}
		}
	}
	return ordered;
}
