import type { Span } from '../types';
import { anchorsConflict, nearCopySimilarity, yearAnchors } from './anchors';
import type { Unit, UnitKind } from './units';

/** A unit's place in a claim, with how well it matches the rest of the claim. */
export interface ClaimMember extends Span {
	/** `Article.id`. */
	article: string;
	/** Sentence or quote. */
	kind: UnitKind;
	/** Index into the article's sentences or quotes. */
	index: number;
	/** Best similarity (0–1) to another member; 1 for a claim of one. */
	score: number;
}

/** Passages of different articles that report the same thing: at most one per article. */
export interface Claim {
	/** `c1`, `c2`, … in order of the first member's position. */
	id: string;
	/** Sentence or quote claim. */
	kind: UnitKind;
	/** One passage per article that reports it. */
	members: ClaimMember[];
}

/**
 * Two sentences that matched yet ended in different claims: below the claim threshold, or
 * outbid by other sentences of their articles ("…pour $48 billion …, and six shipyards will
 * share the orders" packs two claims; its match on the shipyards stays here).
 */
export interface NearMiss {
	a: Unit;
	b: Unit;
	score: number;
	/** Each is the other's best match in its article. */
	mutual: boolean;
	/** One of them (or each) is the other's best match. */
	best: boolean;
	/** Similar enough to be one claim, but other sentences of their articles took the places (kept only when both give figures or names). */
	outbid: boolean;
}

/** Least similarity of a near miss worth a second look. */
const nearMissThreshold = 0.12;

/** Tuning of the aligner. */
export interface AlignerOptions {
	/** Least similarity for two passages to report the same claim (default: 0.3). */
	threshold?: number;
	/** Least similarity when each passage is the other's best match in its article (default: 0.22). */
	mutualThreshold?: number;
}

/**
 * How much each kind of feature counts: a shared name, figure value or speaker says more about
 * "the same claim" than a shared word ("Putin … 31%" vs "Putin … 30 percent" share the name and
 * the figure kind, and still align though the values differ).
 */
const featureBoost: Record<string, number> = { w: 1, e: 1.5, f: 1.2, v: 1.5, s: 2 };

/**
 * Posting lists longer than this are left out of candidate search: their words are everywhere
 * ("grain" in a folder about a grain deal) and rarer features find the same passages. When a
 * passage has nothing rarer, only this many entries of its rarest lists are read. This bound is
 * what keeps matching one passage independent of the folder's size.
 */
const maxPostings = 128;

/** Candidates that get an exact score after the index search, over all other articles. */
const maxCandidates = 32;

/** Below this, a pair is not even remembered as a near miss. */
const minRemembered = 0.12;

/**
 * Aligns passages across articles with an inverted index on their features (rare words, names,
 * figures, speakers), so that finding the passages that may match one passage costs the length
 * of a few posting lists, never a loop over every sentence of the folder. Articles can be
 * added and removed one at a time; only their own passages are searched again.
 */
export class Aligner {
	private readonly threshold: number;
	private readonly mutualThreshold: number;
	private readonly units: (Unit | undefined)[] = [];
	private readonly unitsOfArticle = new Map<string, number[]>();
	/** A number per article, given when first seen; per unit, its article's number (-1 once removed): compared in the search's inner loop. */
	private readonly articleNumbers = new Map<string, number>();
	private readonly unitArticles: number[] = [];
	private readonly signatures = new Map<string, string>();
	/** Units that lost a match when an article went: matched again after the next additions. */
	private readonly orphans = new Set<number>();
	/**
	 * Each feature of each kind of unit gets a number the first time it is seen ("S" and "w:port"
	 * → 12), and every table below is indexed by it: looking a feature up costs an array read,
	 * not a string built and hashed (a folder of 2,000 articles looks features up tens of millions of times).
	 */
	private readonly featureIds: Record<UnitKind, Map<string, number>> = { sentence: new Map(), quote: new Map() };
	/** Per feature number: the units that have it (removed units included: `units` tells them apart). */
	private readonly postings: number[][] = [];
	/** Per feature number: its kind of unit, and its boost (`featureBoost`, by the feature's first letter). */
	private readonly featureKinds: UnitKind[] = [];
	private readonly boosts: number[] = [];
	/** Per feature number: whether it is a word (`w:`), which counts even when no other passage has it. */
	private readonly words: boolean[] = [];
	/** Per unit: its feature numbers, and the square roots of their counts, in the unit's order. */
	private readonly unitFeatures: (number[] | undefined)[] = [];
	private readonly unitRootCounts: (number[] | undefined)[] = [];
	private readonly live: Record<UnitKind, number> = { sentence: 0, quote: 0 };
	/** Best match of each unit in each other article: unit → (other unit → score). Kept symmetric. */
	private readonly matches = new Map<number, MatchList>();
	private cachedClaims: Claim[] | undefined;
	private cachedNearMisses: NearMiss[] = [];
	/** Feature weights for the current folder, by feature number (NaN: not computed); renewed whenever a unit comes or goes. */
	private weights = new Float64Array(0);
	private weightsStale = true;
	/** Each unit's weighted feature vector and its norm, under the current weights. */
	private readonly vectors = new Map<number, Vector>();
	/** Weights of one vector spread by feature number (NaN elsewhere), to look features up while a cosine is summed. */
	private scratch = new Float64Array(0);
	/** Partial scores of the candidates of the unit being matched, by unit id (0 elsewhere). */
	private partialScores = new Float64Array(0);

	constructor(options: AlignerOptions = {}) {
		this.threshold = options.threshold ?? 0.3;
		this.mutualThreshold = options.mutualThreshold ?? 0.22;
	}

	/**
	 * Adds (or replaces) articles and matches their passages against the others. All are indexed
	 * first, so word rarity is measured on the whole folder before any matching.
	 *
	 * @param articles Each article's id, its units (`buildUnits`) and a signature of its version.
	 */
	addArticles(articles: { article: string; units: Unit[]; signature?: string }[]): void {
		const all: number[] = [];
		for (const { article, units, signature } of articles) {
			this.removeArticle(article);
			const ids = units.map((unit) => this.insert(unit));
			this.unitsOfArticle.set(article, ids);
			if (signature !== undefined) {
				this.signatures.set(article, signature);
			}
			// NOTE: not `push(...ids)`: a 10 MB article has more units than a call may take arguments.
			for (const id of ids) {
				all.push(id);
			}
		}
		for (const id of all) {
			this.match(id);
		}
		this.rematchOrphans();
		// The vectors served the matching; kept, they would double the memory of a large folder.
		this.vectors.clear();
	}

	/** Matches again the units whose match in a replaced article went away ("…the old version of X"). */
	private rematchOrphans(): void {
		for (const id of this.orphans) {
			if (this.units[id]) {
				this.match(id);
			}
		}
		this.orphans.clear();
	}

	/** Articles the aligner holds. */
	articles(): string[] {
		return [...this.unitsOfArticle.keys()];
	}

	/** What the caller said identifies the version of an article it added (to skip unchanged ones). */
	signatureOf(article: string): string | undefined {
		return this.signatures.get(article);
	}

	/** Forgets an article and every match that involved it. */
	removeArticle(article: string): void {
		this.signatures.delete(article);
		const ids = this.unitsOfArticle.get(article);
		if (!ids) {
			return;
		}
		for (const id of ids) {
			const unit = this.units[id]!;
			this.live[unit.kind]--;
			this.weightsStale = true;
			this.vectors.clear();
			for (const other of this.matches.get(id)?.ids ?? []) {
				const theirs = this.matches.get(other);
				const at = theirs?.ids.indexOf(id) ?? -1;
				if (at >= 0) {
					theirs!.ids.splice(at, 1);
					theirs!.scores.splice(at, 1);
				}
				this.orphans.add(other);
			}
			this.matches.delete(id);
			this.units[id] = undefined;
			this.unitArticles[id] = -1;
			this.unitFeatures[id] = undefined;
			this.unitRootCounts[id] = undefined;
		}
		this.unitsOfArticle.delete(article);
		this.cachedClaims = undefined;
	}

	/** The unit with an internal id. */
	unit(id: number): Unit | undefined {
		return this.units[id];
	}

	/** Internal ids of an article's units, in the order they were given. */
	unitIds(article: string): number[] {
		return this.unitsOfArticle.get(article) ?? [];
	}

	/**
	 * Similarity of two units: cosine of their feature vectors, each feature weighted by its
	 * rarity among units of that kind (idf) and its boost.
	 */
	similarity(a: Unit, b: Unit): number {
		return this.cosine(this.vectorOf(this.featuresOf(a)), this.vectorOf(this.featuresOf(b)));
	}

	/** A unit's feature numbers and the square roots of their counts (numbered now if the aligner does not hold it). */
	private featuresOf(unit: Unit): { ids: number[]; rootCounts: number[] } {
		const ids: number[] = [];
		const rootCounts: number[] = [];
		for (const [feature, count] of unit.features) {
			ids.push(this.featureId(unit.kind, feature));
			rootCounts.push(Math.sqrt(count));
		}
		return { ids, rootCounts };
	}

	/** The weighted vector of a unit, cached by id while the weights hold. */
	private vector(id: number): Vector {
		let vector = this.vectors.get(id);
		if (!vector) {
			vector = this.vectorOf({ ids: this.unitFeatures[id]!, rootCounts: this.unitRootCounts[id]! });
			this.vectors.set(id, vector);
		}
		return vector;
	}

	private vectorOf(features: { ids: number[]; rootCounts: number[] }): Vector {
		const ids: number[] = [];
		const weights: number[] = [];
		let norm = 0;
		for (let i = 0; i < features.ids.length; i++) {
			const feature = features.ids[i];
			// A figure value or a name no other passage has can match nothing; counted in the norm it
			// would only push the passage away from its counterparts: one outlet's "53 billion"
			// against the others' "48 billion" must not stop the two sentences from aligning.
			// (Unique words still count: a sentence of its own words is a claim of its own.)
			if (!this.words[feature] && this.postings[feature].length <= 1) {
				continue;
			}
			const weight = this.weight(feature) * features.rootCounts[i];
			ids.push(feature);
			weights.push(weight);
			norm += weight * weight;
		}
		return { ids, weights, norm: Math.sqrt(norm) };
	}

	/**
	 * Cosine of two vectors. The smaller one is read in its own order and each of its features
	 * looked up in the larger, spread over `scratch` by feature number: the sum is added up in the
	 * same order whichever way the two are given.
	 */
	private cosine(a: Vector, b: Vector): number {
		if (a.norm === 0 || b.norm === 0) {
			return 0;
		}
		const [small, large] = a.ids.length <= b.ids.length ? [a, b] : [b, a];
		if (this.scratch.length < this.postings.length) {
			this.scratch = new Float64Array(Math.max(this.postings.length, this.scratch.length * 2)).fill(NaN);
		}
		const scratch = this.scratch;
		for (let i = 0; i < large.ids.length; i++) {
			scratch[large.ids[i]] = large.weights[i];
		}
		let dot = 0;
		for (let i = 0; i < small.ids.length; i++) {
			const other = scratch[small.ids[i]];
			if (!Number.isNaN(other)) {
				dot += small.weights[i] * other;
			}
		}
		for (const feature of large.ids) {
			scratch[feature] = NaN;
		}
		return dot / (a.norm * b.norm);
	}

	/**
	 * Groups matched units into claims: the strongest matches first, and never two units of one
	 * article in a claim (an article reports a claim once; a repeat is its own business).
	 */
	claims(): Claim[] {
		if (this.cachedClaims) {
			return this.cachedClaims;
		}
		// Best score of each unit in each other article, keyed by unit and article number.
		const bestKey = (a: number, b: number) => a * 1048576 + this.unitArticles[b];
		const best = new Map<number, number>();
		for (const [a, others] of this.matches) {
			for (let i = 0; i < others.ids.length; i++) {
				const b = others.ids[i];
				const score = others.scores[i];
				const key = bestKey(a, b);
				if (score > (best.get(key) ?? 0)) {
					best.set(key, score);
				}
			}
		}
		const isBest = (a: number, b: number, score: number) => best.get(bestKey(a, b)) === score;
		// Passages about different years are two events unless near copies (`anchors.ts`).
		const years = new Map<number, string[]>();
		const yearsOf = (id: number) => years.get(id) ?? years.set(id, yearAnchors(this.units[id]!)).get(id)!;
		const edges: { a: number; b: number; score: number }[] = [];
		const looseCandidates: { a: number; b: number; score: number; mutual: boolean; best: boolean; outbid: boolean }[] = [];
		for (const [a, others] of this.matches) {
			for (let i = 0; i < others.ids.length; i++) {
				const b = others.ids[i];
				const score = others.scores[i];
				if (a > b) {
					continue;
				}
				// A weaker match still counts when each passage is the other's best in its article:
				// a long sentence that packs one claim among others scores low against a short one.
				// Not for quotes: two short quotes of one speaker share the speaker and little else.
				const sentence = this.units[a]!.kind === 'sentence';
				const mutualBest = sentence && isBest(a, b, score) && isBest(b, a, score);
				const edge = score >= this.threshold || (mutualBest && score >= this.mutualThreshold);
				if (edge) {
					edges.push({ a, b, score });
				}
				const best = isBest(a, b, score) || isBest(b, a, score);
				// Kept: pairs below the claim threshold of which one is the other's best match, and pairs
				// outbid for a claim that both give figures, or, one the other's best, that each name someone
				// the other does not (a sentence may pack a second claim, with its own figure or name).
				const [unitA, unitB] = [this.units[a]!, this.units[b]!];
				const comparable = (unitA.figures.length > 0 && unitB.figures.length > 0) || (best && namesBeyond(unitA, unitB) && namesBeyond(unitB, unitA));
				if (sentence && score >= nearMissThreshold && ((best && !edge) || (edge && comparable))) {
					looseCandidates.push({ a, b, score, mutual: mutualBest, best, outbid: edge });
				}
			}
		}
		edges.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);

		const parent = new Map<number, number>();
		const articlesOf = new Map<number, Set<string>>();
		const bestScore = new Map<number, number>();
		const find = (id: number): number => {
			let root = id;
			while (parent.has(root)) {
				root = parent.get(root)!;
			}
			for (let node = id; parent.has(node); ) {
				const next = parent.get(node)!;
				parent.set(node, root);
				node = next;
			}
			return root;
		};
		const groupYears = new Map<number, string[]>();
		const articlesOfRoot = (root: number) => articlesOf.get(root) ?? new Set([this.units[root]!.article]);
		for (const { a, b, score } of edges) {
			let rootA = find(a);
			let rootB = find(b);
			if (rootA === rootB) {
				continue;
			}
			let large = articlesOfRoot(rootA);
			let small = articlesOfRoot(rootB);
			if (small.size > large.size) {
				[large, small] = [small, large];
				[rootA, rootB] = [rootB, rootA];
			}
			if ([...small].some((article) => large.has(article))) {
				continue;
			}
			// Years that never meet, anywhere in the two groups: two events ("a 5-19 start in 2006-07"
			// joins no claim of "the 2008-09 season" through a third outlet that gives no year).
			const yearsA = groupYears.get(rootA) ?? yearsOf(rootA);
			const yearsB = groupYears.get(rootB) ?? yearsOf(rootB);
			if (score < nearCopySimilarity && anchorsConflict(yearsA, yearsB)) {
				continue;
			}
			groupYears.set(rootA, [...new Set([...yearsA, ...yearsB])]);
			groupYears.delete(rootB);
			// The smaller group joins the larger: merging costs the smaller's size, never the folder's.
			parent.set(rootB, rootA);
			for (const article of small) {
				large.add(article);
			}
			articlesOf.set(rootA, large);
			articlesOf.delete(rootB);
			bestScore.set(a, Math.max(bestScore.get(a) ?? 0, score));
			bestScore.set(b, Math.max(bestScore.get(b) ?? 0, score));
		}

		const yearsOfGroup = (id: number) => groupYears.get(find(id)) ?? yearsOf(find(id));
		const nearMisses = looseCandidates
			.filter(({ a, b, score }) => find(a) !== find(b) && !(score < nearCopySimilarity && anchorsConflict(yearsOfGroup(a), yearsOfGroup(b))))
			.map(({ a, b, score, ...flags }) => ({ a: this.units[a]!, b: this.units[b]!, score: round(score), ...flags }));

		const groups = new Map<number, number[]>();
		for (const [article, ids] of this.unitsOfArticle) {
			void article;
			for (const id of ids) {
				const root = find(id);
				let group = groups.get(root);
				if (!group) {
					group = [];
					groups.set(root, group);
				}
				group.push(id);
			}
		}
		const claims = [...groups.values()]
			.map((ids) => ids.map((id) => this.units[id]!).map((unit, i) => ({ unit, id: ids[i] })))
			.sort((x, y) => order(x[0].unit, y[0].unit))
			.map((members, n) => ({
				id: `c${n + 1}`,
				kind: members[0].unit.kind,
				members: members.map(({ unit, id }) => ({
					article: unit.article,
					kind: unit.kind,
					index: unit.index,
					start: unit.start,
					end: unit.end,
					score: members.length === 1 ? 1 : round(bestScore.get(id) ?? 0),
				})),
			}));
		this.cachedClaims = claims;
		this.cachedNearMisses = nearMisses;
		return claims;
	}

	/**
	 * Sentences of two articles that matched but are not one claim: "Jackman, 45, has hosted …"
	 * against "Jackman, 40, has hosted …" once the changed age is all that differs in a short
	 * sentence. The discrepancy finders look at them with stricter rules (a figure or a name in
	 * the same place).
	 */
	nearMisses(): NearMiss[] {
		this.claims();
		return this.cachedNearMisses;
	}

	/**
	 * Lets go of the near misses once the finders have read them (they are a few hundred thousand
	 * pairs in a folder of 1,000 look-alike articles, a tenth of what the comparison keeps); the
	 * claims and near misses are grouped again when next asked.
	 */
	releaseNearMisses(): void {
		this.cachedNearMisses = [];
		this.cachedClaims = undefined;
	}

	private insert(unit: Unit): number {
		const id = this.units.length;
		this.units.push(unit);
		let article = this.articleNumbers.get(unit.article);
		if (article === undefined) {
			article = this.articleNumbers.size;
			this.articleNumbers.set(unit.article, article);
		}
		this.unitArticles.push(article);
		this.live[unit.kind]++;
		this.weightsStale = true;
		this.vectors.clear();
		const { ids, rootCounts } = this.featuresOf(unit);
		for (const feature of ids) {
			this.postings[feature].push(id);
		}
		this.unitFeatures.push(ids);
		this.unitRootCounts.push(rootCounts);
		this.cachedClaims = undefined;
		return id;
	}

	/** The number of a feature of a kind of unit, given when first seen. */
	private featureId(kind: UnitKind, feature: string): number {
		let id = this.featureIds[kind].get(feature);
		if (id === undefined) {
			id = this.postings.length;
			this.featureIds[kind].set(feature, id);
			this.postings.push([]);
			this.featureKinds.push(kind);
			this.boosts.push(featureBoost[feature[0]] ?? 1);
			this.words.push(feature[0] === 'w');
		}
		return id;
	}

	/** Finds the best match of one unit in every other article and remembers it on both sides. */
	private match(id: number): void {
		const own = this.unitArticles[id];
		const features = this.unitFeatures[id]!.map((feature) => ({ feature, list: this.postings[feature] }));
		const searchable = features.filter(({ list }) => list.length <= maxPostings);
		// Every feature common? Read the newest entries of the rarest few, so that no passage goes unmatched.
		const searched =
			searchable.length >= 3
				? searchable
				: features
						.sort((x, y) => x.list.length - y.list.length)
						.slice(0, 3)
						.map(({ feature, list }) => ({ feature, list: list.length > maxPostings ? list.slice(-maxPostings) : list }));
		// Partial scores summed in a table by unit id, the candidates in the order first met.
		if (this.partialScores.length < this.units.length) {
			this.partialScores = new Float64Array(Math.max(this.units.length, this.partialScores.length * 2));
		}
		const partial = this.partialScores;
		const articles = this.unitArticles;
		const candidates: number[] = [];
		for (const { feature, list } of searched) {
			const weight = this.weight(feature);
			for (const other of list) {
				const article = articles[other];
				if (article >= 0 && article !== own) {
					if (partial[other] === 0) {
						candidates.push(other);
					}
					partial[other] += weight * weight;
				}
			}
		}

		const cutoff = nthLargest(candidates, partial, maxCandidates);
		let ties = maxCandidates;
		for (const other of candidates) {
			if (partial[other] > cutoff) {
				ties--;
			}
		}
		const bestPerArticle = new Map<string, { id: number; score: number }>();
		for (const other of candidates) {
			const partialScore = partial[other];
			if (partialScore < cutoff || (partialScore === cutoff && ties-- <= 0)) {
				continue;
			}
			const article = this.units[other]!.article;
			const score = this.cosine(this.vector(id), this.vector(other));
			if (score >= minRemembered && score > (bestPerArticle.get(article)?.score ?? 0)) {
				bestPerArticle.set(article, { id: other, score });
			}
		}
		for (const other of candidates) {
			partial[other] = 0;
		}
		for (const best of bestPerArticle.values()) {
			this.remember(id, best.id, best.score);
		}
	}

	private remember(a: number, b: number, score: number): void {
		this.note(a, b, score);
		this.note(b, a, score);
		this.cachedClaims = undefined;
	}

	/** Sets one side of a match: a new one goes last, a known one keeps its place (as a `Map` would). */
	private note(from: number, to: number, score: number): void {
		let list = this.matches.get(from);
		if (!list) {
			list = { ids: [], scores: [] };
			this.matches.set(from, list);
		}
		const at = list.ids.indexOf(to);
		if (at >= 0) {
			list.scores[at] = score;
		} else {
			list.ids.push(to);
			list.scores.push(score);
		}
	}

	private weight(feature: number): number {
		if (this.weightsStale) {
			this.weights = new Float64Array(this.postings.length).fill(NaN);
			this.weightsStale = false;
		}
		let weight = this.weights[feature];
		if (weight === undefined || Number.isNaN(weight)) {
			const total = this.live[this.featureKinds[feature]];
			const frequency = this.postings[feature].length;
			weight = Math.log(1 + total / Math.max(1, frequency)) * this.boosts[feature];
			if (feature < this.weights.length) {
				this.weights[feature] = weight;
			}
		}
		return weight;
	}
}

/** Whether a unit names someone or somewhere the other does not. */
function namesBeyond(unit: Unit, other: Unit): boolean {
	for (const key of unit.entities) {
		if (!other.entities.has(key)) {
			return true;
		}
	}
	return false;
}

/** The n-th largest partial score of some candidates (0 when there are fewer): a cut-off without sorting every candidate. */
function nthLargest(candidates: number[], scores: Float64Array, n: number): number {
	if (candidates.length <= n) {
		return 0;
	}
	const values = Float64Array.from(candidates, (candidate) => scores[candidate]);
	return kthSmallest(values, values.length - n);
}

/**
 * The k-th smallest value (0-based) of an array, which it reorders: Hoare's selection, linear on
 * average, where sorting the hundreds of candidates of every passage cost a twentieth of the report.
 */
function kthSmallest(values: Float64Array, k: number): number {
	let low = 0;
	let high = values.length - 1;
	while (low < high) {
		const pivot = values[(low + high) >>> 1];
		let i = low;
		let j = high;
		while (i <= j) {
			while (values[i] < pivot) {
				i++;
			}
			while (values[j] > pivot) {
				j--;
			}
			if (i <= j) {
				const swap = values[i];
				values[i] = values[j];
				values[j] = swap;
				i++;
				j--;
			}
		}
		if (k <= j) {
			high = j;
		} else if (k >= i) {
			low = i;
		} else {
			return values[k];
		}
	}
	return values[k];
}

/**
 * The matches of one unit: other units and their scores, in the order first made. Two arrays, not
 * a `Map`: a folder of 2,000 articles holds a million of them, and a `Map` entry costs several times
 * two numbers.
 */
interface MatchList {
	ids: number[];
	scores: number[];
}

/** A unit's weighted features: feature numbers and their weights, in the unit's order, and the norm. */
interface Vector {
	ids: number[];
	weights: number[];
	norm: number;
}

function order(a: Unit, b: Unit): number {
	return a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start;
}

function round(value: number): number {
	return Math.round(value * 1000) / 1000;
}
