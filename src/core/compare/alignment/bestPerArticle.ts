import { IdList } from './idList';
import type { UnitTable } from './types';
import type { Vector, VectorSpace } from './vectors';

/** Below this, a pair is not even remembered as a near miss. */
const minRemembered = 0.12;

/**
 * The best match of one passage in each other article among the candidates scored so far.
 * Example: candidate 7 (article 2) at 0.5, then 9 (article 2) at 0.6 and 4 (article 5) at 0.3
 * keep 9 for article 2 and 4 for article 5, the articles found in the order [2, 5].
 */
export class BestPerArticle {
	/** Best score and unit so far in each article, by article number (0 elsewhere). */
	scores = new Float64Array(0);
	ids = new Int32Array(0);
	/** The articles that have a best, in the order found. */
	readonly found = new IdList(64);

	constructor(
		private readonly table: UnitTable,
		private readonly space: VectorSpace,
	) {}

	/** Starts a passage's search: no article found yet (the last one's scores cleared by the caller), room for every article number. */
	start(): void {
		this.found.clear();
		const articles = this.table.articleCount();
		if (this.scores.length < articles) {
			this.scores = new Float64Array(Math.max(articles, this.scores.length * 2));
			this.ids = new Int32Array(this.scores.length);
		}
	}

	/**
	 * Scores one candidate exactly and keeps it as its article's best when it beats the one kept.
	 * Verbatim copies of a passage share one vector (`VectorSpace.vector`): a cosine asked again
	 * is remembered on it.
	 */
	score(vector: Vector, other: number, article: number): void {
		const otherVector = this.space.vector(other);
		if (otherVector.lastAgainst !== vector) {
			otherVector.lastAgainst = vector;
			otherVector.lastCosine = this.space.cosine(vector, otherVector);
		}
		const score = otherVector.lastCosine;
		if (score >= minRemembered && score > this.scores[article]) {
			if (this.scores[article] === 0) {
				this.found.push(article);
			}
			this.scores[article] = score;
			this.ids[article] = other;
		}
	}
}
