/**
 * Per unit, the candidates its last search scored exactly (`SearchResult.asked`), and the reverse:
 * per unit, the units whose last search scored it. After an edit, the units to search again
 * because they scored a changed or gone unit are read from the few changed units' lists, not
 * from every unit's (a folder of 1,000 articles holds 40,000 lists of a few dozen each).
 *
 * Example: unit 4 scored [1, 2] and unit 5 scored [2]; an edit that changes unit 2 asks
 * `askersOf([2])` and gets [4, 5].
 */
export class AskedIndex {
	private readonly lists: (readonly number[] | undefined)[] = [];
	/**
	 * Per unit, units whose search scored it: every unit that did is listed, and some listed may
	 * no longer (their list changed since), which a read checks and drops.
	 */
	private readonly askers: (number[] | undefined)[] = [];
	private marks = new Uint8Array(0);
	/**
	 * `compact`'s own marks: it runs inside `askersOf`, whose marks say which askers were listed for
	 * the units read before, not which stand twice in this unit's list (read as duplicates, unit 4's
	 * asker 9, listed already for unit 2, was dropped from 4's askers for good).
	 */
	private compactMarks = new Uint8Array(0);
	/** Per unit, the length of its askers' list when last made exact (`compact`). */
	private readonly exactLengths: number[] = [];

	/** A unit's last list, or undefined. */
	get(id: number): readonly number[] | undefined {
		return this.lists[id];
	}

	/** Notes a unit's new list (undefined once the unit is gone). */
	set(id: number, list: readonly number[] | undefined): void {
		const old = this.lists[id];
		this.lists[id] = list;
		if (!list) {
			return;
		}
		// Only the candidates new to the list are noted: the others list the unit already.
		this.grow(id);
		for (const other of old ?? []) {
			this.grow(other);
			this.marks[other] = 1;
		}
		for (const other of list) {
			if (other >= this.marks.length || !this.marks[other]) {
				(this.askers[other] ??= []).push(id);
			}
		}
		for (const other of old ?? []) {
			this.marks[other] = 0;
		}
	}

	/**
	 * The units whose last search scored one of `ids`, each once, in ascending order.
	 *
	 * @param ids The units scored.
	 * @param among Whether a unit is one of `ids` (each candidate unit's list is checked with it once).
	 */
	askersOf(ids: Iterable<number>, among: (id: number) => boolean): number[] {
		const listed: number[] = [];
		for (const id of ids) {
			const askers = this.askers[id];
			if (!askers) {
				continue;
			}
			this.compact(id, askers);
			for (const asker of askers) {
				this.grow(asker);
				if (!this.marks[asker]) {
					this.marks[asker] = 1;
					listed.push(asker);
				}
			}
		}
		for (const asker of listed) {
			this.marks[asker] = 0;
		}
		// Listed but no longer scoring any of them (its list changed since): left out.
		return listed.filter((asker) => this.lists[asker]?.some(among) === true).sort((a, b) => a - b);
	}

	/**
	 * Drops from a unit's askers those that no longer score it, when the list has doubled since it
	 * was last made exact: each entry is checked a bounded number of times, not at every read.
	 */
	private compact(id: number, askers: number[]): void {
		if (askers.length <= 2 * (this.exactLengths[id] ?? 0) + 8) {
			return;
		}
		let kept = 0;
		const marks = this.compactMarksFor(askers);
		for (const asker of askers) {
			if (!marks[asker] && this.lists[asker]?.includes(id)) {
				marks[asker] = 1;
				askers[kept++] = asker;
			}
		}
		askers.length = kept;
		for (const asker of askers) {
			marks[asker] = 0;
		}
		this.exactLengths[id] = kept;
	}

	/** `compactMarks`, with room for every unit of a list. */
	private compactMarksFor(askers: readonly number[]): Uint8Array {
		let highest = 0;
		for (const asker of askers) {
			highest = Math.max(highest, asker);
		}
		if (highest >= this.compactMarks.length) {
			const marks = new Uint8Array(Math.max(highest + 1, this.compactMarks.length * 2));
			this.compactMarks = marks;
		}
		return this.compactMarks;
	}

	private grow(id: number): void {
		if (id >= this.marks.length) {
			const marks = new Uint8Array(Math.max(id + 1, this.marks.length * 2));
			marks.set(this.marks);
			this.marks = marks;
		}
	}
}
