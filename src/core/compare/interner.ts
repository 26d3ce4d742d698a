/**
 * Numbers objects by a key of what a reader of them looks at, so that objects alike in it share
 * one number: "27%" of one article and "27 percent" of another are one figure class, two token
 * lists of the same words are one wording. Each object's number is kept beside it (weakly), so its
 * key is built once. Numbers run from 0 in the order keys were first met.
 */
export class Interner<T extends object> {
	private readonly numberOf = new WeakMap<T, number>();
	private readonly numbers = new Map<string, number>();

	/** @param keyOf What makes two objects alike ("kind|unit|value|…"). */
	constructor(private readonly keyOf: (item: T) => string) {}

	/** The number of `item`'s key, given to the first object met with that key. */
	idOf(item: T): number {
		let id = this.numberOf.get(item);
		if (id === undefined) {
			const key = this.keyOf(item);
			id = this.numbers.get(key);
			if (id === undefined) {
				id = this.numbers.size;
				this.numbers.set(key, id);
			}
			this.numberOf.set(item, id);
		}
		return id;
	}
}
