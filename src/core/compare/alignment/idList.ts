/**
 * A list of unit (or article) ids in a typed array, emptied by `clear` and refilled without
 * allocating: V8 gives back a plain array's room when its length is set to 0, so a search that
 * empties and refills its list of 500 candidates for each of 35,000 passages grew it again from
 * nothing each time (six times slower, and most of what the search allocated).
 */
export class IdList {
	items: Int32Array;
	length = 0;

	constructor(capacity = 256) {
		this.items = new Int32Array(capacity);
	}

	push(id: number): void {
		if (this.length === this.items.length) {
			const items = new Int32Array(this.items.length * 2);
			items.set(this.items);
			this.items = items;
		}
		this.items[this.length++] = id;
	}

	clear(): void {
		this.length = 0;
	}

	/** The ids as a plain array (a copy). */
	toArray(): number[] {
		return Array.from(this.items.subarray(0, this.length));
	}
}
