import { AskedIndex } from './alignment/askedIndex';
import { bandOf } from './alignment/bands';
import { pairUnits, sameUnit, touchedUnits, unitsToSearch } from './alignment/edits';
import { FeatureIndex, type NumberedFeatures } from './alignment/featureIndex';
import { findDateEchoes } from './alignment/dateEchoes';
import { groupClaims, round } from './alignment/grouping';
import { FolderOrder } from './alignment/folderOrder';
import { MatchTable } from './alignment/matchTable';
import { Regrouping } from './alignment/regrouping';
import { coarseCount } from './alignment/rarity';
import { CandidateSearch } from './alignment/search';
import type { AlignerOptions, Claim, NearMiss, UnitTable } from './alignment/types';
import { type Vector, VectorSpace } from './alignment/vectors';
import { type Unit, type UnitKind, unitKinds } from './units';

export type { AlignerOptions, Claim, ClaimMember, NearMiss } from './alignment/types';

/**
 * Aligns passages across articles with an inverted index on their features (rare words, names,
 * figures, speakers), so that finding the passages that may match one passage costs the length
 * of a few posting lists, never a loop over every sentence of the folder. Articles can be
 * added and removed one at a time; only their own passages are searched again.
 *
 * The work is done by the modules of `alignment/`: `FeatureIndex` (feature numbers, posting
 * lists, weights), `VectorSpace` (weighted vectors, cosines), `CandidateSearch` (one passage's
 * best match per article), `MatchTable` (the matches), `groupClaims` (claims and near misses)
 * and `edits.ts` (what an edit makes to search again). This class holds the units and ties them.
 */
export class Aligner implements UnitTable {
	private readonly threshold: number;
	private readonly mutualThreshold: number;
	private readonly incremental: boolean;
	readonly units: (Unit | undefined)[] = [];
	readonly unitArticles: number[] = [];
	readonly ranks: number[] = [];
	private readonly unitsOfArticle = new Map<string, number[]>();
	/** A number per article, given when first seen. */
	private readonly articleNumbers = new Map<string, number>();
	private readonly signatures = new Map<string, string>();
	/** Each article's place in the folder, as last given (`setOrder`), else in the order first added. */
	private readonly order = new FolderOrder();
	/** Per unit (incremental only): the units whose exact score its last search computed, and those it chose. */
	private readonly asked = new AskedIndex();
	private readonly chosen: (number[] | undefined)[] = [];
	/** Per unit (incremental only): its last search's cut-off, and the lists it read only the newest entries of. */
	private readonly cutoffs: (number | undefined)[] = [];
	private readonly rarest: (number[] | undefined)[] = [];
	/** Since the last matching: units gone, units new; live counts at that matching. */
	private pendingRemoved: number[] = [];
	private pendingAdded: number[] = [];
	private matchedLive: Record<UnitKind, number> = { sentence: 0, headline: 0, quote: 0 };
	/** Live units whose weighted features changed in the last update (`changedUnits`), as ids until first asked. */
	private lastChanged: Set<Unit> | number[] = [];
	/** Unit objects let go (removed, or replaced by another version) since the last matching, and in the last update. */
	private pendingGone: Unit[] = [];
	private lastGone: ReadonlySet<Unit> = new Set();
	private index = new FeatureIndex();
	private space = new VectorSpace(this.index);
	private searcher = new CandidateSearch(this, this.index, this.space);
	/** Best match of each unit in each other article, kept symmetric. */
	private matches = new MatchTable();
	/** Set by `compact`: the claims, all that is left of the matching. */
	private compacted: Claim[] | undefined;
	/** The editor's grouping, done again only where an edit reaches (incremental only). */
	private readonly regrouping = new Regrouping();
	private cachedClaims: Claim[] | undefined;
	private cachedNearMisses: NearMiss[] = [];
	/** Vectors read by `similarity` under the current weights (`readVector`). */
	private readVectors = new Map<NumberedFeatures, Vector>();

	constructor(options: AlignerOptions = {}) {
		this.threshold = options.threshold ?? 0.3;
		this.mutualThreshold = options.mutualThreshold ?? 0.22;
		this.incremental = options.incremental ?? false;
		this.matches.trackChanges = this.incremental;
	}

	articleCount(): number {
		return this.articleNumbers.size;
	}

	/**
	 * Sets the folder's order of articles, in which posting lists are kept and ties broken. An
	 * article not named keeps a place after those named, in the order it came.
	 */
	setOrder(articles: readonly string[]): void {
		this.order.set(articles, this.unitsOfArticle.keys());
		for (const [article, ids] of this.unitsOfArticle) {
			ids.forEach((id, i) => (this.ranks[id] = this.order.rank(article, i)));
		}
	}

	/**
	 * Adds (or replaces) articles and matches their passages against the others. All are indexed
	 * first, so word rarity is measured on the whole folder before any matching.
	 *
	 * @param articles Each article's id, its units (`buildUnits`) and a signature of its version.
	 */
	addArticles(articles: { article: string; units: Unit[]; signature?: string }[]): void {
		this.assertWhole();
		for (const { article, units, signature } of articles) {
			const ids = this.unitsOfArticle.has(article) ? this.replaceUnits(article, units) : this.insertAll(article, units);
			this.unitsOfArticle.set(article, ids);
			if (signature !== undefined) {
				this.signatures.set(article, signature);
			}
		}
		this.matchChanged();
		// The vectors served the matching; kept, they would double the memory of a large folder.
		this.forgetVectors();
	}

	/** A new article's units, ranked and indexed. */
	private insertAll(article: string, units: Unit[]): number[] {
		return units.map((unit, i) => this.insert(unit, this.order.rank(article, i)));
	}

	/**
	 * A changed article's units: the units before and after the edit whose features are the same,
	 * in the same order, keep their number and their place in every posting list (the unit object
	 * is replaced when its offsets or findings moved); the others go and come.
	 */
	private replaceUnits(article: string, units: Unit[]): number[] {
		const old = this.unitsOfArticle.get(article)!;
		const ids = pairUnits(old, units, (id) => this.units[id]!);
		const kept = new Set(ids.filter((id) => id >= 0));
		ids.forEach((id, i) => {
			// A passage the edit left as it was, where it was, stays the same object: what was found in it still holds.
			if (id >= 0 && !sameUnit(this.units[id]!, units[i])) {
				this.pendingGone.push(this.units[id]!);
				this.units[id] = units[i];
			}
		});
		for (const id of old) {
			if (!kept.has(id)) {
				this.removeUnit(id);
			}
		}
		// Ranks first (kept units may move within the article), then the new units go in their places.
		ids.forEach((id, i) => {
			if (id >= 0) {
				this.ranks[id] = this.order.rank(article, i);
			}
		});
		ids.forEach((id, i) => {
			if (id < 0) {
				ids[i] = this.insert(units[i], this.order.rank(article, i));
			}
		});
		this.cachedClaims = undefined;
		return ids;
	}

	/** The articles held, in the folder's order. */
	private articlesInOrder(): string[] {
		return this.order.sorted(this.unitsOfArticle.keys());
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
		this.assertWhole();
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
		this.index.add(id, unit, this.ranks);
		this.forgetVectors();
		this.pendingAdded.push(id);
		this.cachedClaims = undefined;
		return id;
	}

	/** Forgets every vector made under the current weights: a unit came or went. */
	private forgetVectors(): void {
		this.space.clear();
		if (this.readVectors.size > 0) {
			this.readVectors = new Map();
		}
	}

	/** Takes a unit out of every posting list and every match. */
	private removeUnit(id: number): void {
		this.index.remove(id, this.units[id]!);
		this.forgetVectors();
		this.matches.deleteUnit(id);
		this.pendingGone.push(this.units[id]!);
		this.units[id] = undefined;
		this.unitArticles[id] = -1;
		this.asked.set(id, undefined);
		this.chosen[id] = undefined;
		this.cutoffs[id] = undefined;
		this.rarest[id] = undefined;
		this.pendingRemoved.push(id);
		this.cachedClaims = undefined;
	}

	/**
	 * Searches again every unit whose best matches the changes since the last search can have
	 * changed, and only those (with `incremental`; else every unit): see `touchedUnits` and
	 * `unitsToSearch`.
	 */
	private matchChanged(): void {
		const live = this.index.live;
		const { counted, recounted, moved } = this.index.takeChangedFeatures();
		const changes = {
			units: this.units,
			added: this.pendingAdded,
			removed: this.pendingRemoved,
			features: counted,
			recounted,
			moved,
			postings: this.index.postings,
			kindsChanged: unitKinds.filter((kind) => coarseCount(live[kind]) !== coarseCount(this.matchedLive[kind])),
		};
		const nothing = changes.added.length === 0 && changes.removed.length === 0 && changes.features.size === 0 && changes.recounted.size === 0 && changes.moved.size === 0;
		const touched = touchedUnits(changes);
		// Read by the editor's draft cache (incremental); else built only if asked (a whole folder's units at first).
		this.lastChanged = this.incremental ? new Set(touched.touched.map((id) => this.units[id]!)) : touched.touched;
		this.lastGone = this.incremental ? new Set(this.pendingGone) : new Set();
		this.pendingGone = [];
		let research: number[];
		if (nothing) {
			research = [];
		} else if (!this.incremental) {
			this.matches.clear();
			research = this.articlesInOrder().flatMap((article) => this.unitsOfArticle.get(article)!);
		} else {
			research = unitsToSearch(changes, touched, {
				asked: this.asked,
				rarest: this.rarest,
				cutoffs: this.cutoffs,
				weight: (feature) => this.index.weight(feature),
				reachedBy: (added, flag) => this.searcher.reachedBy(added, this.cutoffs, flag),
			});
		}
		if (!this.incremental) {
			const { starts, chosen, scores } = this.searcher.searchAll(research);
			// Each unit's list holds at most what it chose and what chose it.
			const capacities = new Int32Array(this.units.length);
			for (let at = 0; at < research.length; at++) {
				capacities[research[at]] += starts[at + 1] - starts[at];
			}
			for (const other of chosen) {
				capacities[other]++;
			}
			this.matches.reserve(capacities);
			research.forEach((id, at) => this.matches.noteChoices(id, chosen.subarray(starts[at], starts[at + 1]), scores.subarray(starts[at], starts[at + 1])));
		} else {
			// A unit searched again that chose what it chose, at the scores noted, leaves its matches as they are (the
			// editor's grouping groups again around the units whose matches changed: after a one-word edit, a few).
			const renoted: { id: number; chosen: number[]; scores: number[] }[] = [];
			for (const id of research) {
				const found = this.searcher.search(id, true);
				this.asked.set(id, found.asked);
				this.cutoffs[id] = found.cutoff;
				this.rarest[id] = found.rarest;
				if (!this.matches.holdsChoices(id, this.chosen[id], found)) {
					renoted.push({ id, chosen: found.chosen, scores: found.scores });
				}
			}
			for (const { id } of renoted) {
				this.matches.dropChoices(id, this.chosen);
				this.chosen[id] = [];
			}
			for (const { id, chosen, scores } of renoted) {
				this.chosen[id] = chosen;
				this.matches.noteChoices(id, chosen, scores);
			}
		}
		if (research.length > 0) {
			this.matches.trim();
		}
		this.pendingAdded = [];
		this.pendingRemoved = [];
		this.matchedLive = { ...live };
		this.cachedClaims = undefined;
	}

	/**
	 * The units whose weighted features changed in the last `addArticles` (new, edited, or sharing
	 * a feature whose rarity changed): any similarity read from them may have changed.
	 */
	changedUnits(): ReadonlySet<Unit> {
		if (Array.isArray(this.lastChanged)) {
			this.lastChanged = new Set(this.lastChanged.map((id) => this.units[id]!));
		}
		return this.lastChanged;
	}

	/** The unit objects let go in the last `addArticles` (and the removals before it): removed, or replaced by another version of the passage. Incremental only. */
	goneUnits(): ReadonlySet<Unit> {
		return this.lastGone;
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
		this.assertWhole();
		return this.space.cosine(this.readVector(a), this.readVector(b));
	}

	/**
	 * A unit's vector for `similarity`, made once while the weights hold (the finders read the
	 * passages of one claim against each other many times; verbatim copies share their features,
	 * and so one vector). Forgotten when a unit comes or goes, and when the finders are done
	 * (`releaseNearMisses`): kept, the vectors would double the memory of a large folder.
	 */
	private readVector(unit: Unit): Vector {
		const features = this.index.featuresOf(unit);
		let vector = this.readVectors.get(features);
		if (!vector) {
			vector = this.space.vectorOf(features);
			this.readVectors.set(features, vector);
		}
		return vector;
	}

	/**
	 * Which of `thresholds` (ascending) the similarity of two units reaches (`bandOf`): what a
	 * finder that only compares a similarity with thresholds asks, so that the editor's comparison
	 * can keep its judgement while an edit moves the similarity within its band.
	 */
	similarityBand(a: Unit, b: Unit, thresholds: readonly number[]): number {
		return bandOf(this.similarity(a, b), thresholds);
	}

	/**
	 * `similarity`, each unit's vector made once for all the reads of the function returned. Valid
	 * until the aligner next changes: the editor's draft cache reads the similarities of a few
	 * passages again and again while it checks and judges the claims of one comparison.
	 */
	similarities(): (a: Unit, b: Unit) => number {
		this.assertWhole();
		const vectors = new Map<Unit, Vector>();
		const vectorOf = (unit: Unit) => vectors.get(unit) ?? vectors.set(unit, this.space.vectorOf(this.index.featuresOf(unit))).get(unit)!;
		return (a, b) => this.space.cosine(vectorOf(a), vectorOf(b));
	}

	/**
	 * Groups matched units into claims (`groupClaims`): the strongest matches first, and never two
	 * units of one article in a claim.
	 */
	claims(): Claim[] {
		if (this.cachedClaims) {
			return this.cachedClaims;
		}
		if (this.compacted) {
			return this.compacted;
		}
		const unitsInOrder = this.articlesInOrder().map((article) => this.unitsOfArticle.get(article)!);
		const input = { matches: this.matches, unitsInOrder, threshold: this.threshold, mutualThreshold: this.mutualThreshold };
		// The editor's aligner groups again where its last changes reach, giving the near misses in a fresh aligner's order.
		const { claims, nearMisses } = this.incremental ? this.regrouping.group(this, input, this.chosen, this.matches.takeChanged()) : groupClaims(this, input);
		this.cachedClaims = claims;
		const echoes = this.dateEchoes(unitsInOrder, claims, nearMisses);
		// Most folders date no event twice: the grouping's list serves as it is (hundreds of thousands of pairs at 1,000 articles).
		this.cachedNearMisses = echoes.length === 0 ? nearMisses : [...nearMisses, ...echoes];
		return claims;
	}

	/**
	 * Pairs of passages left apart that date one event with the same words (`findDateEchoes`), as
	 * near misses marked `echo`. The few candidates are found first; only their passages are then
	 * looked up among the claims and near misses (a folder of 1,000 articles holds hundreds of
	 * thousands of both, read again at every edit).
	 */
	private dateEchoes(unitsInOrder: number[][], claims: Claim[], nearMisses: NearMiss[]): NearMiss[] {
		const candidates = findDateEchoes(unitsInOrder.map((ids) => ids.map((id) => this.units[id])));
		if (candidates.length === 0) {
			return [];
		}
		const keyOf = (unit: Pick<Unit, 'article' | 'kind' | 'index'>) => `${unit.article}:${unit.kind}:${unit.index}`;
		const involved = new Set(candidates.flatMap(({ a, b }) => [a, b]));
		const articles = new Set([...involved].map((unit) => unit.article));
		const claimOf = new Map<string, string>();
		for (const claim of claims) {
			for (const member of claim.members) {
				if (articles.has(member.article)) {
					claimOf.set(keyOf(member), claim.id);
				}
			}
		}
		const near = new Map<Unit, Set<Unit>>();
		for (const { a, b } of nearMisses) {
			if (involved.has(a) && involved.has(b)) {
				(near.get(a) ?? near.set(a, new Set()).get(a)!).add(b);
				(near.get(b) ?? near.set(b, new Set()).get(b)!).add(a);
			}
		}
		const paired = (a: Unit, b: Unit) => (claimOf.has(keyOf(a)) && claimOf.get(keyOf(a)) === claimOf.get(keyOf(b))) || near.get(a)?.has(b) === true;
		return candidates
			.filter(({ a, b }) => !paired(a, b))
			.map(({ a, b }) => ({ a, b, score: round(this.similarity(a, b)), mutual: false, best: false, outbid: false, echo: true }));
	}

	/** How many passages the last grouping grouped again, of how many (the editor's aligner; for the bench). */
	regrouped(): { units: number; of: number } {
		return this.regrouping.regrouped;
	}

	/**
	 * Sentences of two articles that matched but are not one claim: "Jackman, 45, has hosted …"
	 * against "Jackman, 40, has hosted …" once the changed age is all that differs in a short
	 * sentence. The discrepancy finders look at them with stricter rules (a figure or a name in
	 * the same place).
	 */
	nearMisses(): NearMiss[] {
		this.assertWhole();
		this.claims();
		return this.cachedNearMisses;
	}

	/**
	 * Lets go of the near misses once the finders have read them (they are a few hundred thousand
	 * pairs in a folder of 1,000 look-alike articles, a tenth of what the comparison keeps); the
	 * claims and near misses are grouped again when next asked.
	 */
	releaseNearMisses(): void {
		this.readVectors = new Map();
		this.cachedNearMisses = [];
		this.cachedClaims = undefined;
	}

	/**
	 * Lets go of what only matching and grouping read (the feature index, the vectors, the matches)
	 * once a comparison from scratch is done and its caller only reads the result (`crossread report`):
	 * a folder's units stay (without their features and names' keys), for look-ups by position (`unitIds`, `unit`), and its claims. At 1,000
	 * articles the index and the matches were a fifth of what the comparison kept. Matching again,
	 * a similarity or the near misses asked afterwards throw. The editor's aligner is never compacted.
	 *
	 * @param claims The claims of the last grouping, kept for `claims`.
	 */
	compact(claims: Claim[]): void {
		if (this.incremental) {
			return;
		}
		this.index = new FeatureIndex();
		this.space = new VectorSpace(this.index);
		this.searcher = new CandidateSearch(this, this.index, this.space);
		this.matches = new MatchTable();
		this.readVectors = new Map();
		this.cachedNearMisses = [];
		// A passage's features were read into the index and the vectors, its names' keys by the
		// finders: only matching and judging read them, both done.
		for (const unit of this.units) {
			if (unit) {
				unit.features = noFeatures;
				unit.entities = noEntities;
			}
		}
		this.compacted = claims;
	}

	/** Throws once compacted (`compact`): only look-ups are left. */
	private assertWhole(): void {
		if (this.compacted) {
			throw new Error('this aligner was compacted after its comparison: it only looks units up');
		}
	}
}

/** The features of every passage of a compacted aligner (`Aligner.compact`). Never added to. */
const noFeatures = new Map<string, number>();

/** The names' keys of every passage of a compacted aligner. Never added to. */
const noEntities = new Set<string>();
