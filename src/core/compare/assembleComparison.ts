import type { Discrepancy } from '../types';
import type { Aligner, Claim, ClaimMember } from './aligner';
import { ByUnit } from './byUnit';
import type { CompareContext, DiscrepancyDraft } from './context';
import { finalize } from './finalize';
import type { Made } from './madeDiscrepancies';
import type { Unit } from './units';

/** The cross-outlet comparison of a folder. */
export interface Comparison {
	/** Aligned claims (a claim of one member is reported by one outlet only). */
	claims: Claim[];
	/** Disagreements, highest rank first. */
	discrepancies: Discrepancy[];
	/** The aligner, for looking up the passages aligned with a position. */
	aligner: Aligner;
	/** The unit behind a claim member. */
	unitOf(member: ClaimMember): Unit;
	/** The claim a unit belongs to. */
	claimOf(unit: Pick<Unit, 'article' | 'kind' | 'index'>): Claim | undefined;
	/** The discrepancies that mention an article. */
	discrepanciesOf(article: string): Discrepancy[];
}

/**
 * Ranks the finders' drafts and indexes the result.
 *
 * @param context What the finders read.
 * @param drafts Every finder's drafts, in the finders' order.
 * @returns The comparison.
 */
export function assembleComparison(context: CompareContext, drafts: DiscrepancyDraft[]): Comparison {
	const { claims, aligner, unitOf } = context;
	// Outlets that do not carry the claim at all are named as missing: "not reported by …". Read
	// from the claim's members when first asked, one list per claim: in a folder of 10,000 articles
	// a claim misses most of them, and a list per discrepancy would cost gigabytes.
	const claimById = new Map(claims.map((claim) => [claim.id, claim]));
	const articleIds = sameArticles(context.articleIds);
	// A discrepancy made by an earlier comparison of the same draft, id and claim (`finalize`) serves while what was added to it
	// holds: its missing outlets read from the same claim object among the same articles, or none read as none are now.
	const serves = ({ discrepancy, note }: Made) => {
		const claim = discrepancy.claim ? claimById.get(discrepancy.claim) : undefined;
		const read = note as MissingRead | undefined;
		return read === undefined ? claim === undefined || discrepancy.missing.length > 0 : read.claim === claim && read.articleIds === articleIds;
	};
	// The records are read in this call alone: the array is written over by the next.
	const made = reused.get(context.aligner) ?? reused.set(context.aligner, []).get(context.aligner)!;
	const discrepancies = finalize(drafts, { serves, made });
	for (let i = 0; i < discrepancies.length; i++) {
		const record = made[i];
		if (record.again) {
			continue;
		}
		const discrepancy = discrepancies[i];
		const claim = discrepancy.claim ? claimById.get(discrepancy.claim) : undefined;
		if (claim && discrepancy.missing.length === 0) {
			readOnDemand(discrepancy, 'missing', () => missingFrom(claim, articleIds));
			record.note = { claim, articleIds } satisfies MissingRead;
		}
	}
	// The look-ups are built when first asked: the editor compares again at each edit, and a hover asks later, once.
	let claimIndex: ByUnit<Claim> | undefined;
	let byArticle: Map<string, Discrepancy[]> | undefined;
	return {
		claims,
		discrepancies,
		aligner,
		unitOf,
		claimOf: (unit) => (claimIndex ??= claimsByUnit(claims)).get(unit),
		discrepanciesOf: (article) => (byArticle ??= discrepanciesByArticle(discrepancies)).get(article) ?? [],
	};
}

/** Where a discrepancy's missing outlets are read from (`assembleComparison`): the claim and the folder's articles, noted in its record (`Made.note`). */
interface MissingRead {
	claim: Claim;
	articleIds: readonly string[];
}

/** Per aligner, an array `finalize` writes its records into (`Reuse.made`), made once. */
const reused = new WeakMap<Aligner, Made[]>();

/** The last comparison's list of articles, given again for a list of the same articles (one comparison after another tells them apart by object). */
let lastArticleIds: readonly string[] = [];

function sameArticles(articleIds: readonly string[]): readonly string[] {
	if (articleIds.length !== lastArticleIds.length || articleIds.some((article, i) => article !== lastArticleIds[i])) {
		lastArticleIds = articleIds;
	}
	return lastArticleIds;
}

/** Per claim object, its missing outlets among a list of articles: made when first asked, shared by its discrepancies and by the next comparisons that keep the claim. */
const missingLists = new WeakMap<Claim, { articleIds: readonly string[]; missing: string[] }>();

function missingFrom(claim: Claim, articleIds: readonly string[]): string[] {
	let known = missingLists.get(claim);
	if (known?.articleIds !== articleIds) {
		known = { articleIds, missing: outletsMissing(claim, articleIds) };
		missingLists.set(claim, known);
	}
	return known.missing;
}

/** Each claim by its members. */
function claimsByUnit(claims: readonly Claim[]): ByUnit<Claim> {
	const index = new ByUnit<Claim>();
	for (const claim of claims) {
		for (const member of claim.members) {
			index.set(member, claim);
		}
	}
	return index;
}

/** The discrepancies that mention each article. */
function discrepanciesByArticle(discrepancies: readonly Discrepancy[]): Map<string, Discrepancy[]> {
	const byArticle = new Map<string, Discrepancy[]>();
	for (const discrepancy of discrepancies) {
		for (const article of new Set(discrepancy.mentions.map((mention) => mention.article))) {
			const list = byArticle.get(article) ?? [];
			list.push(discrepancy);
			byArticle.set(article, list);
		}
	}
	return byArticle;
}

/** The articles that have no passage in a claim, in folder order. */
function outletsMissing(claim: Claim, articleIds: readonly string[]): string[] {
	const reporting = new Set(claim.members.map((member) => member.article));
	return articleIds.filter((article) => !reporting.has(article));
}

/** Makes a property computed when first read (and then kept), and still a plain enumerable value to a copy or a structured clone. */
function readOnDemand<T, K extends keyof T>(target: T, key: K, compute: () => T[K]): void {
	let value: T[K] | undefined;
	Object.defineProperty(target, key, {
		enumerable: true,
		configurable: true,
		get: () => (value ??= compute()),
		set: (next: T[K]) => {
			value = next;
		},
	});
}
