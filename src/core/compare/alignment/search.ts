import { BestPerArticle } from './bestPerArticle';
import { copyCutoffs } from './copyCutoffs';
import type { FeatureIndex, NumberedFeatures } from './featureIndex';
import { ChoiceBuffer, type PackedChoices } from './packedChoices';
import { PartialScores } from './partialScores';
import { nthLargest } from './selection';
import type { UnitTable } from './types';
import type { VectorSpace } from './vectors';

/** Candidates that get an exact score after the index search, over all other articles. */
const maxCandidates = 32;

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
 * features give candidates with a partial score (`PartialScores`); the 32 best of them get an
 * exact cosine, and the best of each article is kept (`BestPerArticle`). Ties at the cut-off go
 * to the candidates first met, which is the folder's order.
 */
export class CandidateSearch {
	/** The candidates of the unit being matched, and their partial scores. */
	private readonly partial: PartialScores;
	private selection: Float64Array = new Float64Array(0);
	private readonly best: BestPerArticle;
	/** The candidates a group of copies met, and their partial scores (`searchAll`). */
	private met = new Int32Array(0);
	private metScores = new Float64Array(0);
	/** A count per article number, -1 between uses (`copyCutoffs`). */
	private tally = new Int32Array(0);

	constructor(
		private readonly table: UnitTable,
		private readonly index: FeatureIndex,
		private readonly space: VectorSpace,
	) {
		this.partial = new PartialScores(table, index);
		this.best = new BestPerArticle(table, space);
	}

	/**
	 * Finds the best match of one unit in every other article.
	 *
	 * @param id The unit.
	 * @param keepAsked Whether to list the candidates scored exactly (an incremental aligner's bookkeeping).
	 */
	search(id: number, keepAsked: boolean): SearchResult {
		this.partial.gather(this.index.unitFeatures[id]!.ids, this.table.unitArticles[id]);
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
				this.partial.gather(features.ids, articles[ids[places[0]]]);
				this.chooseInto(ids[places[0]], undefined);
				ranges[2 * places[0]] = out.length;
				out.take(this.best.found, this.best.ids, this.best.scores);
				ranges[2 * places[0] + 1] = out.length;
				continue;
			}
			this.partial.gather(features.ids, -1);
			// What the copies met, with its partial scores, in buffers reused from group to group.
			const { candidates, scores: partial } = this.partial;
			const count = candidates.length;
			if (this.met.length < count) {
				this.met = new Int32Array(Math.max(count, this.met.length * 2));
				this.metScores = new Float64Array(this.met.length);
			}
			const { met, metScores: scores } = this;
			for (let i = 0; i < count; i++) {
				const other = candidates.items[i];
				met[i] = other;
				scores[i] = partial[other];
				partial[other] = 0;
			}
			const owns = places.map((at) => articles[ids[at]]);
			const plan = copyCutoffs(met, scores, count, articles, owns, maxCandidates, this.tallyFor());
			if (plan) {
				places.forEach((at, p) => {
					this.chooseAmongMet(ids[at], owns[p], count, plan.cutoffs[p], plan.ties[p]);
					ranges[2 * at] = out.length;
					out.take(this.best.found, this.best.ids, this.best.scores);
					ranges[2 * at + 1] = out.length;
				});
				continue;
			}
			for (const at of places) {
				const own = articles[ids[at]];
				candidates.clear();
				for (let i = 0; i < count; i++) {
					if (articles[met[i]] !== own) {
						candidates.push(met[i]);
						partial[met[i]] = scores[i];
					}
				}
				this.chooseInto(ids[at], undefined);
				ranges[2 * at] = out.length;
				out.take(this.best.found, this.best.ids, this.best.scores);
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
		this.best.start();
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
			this.best.score(vector, other, article);
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

	/** The best candidate of each article among those gathered: the 32 best partial scores get an exact cosine. Clears `partial`. */
	private choose(id: number, keepAsked: boolean): SearchResult {
		const asked: number[] | undefined = keepAsked ? [] : undefined;
		const cutoff = this.chooseInto(id, asked);
		const best = this.best;
		const found = best.found.toArray();
		const chosen = found.map((article) => best.ids[article]);
		const scores = found.map((article) => best.scores[article]);
		for (const article of found) {
			best.scores[article] = 0;
		}
		return { chosen, scores, asked, cutoff, rarest: this.partial.rarest };
	}

	/**
	 * `choose`, its result left in `best` (the articles in the order found, each one's best unit
	 * and score), whose scores the caller clears.
	 *
	 * @param asked Filled with the candidates scored exactly, when given.
	 * @returns The cut-off.
	 */
	private chooseInto(id: number, asked: number[] | undefined): number {
		const articles = this.table.unitArticles;
		const { scores: partial } = this.partial;
		const { items: candidates, length: count } = this.partial.candidates;
		const selected = nthLargest(candidates, partial, maxCandidates, this.selection, count);
		this.selection = selected.buffer;
		const cutoff = selected.cutoff;
		let ties = maxCandidates;
		for (let i = 0; i < count; i++) {
			if (partial[candidates[i]] > cutoff) {
				ties--;
			}
		}
		this.best.start();
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
			this.best.score(vector, other, article);
		}
		for (let i = 0; i < count; i++) {
			partial[candidates[i]] = 0;
		}
		return cutoff;
	}

	/** Calls `flag` with each unit whose search one of some new units now reaches (`PartialScores.reachedBy`). */
	reachedBy(added: readonly number[], cutoffs: readonly (number | undefined)[], flag: (id: number) => void): void {
		this.partial.reachedBy(added, cutoffs, flag);
	}
}
