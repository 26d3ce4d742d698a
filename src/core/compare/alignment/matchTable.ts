/**
 * The matches of one unit: other units and their scores, in the order first made, in typed
 * arrays (a folder of 2,000 articles holds a million matches; a `Map` entry, or an array of
 * boxed numbers, costs several times the 12 bytes of an id and a score).
 */
export class MatchList {
	ids = new Int32Array(4);
	scores = new Float64Array(4);
	length = 0;

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

	get(id: number): MatchList | undefined {
		return this.lists[id];
	}

	/** Sets one side of a match: a new one goes last, a known one keeps its place (as a `Map` would). */
	note(from: number, to: number, score: number): void {
		let list = this.lists[from];
		if (!list) {
			list = new MatchList();
			this.lists[from] = list;
			this.places[from] = this.order.length;
			this.order.push(from);
			this.count++;
		}
		const at = list.indexOf(to);
		if (at >= 0) {
			list.scores[at] = score;
		} else {
			list.push(to, score);
		}
	}

	/** Removes one side of a match. */
	unnote(from: number, to: number): void {
		const list = this.lists[from];
		const at = list?.indexOf(to) ?? -1;
		if (at >= 0) {
			list!.removeAt(at);
		}
	}

	/** Forgets a unit's list. */
	delete(id: number): void {
		if (this.lists[id]) {
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
	 * Forgets the matches a unit's own search chose, but those the other side chose too: 3 chose
	 * [9, 12] and 9 chose [3], so 3–12 goes and 3–9 stays.
	 *
	 * @param chosen Per unit, what its own last search chose.
	 */
	dropChoices(id: number, chosen: readonly (readonly number[] | undefined)[]): void {
		for (const other of chosen[id] ?? []) {
			if (!chosen[other]?.includes(id)) {
				this.unnote(id, other);
				this.unnote(other, id);
			}
		}
	}

	clear(): void {
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

	/** Gives back the lists' spare room. */
	trim(): void {
		for (const list of this.lists) {
			list?.trim();
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
export function inChoiceOrder(unitsInOrder: readonly (readonly number[])[], chosen: readonly (readonly number[] | undefined)[], matches: MatchTable): MatchTable {
	const ordered = new MatchTable();
	for (const ids of unitsInOrder) {
		for (const id of ids) {
			const own = matches.get(id);
			for (const other of chosen[id] ?? []) {
				const score = own!.scores[own!.indexOf(other)];
				ordered.note(id, other, score);
				ordered.note(other, id, score);
			}
		}
	}
	return ordered;
}
