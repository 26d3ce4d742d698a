/** Summaries the collator calls equal share one place. */
interface Place {
	text: string;
	place: number;
}

/**
 * Summaries in the order a collator gives them, kept across calls: `finalize` orders the
 * discrepancies of one rank by their summaries, and the editor's comparison finalizes nearly the
 * same thousands of summaries after every edit. Each summary gets a place once (a few new ones
 * are placed by halving), and sorting compares places, not strings. Places compare as the
 * collator does, equal for summaries it calls equal, so a stable sort by place gives what a
 * stable sort by the collator gives.
 *
 * Example: "Toll: 12 vs 14" and "Toll: 9 vs 14" placed once; an edit that adds "Toll: 10 vs 14"
 * places that one between them with a few comparisons.
 */
export class SummaryOrder {
	private places: Place[] = [];
	private byText = new Map<string, Place>();

	constructor(private readonly collator: Intl.Collator) {}

	/**
	 * Gives every summary a place.
	 *
	 * @returns The place of each summary given, in order.
	 */
	placesOf(summaries: readonly string[]): number[] {
		// Forgotten now and then: the summaries of drafts gone would otherwise pile up over an editing session.
		if (this.byText.size > 4 * summaries.length + 20_000) {
			this.places = [];
			this.byText = new Map();
		}
		const fresh = [...new Set(summaries.filter((summary) => !this.byText.has(summary)))];
		if (fresh.length > 0) {
			this.insert(fresh);
		}
		return summaries.map((summary) => this.byText.get(summary)!.place);
	}

	private insert(fresh: string[]): void {
		const compare = this.collator.compare;
		fresh.sort(compare);
		const places = this.places;
		if (fresh.length * 16 < places.length) {
			// A few: each found by halving.
			for (const text of fresh) {
				let low = 0;
				let high = places.length;
				while (low < high) {
					const middle = (low + high) >>> 1;
					if (compare(places[middle].text, text) < 0) {
						low = middle + 1;
					} else {
						high = middle;
					}
				}
				if (low < places.length && compare(places[low].text, text) === 0) {
					this.byText.set(text, places[low]);
				} else {
					const place = { text, place: 0 };
					places.splice(low, 0, place);
					this.byText.set(text, place);
				}
			}
		} else {
			// Many: merged in one walk.
			const merged: Place[] = [];
			let i = 0;
			for (const text of fresh) {
				while (i < places.length && compare(places[i].text, text) < 0) {
					merged.push(places[i++]);
				}
				const last = merged[merged.length - 1];
				if (i < places.length && compare(places[i].text, text) === 0) {
					this.byText.set(text, places[i]);
				} else if (last !== undefined && compare(last.text, text) === 0) {
					// Equal to a summary placed just before it in this walk (the old ones before it compare lower).
					this.byText.set(text, last);
				} else {
					const place = { text, place: 0 };
					merged.push(place);
					this.byText.set(text, place);
				}
			}
			while (i < places.length) {
				merged.push(places[i++]);
			}
			this.places = merged;
		}
		this.places.forEach((place, n) => (place.place = n));
	}
}
