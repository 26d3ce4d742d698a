import { bandOf } from './alignment/bands';
import { releaseFeatures } from './alignment/compaction';
import { echoNearMisses } from './alignment/echoNearMisses';
import { groupClaims } from './alignment/grouping';
import { FolderOrder } from './alignment/folderOrder';
import { Matching } from './alignment/matching';
import { Regrouping } from './alignment/regrouping';
import { SimilarityReads } from './alignment/similarityReads';
import type { AlignerOptions, Claim, NearMiss, UnitTable } from './alignment/types';
import { type ArticleSlots, insertAll, replaceUnits } from './alignment/unitReplacement';
import type { Unit } from './units';

export type { AlignerOptions, Claim, ClaimMember, NearMiss } from './alignment/types';

/**
 * Aligns passages across articles with an inverted index on their features (rare words, names,
 * figures, speakers), so that finding the passages that may match one passage costs the length
 * of a few posting lists, never a loop over every sentence of the folder. Articles can be
 * added and removed one at a time; only their own passages are searched again.
 *
 * The work is done by the modules of `alignment/`: `Matching` keeps each unit's best matches up
 * to date with `FeatureIndex` (feature numbers, posting lists, weights), `VectorSpace` (weighted
 * vectors, cosines), `CandidateSearch` (one passage's best match per article), `MatchTable` (the
 * matches) and `edits.ts` (what an edit makes to search again); `SimilarityReads` gives the
 * finders' similarities, `groupClaims` and `Regrouping` the claims and near misses. This class
 * holds the units and ties them.
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
	/** The index, the search and the matches, kept up to date as units come and go. */
	private readonly matching: Matching;
	/** The finders' similarities (`similarity`), each unit's vector read once under the current weights. */
	private readonly reads: SimilarityReads;
	/** Set by `compact`: the claims, all that is left of the matching. */
	private compacted: Claim[] | undefined;
	/** The editor's grouping, done again only where an edit reaches (incremental only). */
	private readonly regrouping = new Regrouping();
	private cachedClaims: Claim[] | undefined;
	private cachedNearMisses: NearMiss[] = [];

	constructor(options: AlignerOptions = {}) {
		this.threshold = options.threshold ?? 0.3;
		this.mutualThreshold = options.mutualThreshold ?? 0.22;
		this.incremental = options.incremental ?? false;
		this.matching = new Matching(this, this.incremental);
		this.reads = new SimilarityReads(this.matching);
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
			const old = this.unitsOfArticle.get(article);
			const ids = old ? replaceUnits(old, units, this.slotsOf(article)) : insertAll(units, this.slotsOf(article));
			this.unitsOfArticle.set(article, ids);
			if (signature !== undefined) {
				this.signatures.set(article, signature);
			}
		}
		this.matching.matchChanged(() => this.articlesInOrder().flatMap((article) => this.unitsOfArticle.get(article)!));
		this.cachedClaims = undefined;
		// The vectors served the matching; kept, they would double the memory of a large folder.
		this.forgetVectors();
	}

	/** The units as one article's come in (`insertAll`, `replaceUnits`). */
	private slotsOf(article: string): ArticleSlots {
		return {
			units: this.units,
			ranks: this.ranks,
			rank: (place) => this.order.rank(article, place),
			insert: (unit, rank) => this.insert(unit, rank),
			remove: (id) => this.removeUnit(id),
			replaced: (unit) => this.matching.replaced(unit),
		};
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
		this.matching.add(id, unit, this.ranks);
		this.forgetVectors();
		this.cachedClaims = undefined;
		return id;
	}

	/** Forgets every vector made under the current weights: a unit came or went. */
	private forgetVectors(): void {
		this.matching.space.clear();
		this.reads.forget();
	}

	/** Takes a unit out of every posting list and every match. */
	private removeUnit(id: number): void {
		this.matching.remove(id, this.units[id]!);
		this.forgetVectors();
		this.units[id] = undefined;
		this.unitArticles[id] = -1;
		this.cachedClaims = undefined;
	}

	/**
	 * The units whose weighted features changed in the last `addArticles` (new, edited, or sharing
	 * a feature whose rarity changed): any similarity read from them may have changed.
	 */
	changedUnits(): ReadonlySet<Unit> {
		return this.matching.changedUnits();
	}

	/** The unit objects let go in the last `addArticles` (and the removals before it): removed, or replaced by another version of the passage. Incremental only. */
	goneUnits(): ReadonlySet<Unit> {
		return this.matching.goneUnits();
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
		return this.reads.similarity(a, b);
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
		return this.reads.similarities();
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
		const { matches, chosen } = this.matching;
		const input = { matches, unitsInOrder, threshold: this.threshold, mutualThreshold: this.mutualThreshold };
		// The editor's aligner groups again where its last changes reach, giving the near misses in a fresh aligner's order.
		const { claims, nearMisses } = this.incremental ? this.regrouping.group(this, input, chosen, matches.takeChanged()) : groupClaims(this, input);
		this.cachedClaims = claims;
		const echoes = echoNearMisses(this.units, unitsInOrder, claims, nearMisses, (a, b) => this.similarity(a, b));
		// Most folders date no event twice: the grouping's list serves as it is (hundreds of thousands of pairs at 1,000 articles).
		this.cachedNearMisses = echoes.length === 0 ? nearMisses : [...nearMisses, ...echoes];
		return claims;
	}

	/** How many passages the last grouping grouped again, of how many (the editor's aligner; for the bench). */
	regrouped(): { units: number; of: number } {
		return this.regrouping.regrouped;
	}

	/**
	 * Sentences of two articles that matched but are not one claim: "Marr, 45, has hosted …"
	 * against "Marr, 40, has hosted …" once the changed age is all that differs in a short
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
		this.reads.forget();
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
		this.matching.letGo();
		this.reads.forget();
		this.cachedNearMisses = [];
		releaseFeatures(this.units);
		this.compacted = claims;
	}

	/** Throws once compacted (`compact`): only look-ups are left. */
	private assertWhole(): void {
		if (this.compacted) {
			throw new Error('this aligner was compacted after its comparison: it only looks units up');
		}
	}
}
