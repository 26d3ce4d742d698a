import type { MatchTable } from './matchTable';

/**
 * For each match of each unit, whether it is the unit's best score in the other's article, and
 * whether it is the other's best score in the unit's article: grouping reads both for every
 * match. Worked out one article at a time, with two tables of scores by article and by unit
 * reused from one article to the next (a hash table keyed by unit and article, for the ten
 * million matches of a folder of 1,000 look-alike articles, cost a seventh of an edit).
 *
 * Example: unit 3 (article 0) matching units 7 and 8 of article 1 at 0.41 and 0.66, unit 7
 * matching nothing better in article 0: 3's match with 8 is its best in article 1, its match with
 * 7 is not, and it is 7's best in article 0.
 */
export class BestScores {
	private readonly offsets: Int32Array;
	private readonly flags: Uint8Array;

	/**
	 * @param matches Every unit's matches, kept symmetric (a → b at 0.8 and b → a at 0.8).
	 * @param unitsInOrder Each article's unit ids, one list per article.
	 * @param articleOf Each unit's article number.
	 * @param articles How many article numbers there are.
	 */
	constructor(matches: MatchTable, unitsInOrder: readonly (readonly number[])[], articleOf: readonly number[], articles: number) {
		this.offsets = new Int32Array(articleOf.length);
		let total = 0;
		for (const ids of unitsInOrder) {
			for (const id of ids) {
				this.offsets[id] = total;
				total += matches.get(id)?.length ?? 0;
			}
		}
		this.flags = new Uint8Array(total);
		// Per article number, the best score of the unit read (its row); per unit, its best score in the article read (its column).
		const byArticle = new Float64Array(articles);
		const byUnit = new Float64Array(articleOf.length);
		for (const ids of unitsInOrder) {
			// Matches are symmetric: the best score of unit b in this article is the highest score with which any unit of the article lists b.
			for (const id of ids) {
				const list = matches.get(id);
				for (let i = 0; list && i < list.length; i++) {
					byUnit[list.ids[i]] = Math.max(byUnit[list.ids[i]], list.scores[i]);
				}
			}
			for (const id of ids) {
				const list = matches.get(id);
				if (!list) {
					continue;
				}
				for (let i = 0; i < list.length; i++) {
					const article = articleOf[list.ids[i]];
					byArticle[article] = Math.max(byArticle[article], list.scores[i]);
				}
				const base = this.offsets[id];
				for (let i = 0; i < list.length; i++) {
					const score = list.scores[i];
					const own = score > 0 && byArticle[articleOf[list.ids[i]]] === score ? 1 : 0;
					const other = score > 0 && byUnit[list.ids[i]] === score ? 2 : 0;
					this.flags[base + i] = own | other;
				}
				for (let i = 0; i < list.length; i++) {
					byArticle[articleOf[list.ids[i]]] = 0;
				}
			}
			for (const id of ids) {
				const list = matches.get(id);
				for (let i = 0; list && i < list.length; i++) {
					byUnit[list.ids[i]] = 0;
				}
			}
		}
	}

	/** Whether a unit's i-th match is its best score in that match's article. */
	isBestOf(unit: number, i: number): boolean {
		return (this.flags[this.offsets[unit] + i] & 1) !== 0;
	}

	/** Whether a unit is its i-th match's best score in the unit's article. */
	isBestFor(unit: number, i: number): boolean {
		return (this.flags[this.offsets[unit] + i] & 2) !== 0;
	}
}
