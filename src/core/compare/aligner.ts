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
	/**
	 * Remember, per passage, the candidates its search scored and the matches it chose, so that an
	 * edit searches again only the passages whose result it can change (the editor's aligner;
	 * default: false, and then any change searches every passage again). Either way the result is
	 * the one a fresh aligner gives the same folder.
	 */
	incremental?: boolean;
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

/** How far ahead an edited article's old units are searched for one with a new unit's features. */
const lookAhead = 16;

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
	private readonly incremental: boolean;
	/** Each article's place in the folder, as last given (`setOrder`), else in the order first added. */
	private readonly positions = new Map<string, number>();
	/**
	 * Per unit: its place in the folder (the article's place × 2^20 + the unit's place in its
	 * article). Posting lists are kept in this order and every tie is broken by it, so an aligner
	 * brought up to date edit by edit gives the claims a fresh one gives the folder.
	 */
	private readonly ranks: number[] = [];
	/** Per unit (incremental only): the units whose exact score its last search computed, and those it chose. */
	private readonly asked: (number[] | undefined)[] = [];
	private readonly chosen: (number[] | undefined)[] = [];
	/** Since the last matching: units gone, units new, features whose posting lists changed, live counts at that matching. */
	private pendingRemoved: number[] = [];
	private pendingAdded: number[] = [];
	private pendingFeatures = new Set<number>();
	private matchedLive: Record<UnitKind, number> = { sentence: 0, quote: 0 };
	/** Live units whose weighted features changed in the last update (`changedUnits`). */
	private lastChanged = new Set<Unit>();
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
		this.incremental = options.incremental ?? false;
	}

	/**
	 * Sets the folder's order of articles, in which posting lists are kept and ties broken. An
	 * article not named keeps a place after those named, in the order it came.
	 */
	setOrder(articles: readonly string[]): void {
		this.positions.clear();
		articles.forEach((article, position) => this.positions.set(article, position));
		for (const article of this.unitsOfArticle.keys()) {
			this.positionOf(article);
		}
		for (const [article, ids] of this.unitsOfArticle) {
			this.rankUnits(article, ids);
		}
	}

	private positionOf(article: string): number {
		let position = this.positions.get(article);
		if (position === undefined) {
			position = this.positions.size === 0 ? 0 : Math.max(...this.positions.values()) + 1;
			this.positions.set(article, position);
		}
		return position;
	}

	private rankUnits(article: string, ids: number[]): void {
		const base = this.positionOf(article) * 1048576;
		ids.forEach((id, i) => (this.ranks[id] = base + i));
	}

	/**
	 * Adds (or replaces) articles and matches their passages against the others. All are indexed
	 * first, so word rarity is measured on the whole folder before any matching.
	 *
	 * @param articles Each article's id, its units (`buildUnits`) and a signature of its version.
	 */
	addArticles(articles: { article: string; units: Unit[]; signature?: string }[]): void {
		for (const { article, units, signature } of articles) {
			const ids = this.unitsOfArticle.has(article) ? this.replaceUnits(article, units) : this.insertAll(article, units);
			this.unitsOfArticle.set(article, ids);
			if (signature !== undefined) {
				this.signatures.set(article, signature);
			}
		}
		this.matchChanged();
		// The vectors served the matching; kept, they would double the memory of a large folder.
		this.vectors.clear();
	}

	/** A new article's units, ranked and indexed. */
	private insertAll(article: string, units: Unit[]): number[] {
		const base = this.positionOf(article) * 1048576;
		return units.map((unit, i) => this.insert(unit, base + i));
	}

	/**
	 * A changed article's units: the units before and after the edit whose features are the same,
	 * in the same order, keep their number and their place in every posting list (the unit object
	 * is replaced: its offsets may have moved); the others go and come.
	 */
	private replaceUnits(article: string, units: Unit[]): number[] {
		const old = this.unitsOfArticle.get(article)!;
		const same = (id: number, unit: Unit) => {
			const before = this.units[id]!;
			if (before.kind !== unit.kind || before.features.size !== unit.features.size) {
				return false;
			}
			const a = before.features.entries();
			for (const [feature, count] of unit.features) {
				const [otherFeature, otherCount] = a.next().value!;
				if (feature !== otherFeature || count !== otherCount) {
					return false;
				}
			}
			return true;
		};
		// Kept in order: each new unit takes the next old one with its features, looked for a few places ahead
		// (an edit changes a sentence and its quote, which stand apart in the list of units).
		const ids: number[] = [];
		const kept = new Set<number>();
		let next = 0;
		for (const unit of units) {
			let found = -1;
			for (let at = next; at < old.length && at < next + lookAhead; at++) {
				if (same(old[at], unit)) {
					found = at;
					break;
				}
			}
			if (found >= 0) {
				ids.push(old[found]);
				kept.add(old[found]);
				// A passage the edit left as it was, where it was, stays the same object: what was found in it still holds.
				if (!sameUnit(this.units[old[found]]!, unit)) {
					this.units[old[found]] = unit;
				}
				next = found + 1;
			} else {
				ids.push(-1);
			}
		}
		for (const id of old) {
			if (!kept.has(id)) {
				this.removeUnit(id);
			}
		}
		// Ranks first (kept units may move within the article), then the new units go in their places.
		const base = this.positionOf(article) * 1048576;
		ids.forEach((id, i) => {
			if (id >= 0) {
				this.ranks[id] = base + i;
			}
		});
		ids.forEach((id, i) => {
			if (id < 0) {
				ids[i] = this.insert(units[i], base + i);
			}
		});
		this.cachedClaims = undefined;
		return ids;
	}

	/** The articles held, in the folder's order. */
	private articlesInOrder(): string[] {
		return [...this.unitsOfArticle.keys()].sort((a, b) => this.positionOf(a) - this.positionOf(b));
	}

	/** Articles the aligner holds. */
	articles(): string[] {
		return [...this.unitsOfArticle.keys()];
	}

	/** What the caller said identifies the version of an article it added (to skip unchanged ones). */
	signatureOf(article: string): string | undefined {
		return this.signatures.get(article);
	}

	/** Forgets an article and every match that involved it (the others are matched again at the next `addArticles`). */
	removeArticle(article: string): void {
		this.signatures.delete(article);
		const ids = this.unitsOfArticle.get(article);
		if (!ids) {
			return;
		}
		for (const id of ids) {
			this.removeUnit(id);
		}
		this.unitsOfArticle.delete(article);
		this.cachedClaims = undefined;
	}

	/** Takes a unit out of every posting list and every match. */
	private removeUnit(id: number): void {
		const unit = this.units[id]!;
		this.live[unit.kind]--;
		this.weightsStale = true;
		this.vectors.clear();
		for (const feature of this.unitFeatures[id]!) {
			const list = this.postings[feature];
			list.splice(list.lastIndexOf(id), 1);
			this.pendingFeatures.add(feature);
		}
		for (const other of this.matches.get(id)?.ids ?? []) {
			this.unnote(other, id);
		}
		this.matches.delete(id);
		this.units[id] = undefined;
		this.unitArticles[id] = -1;
		this.unitFeatures[id] = undefined;
		this.unitRootCounts[id] = undefined;
		this.asked[id] = undefined;
		this.chosen[id] = undefined;
		this.pendingRemoved.push(id);
		this.cachedClaims = undefined;
	}

	/**
	 * Searches again every unit whose best matches the changes since the last search can have
	 * changed, and only those (with `incremental`; else every unit): the new units; those that
	 * share a feature whose posting list changed (its weight changed, and its candidates); every
	 * unit of a kind whose number of units changed (every weight of that kind changed); and those
	 * whose last search scored one of these or a unit now gone (that score changed). Any other
	 * unit's candidates, their partial scores and their exact scores are what they were.
	 */
	private matchChanged(): void {
		const kindsChanged = (['sentence', 'quote'] as const).filter((kind) => this.live[kind] !== this.matchedLive[kind]);
		const nothing = this.pendingAdded.length === 0 && this.pendingRemoved.length === 0 && this.pendingFeatures.size === 0;
		const changed = new Uint8Array(this.units.length);
		const touched: number[] = [];
		const touch = (id: number) => {
			if (!changed[id] && this.units[id]) {
				changed[id] = 1;
				touched.push(id);
			}
		};
		if (!nothing) {
			for (const id of this.pendingAdded) {
				touch(id);
			}
			for (const feature of this.pendingFeatures) {
				for (const id of this.postings[feature]) {
					touch(id);
				}
			}
			for (let id = 0; id < this.units.length; id++) {
				if (this.units[id] && kindsChanged.includes(this.units[id]!.kind)) {
					touch(id);
				}
			}
		}
		this.lastChanged = new Set(touched.map((id) => this.units[id]!));
		let research: number[];
		if (nothing) {
			research = [];
		} else if (!this.incremental) {
			this.matches.clear();
			research = this.articlesInOrder().flatMap((article) => this.unitsOfArticle.get(article)!);
		} else {
			const gone = new Uint8Array(this.units.length);
			for (const id of this.pendingRemoved) {
				gone[id] = 1;
			}
			research = [...touched];
			for (let id = 0; id < this.units.length; id++) {
				if (this.units[id] && !changed[id] && this.asked[id]?.some((other) => changed[other] || gone[other])) {
					research.push(id);
				}
			}
			for (const id of research) {
				this.dropChoices(id);
			}
		}
		for (const id of research) {
			this.match(id);
		}
		this.pendingAdded = [];
		this.pendingRemoved = [];
		this.pendingFeatures = new Set();
		this.matchedLive = { ...this.live };
		this.cachedClaims = undefined;
	}

	/** Forgets the matches a unit's own search chose, but those the other side chose too. */
	private dropChoices(id: number): void {
		for (const other of this.chosen[id] ?? []) {
			if (!this.chosen[other]?.includes(id)) {
				this.unnote(id, other);
				this.unnote(other, id);
			}
		}
		this.chosen[id] = [];
	}

	/** Removes one side of a match. */
	private unnote(from: number, to: number): void {
		const list = this.matches.get(from);
		const at = list?.ids.indexOf(to) ?? -1;
		if (at >= 0) {
			list!.ids.splice(at, 1);
			list!.scores.splice(at, 1);
		}
	}

	/**
	 * The units whose weighted features changed in the last `addArticles` (new, edited, or sharing
	 * a feature whose rarity changed): any similarity read from them may have changed.
	 */
	changedUnits(): ReadonlySet<Unit> {
		return this.lastChanged;
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
		const matches = this.matchesInFolderOrder();
		// Best score of each unit in each other article, keyed by unit and article number.
		const bestKey = (a: number, b: number) => a * 1048576 + this.unitArticles[b];
		const best = new Map<number, number>();
		for (const [a, others] of matches) {
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
		for (const [a, others] of matches) {
			for (let i = 0; i < others.ids.length; i++) {
				const b = others.ids[i];
				const score = others.scores[i];
				// Each pair once, the one first in the folder's order as a.
				if (this.ranks[a] > this.ranks[b]) {
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
		const ranks = this.ranks;
		edges.sort((x, y) => y.score - x.score || ranks[x.a] - ranks[y.a] || ranks[x.b] - ranks[y.b]);

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
		for (const article of this.articlesInOrder()) {
			for (const id of this.unitsOfArticle.get(article)!) {
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
	 * The matches in the order a fresh aligner makes them: each unit, in the folder's order, notes
	 * its own choices (and each chosen unit notes it back). The near misses come in this order, and
	 * the finders that merge what they find keep the first of equals, so an aligner brought up to
	 * date edit by edit must give them in the same order.
	 */
	private matchesInFolderOrder(): Map<number, MatchList> {
		if (!this.incremental) {
			return this.matches;
		}
		const ordered = new Map<number, MatchList>();
		const note = (from: number, to: number, score: number) => {
			let list = ordered.get(from);
			if (!list) {
				list = { ids: [], scores: [] };
				ordered.set(from, list);
			}
			if (!list.ids.includes(to)) {
				list.ids.push(to);
				list.scores.push(score);
			}
		};
		for (const article of this.articlesInOrder()) {
			for (const id of this.unitsOfArticle.get(article)!) {
				const own = this.matches.get(id);
				for (const other of this.chosen[id] ?? []) {
					const score = own!.scores[own!.ids.indexOf(other)];
					note(id, other, score);
					note(other, id, score);
				}
			}
		}
		return ordered;
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

	/** Adds a unit at a rank: into each of its features' posting lists at its place in the folder's order. */
	private insert(unit: Unit, rank: number): number {
		const id = this.units.length;
		this.units.push(unit);
		let article = this.articleNumbers.get(unit.article);
		if (article === undefined) {
			article = this.articleNumbers.size;
			this.articleNumbers.set(unit.article, article);
		}
		this.unitArticles.push(article);
		this.ranks[id] = rank;
		this.live[unit.kind]++;
		this.weightsStale = true;
		this.vectors.clear();
		const { ids, rootCounts } = this.featuresOf(unit);
		for (const feature of ids) {
			const list = this.postings[feature];
			// Mostly the last place (a folder is read in order); an edited article's units go between.
			let low = list.length;
			if (low > 0 && this.ranks[list[low - 1]] > rank) {
				low = 0;
				let high = list.length;
				while (low < high) {
					const middle = (low + high) >>> 1;
					if (this.ranks[list[middle]] < rank) {
						low = middle + 1;
					} else {
						high = middle;
					}
				}
			}
			list.splice(low, 0, id);
			this.pendingFeatures.add(feature);
		}
		this.unitFeatures.push(ids);
		this.unitRootCounts.push(rootCounts);
		this.pendingAdded.push(id);
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
		if (this.incremental) {
			this.asked[id] = candidates.filter((other) => !(partial[other] < cutoff));
			this.chosen[id] = [...bestPerArticle.values()].map((best) => best.id);
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

/**
 * Whether two versions of a passage are the same in everything a finder reads of it: offsets,
 * words, names, figures and quote (its speaker and source with theirs). Its features are already
 * known to be the same.
 */
function sameUnit(a: Unit, b: Unit): boolean {
	if (a.start !== b.start || a.end !== b.end || a.index !== b.index || a.stamp !== b.stamp || a.entities.size !== b.entities.size || ![...a.entities].every((key) => b.entities.has(key))) {
		return false;
	}
	return JSON.stringify([a.tokens, a.names, a.figures, a.quote]) === JSON.stringify([b.tokens, b.names, b.figures, b.quote]);
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
