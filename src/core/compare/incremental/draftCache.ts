import type { ArticleAnalysis } from '../../types';
import type { ClaimMember, NearMiss } from '../aligner';
import type { CompareContext, DiscrepancyDraft } from '../context';
import { findAgeDiscrepancies } from '../discrepancies/ages';
import { findRecordDiscrepancies } from '../discrepancies/records';
import { findLedeDays } from '../discrepancies/ledeDays';
import { findHeadlineCounts } from '../discrepancies/headlineCounts';
import { replacesDraft } from '../discrepancies/entities';
import { KeptPassageFigures, withKeptPassageFigures } from '../discrepancies/figurePlacing';
import { SwapFinder } from '../discrepancies/swaps';
import type { Unit } from '../units';
import { FolderEpoch } from './epoch';
import { type Found, foundAny, judgeClaim, judgeNearMiss, memberScores, namedIn, renumbered, sameUnits } from './judging';
import { ReadersIndex } from './readersIndex';
import { stillHolds, type Update } from './reads';
import { NearMissFold } from './nearMissFold';
import { NearMissRecords } from './nearMissRecords';
import { OmissionCache } from './omissionCache';
import { SpellingCache } from './spellingCache';

/**
 * The finders' drafts of a folder, found again only for the claims and near misses an edit
 * touched. Most finders judge one claim at a time ("rose 27%" against "rose 26 percent" in one
 * claim says nothing about another claim), so a claim whose passages are the same objects, with
 * the same scores, under the same identities and outlet names, gives what it gave before, while
 * what its finders read besides (`Reads`: similarities of passages, which move as a word's rarity
 * changes with an edit; scores; a near miss's flags) still holds. Of the finders that read the whole
 * folder, spellings are kept per identity (`SpellingCache`) and omissions per claim
 * (`OmissionCache`); ages, records and ledes run in full. The drafts come out in the order the full
 * comparison makes them, so ranking, merging and numbering give the same discrepancies.
 */
export class DraftCache {
	/** What was found for each claim, by its first passage (a passage is in one claim). A unit object rebuilt after an edit is another passage here. */
	private claimsFound = new WeakMap<Unit, Found>();
	/** What was found for each claim by its members' array (`Regrouping` keeps it while the claim stays the same). */
	private claimsByMembers = new WeakMap<readonly ClaimMember[], Found>();
	/** Every record by the passages its judgement read. */
	private readers = new ReadersIndex<Found>();
	/** What was found for each near miss. */
	private nearMisses = new NearMissRecords();
	/** The number of this cache's last comparison (`comparisons`): a record serves the next one only (`Found.seen`). */
	private round = -1;
	/** What every claim's drafts read besides its passages (`FolderEpoch`). */
	private readonly epoch = new FolderEpoch();
	/** Claims and near misses judged afresh in the last call (for the bench and the tests). */
	judged = 0;
	/**
	 * One swap finder while the identities stay the same, as one serves a whole comparison: what a
	 * pair of passages holds is remembered by the pair's words and names. It reads the texts through
	 * the comparison under way (`current`).
	 */
	private swapFinder: SwapFinder | undefined;
	private current: CompareContext | undefined;
	/** The spelling drafts, per identity, and the omission drafts, per claim. */
	private spellings = new SpellingCache();
	private omissions = new OmissionCache();
	/** Each passage's figures and frames as the figure finder read them, for the next judgements while the identities stay the same. */
	private passageFigures = new KeptPassageFigures();
	/** The near misses' figure drafts, folded per merge key. */
	private nearMissFold = new NearMissFold();
	/** Each article's analysis at the last comparison. */
	private analyses = new Map<string, ArticleAnalysis>();

	/** The analyses of the last comparison that this one replaced (the articles analysed again since), and notes this one's. */
	private replacedAnalyses(context: CompareContext): ArticleAnalysis[] {
		const replaced: ArticleAnalysis[] = [];
		const now = new Map<string, ArticleAnalysis>();
		for (const analysis of context.corpus.articles) {
			const article = analysis.parsed.article.id;
			const before = this.analyses.get(article);
			if (before !== undefined && before !== analysis) {
				replaced.push(before);
			}
			now.set(article, analysis);
		}
		this.analyses = now;
		return replaced;
	}

	/**
	 * Every finder's drafts, in the order `compareCorpus` gathers them.
	 *
	 * @param context The comparison's context, the aligner brought up to date.
	 */
	drafts(context: CompareContext): DiscrepancyDraft[] {
		const moved = this.epoch.moved(context);
		this.current = context;
		// Everything judged afresh (a first comparison, or the identities changed).
		const afresh = moved || this.swapFinder === undefined;
		if (moved || !this.swapFinder) {
			this.analyses = new Map();
			this.round = -1;
			this.claimsFound = new WeakMap();
			this.claimsByMembers = new WeakMap();
			this.nearMisses = new NearMissRecords();
			this.readers = new ReadersIndex();
			this.spellings = new SpellingCache();
			this.omissions = new OmissionCache();
			this.passageFigures = new KeptPassageFigures();
			this.nearMissFold = new NearMissFold();
			const current = () => this.current!;
			this.swapFinder = new SwapFinder(new Proxy({} as CompareContext, { get: (_, property) => Reflect.get(current(), property) as unknown }));
		}
		const swapFinder = this.swapFinder;
		// A passage's figure readings are kept while the identities stay. Judging everything afresh (every passage of the folder,
		// each met in dozens of near misses), they are kept for this comparison alone and then let go: kept on, they would be a
		// heap the garbage collector walks at each edit, for the few claims an edit judges again.
		const named = namedIn(withKeptPassageFigures(context, afresh ? new KeptPassageFigures() : this.passageFigures));
		const { aligner } = context;
		const similarity = aligner.similarities();
		const update: Update = { changed: aligner.changedUnits(), gone: aligner.goneUnits(), similarity, analysisOf: context.analysisOf };
		const replaced = this.replacedAnalyses(context);
		// A record serves only if it served the comparison just before: what changed since is what `update` says.
		const last = this.round;
		const round = ++comparisons;
		const fresh = (found: Found | undefined) => (found?.seen === last ? found : undefined);
		// The records whose reads an edit may have moved: the others hold while their passages, scores and flags are the same.
		const suspectNearMisses: Found[] = [];
		for (const found of this.readers.suspects(update, (found) => (found.units ? found.seen === last : this.nearMisses.live(found)), replaced)) {
			found.suspect = round;
			if (!found.units) {
				suspectNearMisses.push(found);
			}
		}
		this.judged = 0;
		const claims = context.claims.map((claim) => {
			// The aligner gives a claim it did not group again its members as before, the same array: the same passages at the same scores.
			const kept = fresh(this.claimsByMembers.get(claim.members));
			// Most claims: kept by their members, and no passage they read changed (nothing made per claim).
			if (kept !== undefined && kept.suspect !== round) {
				renumbered(kept, claim.id);
				kept.seen = round;
				return kept;
			}
			const units = kept ? kept.units! : claim.members.map((member) => context.unitOf(member));
			let found = kept ?? fresh(this.claimsFound.get(units[0]));
			const scores = kept ? () => kept.reads.scores ?? [] : () => memberScores(claim);
			// Kept by its members, it read the same scores: only the similarities it read may have moved, if it read a passage the edit changed.
			const holds = found && (kept ? kept.suspect !== round || stillHolds(kept.reads, update, scores, '') : sameUnits(found.units!, units) && stillHolds(found.reads, update, scores, ''));
			if (!found || !holds) {
				this.judged++;
				found = judgeClaim(named(units), claim, units, swapFinder, similarity);
				this.readers.note(found);
			}
			renumbered(found, claim.id);
			found.seen = round;
			// The record kept by its members is already the one of its first passage too (set in the same round, and a passage is in one claim).
			if (found !== kept) {
				this.claimsFound.set(units[0], found);
				this.claimsByMembers.set(claim.members, found);
			}
			return found;
		});
		const judgeNearMissAfresh = (nearMiss: NearMiss) => {
			this.judged++;
			const found = judgeNearMiss(named([nearMiss.a, nearMiss.b]), nearMiss, swapFinder, similarity);
			this.readers.note(found);
			return found;
		};
		const nearMissesFinding = this.nearMisses.read(aligner.nearMisses(), round, update, suspectNearMisses, judgeNearMissAfresh);
		this.round = round;

		// `findEntityDiscrepancies` with no claims and no near misses: the spellings alone, kept per identity.
		const entities = this.spellings.drafts(context);
		// Most claims and near misses of a folder found nothing: those that did are read on, in order.
		const claimsFinding = claims.filter(foundAny);
		const substitutions = new Map<string, DiscrepancyDraft>();
		// As the finder merges one claim's drafts with another's (`replacesDraft`), in the first one's place.
		const merge = (draft: DiscrepancyDraft, key: string) => {
			const kept = substitutions.get(key);
			if (!kept || replacesDraft(kept, draft.mentions.length, draft.severity)) {
				substitutions.set(key, draft);
			}
		};
		for (const records of [claimsFinding, nearMissesFinding]) {
			for (const record of records) {
				// (`forEach`: no entry array made per draft.)
				if (record.substitutions.size > 0) {
					record.substitutions.forEach(merge);
				}
			}
		}
		const all: DiscrepancyDraft[] = [];
		gather(all, claimsFinding, 'figures');
		// The near misses' figure drafts folded per merge key (`NearMissFold`): what `finalize` keeps of them, a tenth as many.
		for (const draft of this.nearMissFold.drafts(nearMissesFinding)) {
			all.push(draft);
		}
		gather(all, claimsFinding, 'weekdays');
		all.push(...findAgeDiscrepancies(context));
		all.push(...findRecordDiscrepancies(context));
		all.push(...findLedeDays(context));
		all.push(...findHeadlineCounts(context));
		gather(all, claimsFinding, 'quotes');
		all.push(...entities, ...substitutions.values());
		gather(all, claimsFinding, 'attributions');
		all.push(...this.omissions.drafts(context));
		return all;
	}
}

/**
 * Comparisons numbered across every cache (`Found.seen`, `Found.listed`), so that a record one
 * cache left on a near miss (`NearMissRecords`) never passes for fresh in another that meets the
 * same object.
 */
let comparisons = 0;

/** Appends one finder's drafts of each record, in order (`flatMap` without an array per record: most hold none). */
function gather(all: DiscrepancyDraft[], records: readonly Found[], finder: 'figures' | 'weekdays' | 'quotes' | 'attributions'): void {
	for (const record of records) {
		const drafts = record[finder];
		if (drafts.length > 0) {
			all.push(...drafts);
		}
	}
}
