import type { MatchTable } from './matchTable';

/**
 * Each unit's best score in each other article, in an open-addressing hash table of typed arrays
 * keyed by (unit, article number): grouping reads it twice per match, and a `Map` keyed by a
 * number past 2^31 boxes every key. Unit 3 matching units of article 7 at 0.41 and 0.66 has
 * best(3, 7) = 0.66; `isBest(3, 7, 0.66)` is true, `isBest(3, 7, 0.41)` false.
 */
export class BestScores {
	private readonly units: Int32Array;
	private readonly articles: Int32Array;
	private readonly scores: Float64Array;
	private readonly mask: number;

	/**
	 * @param matches Every unit's matches.
	 * @param articleOf Each unit's article number.
	 */
	constructor(matches: MatchTable, articleOf: readonly number[]) {
		let entries = 0;
		matches.forEach((_, list) => (entries += list.length));
		let size = 16;
		while (size < entries * 2) {
			size *= 2;
		}
		this.units = new Int32Array(size).fill(-1);
		this.articles = new Int32Array(size);
		this.scores = new Float64Array(size);
		this.mask = size - 1;
		matches.forEach((unit, list) => {
			for (let i = 0; i < list.length; i++) {
				const slot = this.slot(unit, articleOf[list.ids[i]]);
				if (list.scores[i] > this.scores[slot]) {
					this.scores[slot] = list.scores[i];
				}
			}
		});
	}

	/** Whether a score is a unit's best (and above 0) in an article. */
	isBest(unit: number, article: number, score: number): boolean {
		const best = this.scores[this.slot(unit, article)];
		return best > 0 && best === score;
	}

	/** The slot of a key: its own, or a free one taken for it (score 0). */
	private slot(unit: number, article: number): number {
		let at = (Math.imul(unit, 0x9e3779b1) ^ Math.imul(article + 1, 0x85ebca6b)) & this.mask;
		for (;;) {
			const held = this.units[at];
			if (held === -1) {
				this.units[at] = unit;
				this.articles[at] = article;
				return at;
			}
			if (held === unit && this.articles[at] === article) {
				return at;
			}
			at = (at + 1) & this.mask;
		}
	}
}
