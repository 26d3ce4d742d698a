import type { FeatureIndex } from './featureIndex';
import { coarseCount } from './rarity';
import { IdList } from './idList';
import type { UnitTable } from './types';

/**
 * Posting lists longer than this are left out of candidate search: their words are everywhere
 * ("grain" in a folder about a grain deal) and rarer features find the same passages. When a
 * passage has nothing rarer, only this many entries of its rarest lists are read. This bound is
 * what keeps matching one passage independent of the folder's size.
 */
export const maxPostings = 128;

/**
 * The lists a passage short of rare features reads the newest entries of: its three shortest, of
 * two as long the one it holds first. Features with lists of 300, 140, 900 and 140 entries read
 * the second, the fourth and the first. Lengths are read as weights read them (`coarseCount`):
 * lists of 900 and 910 entries are as long, so the one held first goes first. Read exactly, an
 * edit that turns one "14%" into "15%" lengthens the list of "15%" by one and can change which
 * lists thousands of passages would read, each searched again to find what it found before (a
 * folder of 1,000 generated articles: 5,300 passages after such an edit); read coarsely, what a
 * passage reads changes only when a list's length moves to another step, and then its weight
 * changes too and every passage that holds it is searched again anyway.
 */
export function rarestLists(features: Iterable<number>, postings: readonly (readonly number[])[]): number[] {
	// The three kept shortest first, by a walk rather than a sort.
	const picked: number[] = [];
	const lengths: number[] = [];
	for (const feature of features) {
		const length = coarseCount(postings[feature].length);
		// A list as long as one picked stays after it: the one held first goes first.
		let place = picked.length;
		while (place > 0 && lengths[place - 1] > length) {
			place--;
		}
		if (place < 3) {
			picked.splice(place, 0, feature);
			lengths.splice(place, 0, length);
			if (picked.length > 3) {
				picked.pop();
				lengths.pop();
			}
		}
	}
	return picked;
}

/**
 * The candidates of one passage with their partial scores, read from the posting lists of its
 * features: the sum of the squared weights of the features they share (a passage sharing "port"
 * (4.7) and "strike" (3.1) scores 31.7), in the order met.
 */
export class PartialScores {
	/** Partial scores of the candidates of the unit being matched, by unit id (0 elsewhere). */
	scores = new Float64Array(0);
	/** The candidates, in the order met. */
	readonly candidates = new IdList();
	/** The lists the last `gather` read only the newest entries of (undefined: it read every rare list whole). */
	rarest: number[] | undefined;

	constructor(
		private readonly table: UnitTable,
		private readonly index: FeatureIndex,
	) {}

	/** Lists the candidates of a unit of `own` article with their partial scores, in the order met (`candidates`, `scores`). */
	gather(features: Int32Array, own: number): void {
		const { postings } = this.index;
		const articles = this.table.unitArticles;
		const partial = this.room();
		const candidates = this.candidates;
		candidates.clear();
		const visit = (feature: number, from: number) => {
			const list = postings[feature];
			const weight = this.index.weight(feature);
			const squared = weight * weight;
			for (let i = from; i < list.length; i++) {
				const other = list[i];
				const article = articles[other];
				if (article >= 0 && article !== own) {
					if (partial[other] === 0) {
						candidates.push(other);
					}
					partial[other] += squared;
				}
			}
		};
		let searchable = 0;
		for (const feature of features) {
			if (postings[feature].length <= maxPostings) {
				searchable++;
			}
		}
		this.rarest = undefined;
		if (searchable >= 3) {
			for (const feature of features) {
				if (postings[feature].length <= maxPostings) {
					visit(feature, 0);
				}
			}
		} else {
			// Every feature common? Read the newest entries of the rarest few, so that no passage goes unmatched.
			this.rarest = rarestLists(features, postings);
			for (const feature of this.rarest) {
				visit(feature, Math.max(0, postings[feature].length - maxPostings));
			}
		}
	}

	/**
	 * Calls `flag` with each unit (of another article) whose search would now meet one of some
	 * new units at a partial score at or above the cut-off of its last search: a new sentence
	 * sharing "port" and "strike" with a passage whose 32nd best candidate shared more is never
	 * scored exactly by its search, and leaves its result as it was. The partial score is summed
	 * from the new unit's side, in another order than the search's, so a hair below the cut-off
	 * counts as at it.
	 *
	 * @param added The new units.
	 * @param cutoffs Per unit, the cut-off of its last search (undefined: flagged).
	 */
	reachedBy(added: readonly number[], cutoffs: readonly (number | undefined)[], flag: (id: number) => void): void {
		const { postings } = this.index;
		const articles = this.table.unitArticles;
		const partial = this.room();
		const met = this.candidates;
		for (const id of added) {
			const own = articles[id];
			if (own < 0) {
				continue;
			}
			met.clear();
			for (const feature of this.index.unitFeatures[id]!.ids) {
				const list = postings[feature];
				if (list.length > maxPostings) {
					continue;
				}
				const weight = this.index.weight(feature);
				const squared = weight * weight;
				for (const other of list) {
					const article = articles[other];
					if (article >= 0 && article !== own) {
						if (partial[other] === 0) {
							met.push(other);
						}
						partial[other] += squared;
					}
				}
			}
			for (let i = 0; i < met.length; i++) {
				const other = met.items[i];
				const cutoff = cutoffs[other];
				if (cutoff === undefined || partial[other] >= cutoff * (1 - 1e-9)) {
					flag(other);
				}
				partial[other] = 0;
			}
		}
		met.clear();
	}

	/** `scores`, with room for every unit id. */
	private room(): Float64Array {
		const units = this.table.unitArticles.length;
		if (this.scores.length < units) {
			this.scores = new Float64Array(Math.max(units, this.scores.length * 2));
		}
		return this.scores;
	}
}
