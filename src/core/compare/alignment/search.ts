import type { FeatureIndex, NumberedFeatures } from './featureIndex';
import { copyCutoffs } from './copyCutoffs';
import { IdList } from './idList';
import { ChoiceBuffer, type PackedChoices } from './packedChoices';
import { nthLargest } from './selection';
import type { UnitTable } from './types';
import type { Vector, VectorSpace } from './vectors';

/**
 * Posting lists longer than this are left out of candidate search: their words are everywhere
 * ("grain" in a folder about a grain deal) and rarer features find the same passages. When a
 * passage has nothing rarer, only this many entries of its rarest lists are read. This bound is
 * what keeps matching one passage independent of the folder's size.
 */
export const maxPostings = 128;

/** Candidates that get an exact score after the index search, over all other articles. */
const maxCandidates = 32;

/** Below this, a pair is not even remembered as a near miss. */
const minRemembered = 0.12;

/** What one passage's search found. */
export interface SearchResult {
	/** Its best match in each other article that has one (score ≥ 0.12), in the order first found. */
	chosen: number[];
	/** Their scores. */
	scores: number[];
	/** The candidates that got an exact score (their scores are what the result depends on), when asked for. */
	asked: number[] | undefined;
	/** The least partial score scored exactly (0 when every candidate was): a new candidate below it changes nothing. */
	cutoff: number;
	/** The lists read when only their newest entries were (fewer than three rare features: the rarest three), else undefined. */
	rarest: number[] | undefined;
}

/**
 * The search for one passage's best match in every other article. The posting lists of its
 * features give candidates with a partial score (the sum of the squared weights of the features
 * they share: a passage sharing "port" (4.7) and "strike" (3.1) scores 31.7); the 32 best of them
 * get an exact cosine, and the best of each article is kept. Ties at the cut-off go to the
 * candidates first met, which is the folder's order.
 */
export class CandidateSearch {
	/** Partial scores of the candidates of the unit being matched, by unit id (0 elsewhere). */
	private partial = new Float64Array(0);
	private selection: Float64Array = new Float64Array(0);
	/** Best score and unit so far in each article, by article number (0 elsewhere). */
	private bestScores = new Float64Array(0);
	private bestIds = new Int32Array(0);
	private readonly candidates = new IdList();
	private readonly articlesFound = new IdList(64);
	/** The candidates a group of copies met, and their partial scores (`searchAll`). */
	private met = new Int32Array(0);
	private metScores = new Float64Array(0);
	/** A count per article number, -1 between uses (`copyCutoffs`). */
	private tally = new Int32Array(0);
	/** The lists the last `gather` read only the newest entries of (undefined: it read every rare list whole). */
	private rarest: number[] | undefined;

	constructor(
		private readonly table: UnitTable,
		private readonly index: FeatureIndex,
		private readonly space: VectorSpace,
	) {}

	/**
	 * Finds the best match of one unit in every other article.
	 *
	 * @param id The unit.
	 * @param keepAsked Whether to list the candidates scored exactly (an incremental aligner's bookkeeping).
	 */
	search(id: number, keepAsked: boolean): SearchResult {
		this.gather(this.index.unitFeatures[id]!.ids, this.table.unitArticles[id]);
		return this.choose(id, keepAsked);
	}

	/**
	 * `search` for every unit of a list, the results in the list's order, packed in typed arrays
	 * (`packedChoices.ts`). Verbatim copies of a passage (one
	 * wire story in ten files) share their numbered features (`FeatureIndex.featuresOf`) and so
	 * meet the same candidates with the same partial scores, but for those of their own article:
	 * their posting lists are read once for all of them, and each leaves out its own article's
	 * passages from what was read, in the order met.
	 */
	searchAll(ids: readonly number[]): PackedChoices {
		const copiesOf = new Map<NumberedFeatures, number[]>();
		ids.forEach((id, at) => {
			const features = this.index.unitFeatures[id]!;
			const copies = copiesOf.get(features);
			if (copies) {
				copies.push(at);
			} else {
				copiesOf.set(features, [at]);
			}
		});
		// Each place's choices, in the order searched; then laid out in the list's order.
		const ranges = new Int32Array(2 * ids.length);
		const out = new ChoiceBuffer();
		const articles = this.table.unitArticles;
		for (const [features, places] of copiesOf) {
			if (places.length === 1) {
				this.gather(features.ids, articles[ids[places[0]]]);
				this.chooseInto(ids[places[0]], undefined);
				ranges[2 * places[0]] = out.length;
				out.take(this.articlesFound, this.bestIds, this.bestScores);
				ranges[2 * places[0] + 1] = out.length;
				continue;
			}
			this.gather(features.ids, -1);
			// What the copies met, with its partial scores, in buffers reused from group to group.
			const count = this.candidates.length;
			if (this.met.length < count) {
				this.met = new Int32Array(Math.max(count, this.met.length * 2));
				this.metScores = new Float64Array(this.met.length);
			}
			const { met, metScores: scores } = this;
			for (let i = 0; i < count; i++) {
				const other = this.candidates.items[i];
				met[i] = other;
				scores[i] = this.partial[other];
				this.partial[other] = 0;
			}
			const owns = places.map((at) => articles[ids[at]]);
			const plan = copyCutoffs(met, scores, count, articles, owns, maxCandidates, this.tallyFor());
			if (plan) {
				places.forEach((at, p) => {
					this.chooseAmongMet(ids[at], owns[p], count, plan.cutoffs[p], plan.ties[p]);
					ranges[2 * at] = out.length;
					out.take(this.articlesFound, this.bestIds, this.bestScores);
					ranges[2 * at + 1] = out.length;
				});
				continue;
			}
			for (const at of places) {
				const own = articles[ids[at]];
				const candidates = this.candidates;
				candidates.clear();
				for (let i = 0; i < count; i++) {
					if (articles[met[i]] !== own) {
						candidates.push(met[i]);
						this.partial[met[i]] = scores[i];
					}
				}
				this.chooseInto(ids[at], undefined);
				ranges[2 * at] = out.length;
				out.take(this.articlesFound, this.bestIds, this.bestScores);
				ranges[2 * at + 1] = out.length;
			}
		}
		return out.inOrder(ranges);
	}

	/**
	 * `chooseInto` for one of a group of copies, over what the group met (`met`, `metScores`) less
	 * its own article's passages, at the cut-off and ties worked out for it (`copyCutoffs`).
	 */
	private chooseAmongMet(id: number, own: number, count: number, cutoff: number, ties: number): void {
		const articles = this.table.unitArticles;
		const { met, metScores } = this;
		const found = this.articlesFound;
		found.clear();
		this.growBest();
		const vector = this.space.vector(id);
		for (let i = 0; i < count; i++) {
			const other = met[i];
			const article = articles[other];
			if (article === own) {
				continue;
			}
			const partialScore = metScores[i];
			if (partialScore < cutoff || (partialScore === cutoff && ties-- <= 0)) {
				continue;
			}
			this.score(vector, other, article);
		}
	}

	/** The tally of `copyCutoffs`, with room for every article number. */
	private tallyFor(): Int32Array {
		const articles = this.table.articleCount();
		if (this.tally.length < articles) {
			this.tally = new Int32Array(Math.max(articles, this.tally.length * 2)).fill(-1);
		}
		return this.tally;
	}

	/** Lists the candidates of a unit of `own` article with their partial scores, in the order met (`candidates`, `partial`). */
	private gather(features: Int32Array, own: number): void {
		const { postings } = this.index;
		const articles = this.table.unitArticles;
		if (this.partial.length < articles.length) {
			this.partial = new Float64Array(Math.max(articles.length, this.partial.length * 2));
		}
		const partial = this.partial;
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
			const rarest = [...features].map((feature, at) => ({ feature, at })).sort((x, y) => postings[x.feature].length - postings[y.feature].length || x.at - y.at);
			this.rarest = rarest.slice(0, 3).map(({ feature }) => feature);
			for (const feature of this.rarest) {
				visit(feature, Math.max(0, postings[feature].length - maxPostings));
			}
		}
	}

	/** The best candidate of each article among those gathered: the 32 best partial scores get an exact cosine. Clears `partial`. */
	private choose(id: number, keepAsked: boolean): SearchResult {
		const asked: number[] | undefined = keepAsked ? [] : undefined;
		const cutoff = this.chooseInto(id, asked);
		const found = this.articlesFound.toArray();
		const chosen = found.map((article) => this.bestIds[article]);
		const scores = found.map((article) => this.bestScores[article]);
		for (const article of found) {
			this.bestScores[article] = 0;
		}
		return { chosen, scores, asked, cutoff, rarest: this.rarest };
	}

	/**
	 * `choose`, its result left in `articlesFound` (the articles in the order found) with each one's
	 * best unit and score in `bestIds` and `bestScores`, which the caller clears.
	 *
	 * @param asked Filled with the candidates scored exactly, when given.
	 * @returns The cut-off.
	 */
	private chooseInto(id: number, asked: number[] | undefined): number {
		const articles = this.table.unitArticles;
		const partial = this.partial;
		const { items: candidates, length: count } = this.candidates;
		const selected = nthLargest(candidates, partial, maxCandidates, this.selection, count);
		this.selection = selected.buffer;
		const cutoff = selected.cutoff;
		let ties = maxCandidates;
		for (let i = 0; i < count; i++) {
			if (partial[candidates[i]] > cutoff) {
				ties--;
			}
		}
		const found = this.articlesFound;
		found.clear();
		this.growBest();
		const vector = this.space.vector(id);
		for (let i = 0; i < count; i++) {
			const other = candidates[i];
			const partialScore = partial[other];
			if (partialScore < cutoff) {
				continue;
			}
			asked?.push(other);
			if (partialScore === cutoff && ties-- <= 0) {
				continue;
			}
			const article = articles[other];
			this.score(vector, other, article);
		}
		for (let i = 0; i < count; i++) {
			partial[candidates[i]] = 0;
		}
		return cutoff;
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
		if (this.partial.length < articles.length) {
			this.partial = new Float64Array(Math.max(articles.length, this.partial.length * 2));
		}
		const partial = this.partial;
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

	/** Room for every article number in the best-per-article tables. */
	/**
	 * Scores one candidate exactly and keeps it as its article's best when it beats the one kept.
	 * Verbatim copies of a passage share one vector (`VectorSpace.vector`): a cosine asked again
	 * is remembered on it.
	 */
	private score(vector: Vector, other: number, article: number): void {
		const otherVector = this.space.vector(other);
		if (otherVector.lastAgainst !== vector) {
			otherVector.lastAgainst = vector;
			otherVector.lastCosine = this.space.cosine(vector, otherVector);
		}
		const score = otherVector.lastCosine;
		if (score >= minRemembered && score > this.bestScores[article]) {
			if (this.bestScores[article] === 0) {
				this.articlesFound.push(article);
			}
			this.bestScores[article] = score;
			this.bestIds[article] = other;
		}
	}

	private growBest(): void {
		const articles = this.table.articleCount();
		if (this.bestScores.length < articles) {
			this.bestScores = new Float64Array(Math.max(articles, this.bestScores.length * 2));
			this.bestIds = new Int32Array(this.bestScores.length);
		}
	}
}
