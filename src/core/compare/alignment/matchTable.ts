import { ChangedUnits } from './changedUnits';
import { ListRoom, packLists } from './listRoom';
import { MatchList } from './matchList';

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
	/** The units whose lists or choices changed, while `trackChanges`. */
	private readonly changes = new ChangedUnits();
	/** Room made by `reserve` for lists not made yet. */
	private room: ListRoom | undefined;

	/**
	 * Whether to note which units' lists or choices change (`takeChanged`): the editor's grouping
	 * groups again only around those.
	 */
	get trackChanges(): boolean {
		return this.changes.enabled;
	}

	set trackChanges(on: boolean) {
		this.changes.enabled = on;
	}

	/** The units whose lists or choices changed since the last call (with `trackChanges`). */
	takeChanged(): number[] {
		return this.changes.take();
	}

	get(id: number): MatchList | undefined {
		return this.lists[id];
	}

	/** Sets one side of a match: a new one goes last, a known one keeps its place (as a `Map` would). */
	note(from: number, to: number, score: number): void {
		this.changes.touch(from);
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
		this.changes.touch(id);
		let highest = Math.max(this.places.length, id + 1);
		for (const other of chosen) {
			this.changes.touch(other);
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
					this.changes.touch(other);
					this.lists[other]!.scores[mirror] = scores[i];
				} else {
					this.note(other, id, scores[i]);
				}
			} else {
				// Matches are symmetric: absent from this side, absent from the other.
				this.changes.touch(other);
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
	 * Makes room ahead for the lists a fresh matching will make (`ListRoom`): at most
	 * `capacities[id]` matches for unit `id` (what it chose and how often it was chosen).
	 */
	reserve(capacities: Int32Array): void {
		this.room = new ListRoom(capacities);
	}

	/**
	 * Sets one side of a match the caller knows is new: it goes last, without a search of the list.
	 *
	 * @param capacity Room to make for the unit's matches when its list is new (when the caller knows how many there will be).
	 */
	append(from: number, to: number, score: number, capacity?: number): void {
		this.changes.touch(from);
		this.listOf(from, capacity).push(to, score);
	}

	/** A unit's list, made (and placed last in the order) when it has none. */
	private listOf(id: number, capacity?: number): MatchList {
		let list = this.lists[id];
		if (!list) {
			this.grow(id);
			list = this.room?.listFor(id) ?? new MatchList(capacity);
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
			this.changes.touch(from);
			this.room?.mirrors.invalidate();
			list!.removeAt(at);
		}
	}

	/** Forgets a unit's list. */
	delete(id: number): void {
		this.changes.touch(id);
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
		this.changes.touch(id);
		for (const other of chosen[id] ?? []) {
			this.changes.touch(other);
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
	 * Gives back the lists' spare room. After a `reserve`, the lists are packed (`packLists`) and
	 * the reserved room is let go.
	 */
	trim(): void {
		if (!this.room) {
			for (const list of this.lists) {
				list?.trim();
			}
			return;
		}
		this.room = undefined;
		packLists(this.lists);
	}
}
