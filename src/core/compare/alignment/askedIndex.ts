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
	 * The units whose last search scored one of `ids`, each once, in ascending order, and the
	 * lists read made exact again (units that no longer score them dropped).
	 */
	askersOf(ids: Iterable<number>): number[] {
		const found: number[] = [];
		for (const id of ids) {
			const listed = this.askers[id];
			if (!listed) {
				continue;
			}
			let kept = 0;
			for (const asker of listed) {
				this.grow(asker);
				// Once per reader: a unit listed twice (it dropped the candidate and took it again) is read once.
				if (this.marks[asker] & 2 || !this.lists[asker]?.includes(id)) {
					continue;
				}
				this.marks[asker] |= 2;
				listed[kept++] = asker;
				if (!(this.marks[asker] & 1)) {
					this.marks[asker] |= 1;
					found.push(asker);
				}
			}
			listed.length = kept;
			for (const asker of listed) {
				this.marks[asker] &= ~2;
			}
		}
		for (const asker of found) {
			this.marks[asker] = 0;
		}
		return found.sort((a, b) => a - b);
	}

	private grow(id: number): void {
		if (id >= this.marks.length) {
			const marks = new Uint8Array(Math.max(id + 1, this.marks.length * 2));
			marks.set(this.marks);
			this.marks = marks;
		}
	}
}
