import type { Claim, NearMiss } from '../aligner';
import type { ArticleAnalysis, Entity } from '../../types';
import type { CompareContext, DiscrepancyDraft } from '../context';
import { findAttributionDiscrepancies } from '../discrepancies/attributions';
import { findSubstitutions } from '../discrepancies/entities';
import { findFigureDiscrepancies } from '../discrepancies/figures';
import { findQuoteDiscrepancies } from '../discrepancies/quotes';
import { findWeekdayDiscrepancies } from '../discrepancies/weekdays';
import type { SwapFinder } from '../discrepancies/swaps';
import type { NearMissPlace } from '../alignment/nearMissChanges';
import { type ClaimHolder, heldBy } from '../claimHolder';
import { placesOfFolder } from '../placesTogether';
import { readNearMissScore } from '../nearMissScore';
import type { RecordFold } from './nearMissFold';
import { entityKey, type Unit } from '../units';
import { figureFamily, quotesKey } from './analysisParts';
import { type AnalysisPart, type FigureTest, flagsOf, type NearMissFlag, nearMissFlags, noReads, type Reads, type Similarity, watchedAligner } from './reads';

// One claim or near miss judged for the draft cache (`draftCache.ts`): the finders run on it alone, what they read noted.

/** What the finders found, as a judgement gives it. */
interface Drafts {
	figures: DiscrepancyDraft[];
	weekdays: DiscrepancyDraft[];
	quotes: DiscrepancyDraft[];
	attributions: DiscrepancyDraft[];
	substitutions: Map<string, DiscrepancyDraft>;
}

/**
 * What the finders give for one claim (or one near miss), kept while its passages stay the same.
 * Every field is set in the constructor, so that every record has one shape: the draft cache reads
 * a few fields of each of a quarter of a million records per edit at 1,000 articles.
 */
export class Found {
	/** The claim's id now (ids are renumbered as claims come and go: `renumbered`). */
	claim: string | undefined;
	/** What the claim's drafts read their claim's id from (`heldBy`): the id now. */
	readonly holder: ClaimHolder;
	/** A claim's passages, in order (a near miss's are its key). */
	units: Unit[] | undefined;
	figures: DiscrepancyDraft[];
	weekdays: DiscrepancyDraft[];
	quotes: DiscrepancyDraft[];
	attributions: DiscrepancyDraft[];
	/** Name substitutions, by the key the finder merges them under. */
	substitutions: Map<string, DiscrepancyDraft>;
	/** What the finders read besides the passages (similarities, scores, flags), with the values seen. */
	reads: Reads;
	/** For a near miss: which of its flags were read. */
	flagsRead: NearMissFlag[] | undefined;
	/** Whether the finders found anything, noted when made: the walk over every near miss reads no list. */
	readonly any: boolean;
	/** For a near miss: the object last judged or found to hold. */
	nearMiss: NearMiss | undefined = undefined;
	/** For a claim: the comparison that last judged it or found it to hold: only the next may reuse it. */
	seen = -1;
	/** For a near miss: its place in the list of near misses last read in full. */
	place = -1;
	/** For a near miss: the list it stands in (`NearMissRecords`), -1 once let go. */
	listed = -1;
	/** For a near miss that found anything: its place when put in the list of those (`NearMissRecords.finding`). */
	at: NearMissPlace | undefined = undefined;
	/** For a near miss: the comparison that put it in that list again (its old entry to be skipped). */
	placedAgain = -1;
	/** The comparison in which it read a passage the edit changed (`ReadersIndex.suspects`), its reads to be checked. */
	suspect = -1;
	/** For a near miss: the merge keys and ranks of its figure drafts, as the fold last read them (`NearMissFold`). */
	fold: RecordFold | undefined = undefined;

	constructor(claim: string | undefined, units: Unit[] | undefined, drafts: Drafts, reads: Reads, flagsRead?: NearMissFlag[]) {
		this.claim = claim;
		this.units = units;
		this.holder = { claim };
		// A claim's own drafts follow its id as it is renumbered.
		const hold = (list: DiscrepancyDraft[]) => (claim === undefined ? list : list.map((draft) => (draft.claim === claim ? heldBy(draft, this.holder) : draft)));
		this.figures = hold(drafts.figures);
		this.weekdays = hold(drafts.weekdays);
		this.quotes = hold(drafts.quotes);
		this.attributions = hold(drafts.attributions);
		this.substitutions = claim === undefined ? drafts.substitutions : new Map([...drafts.substitutions].map(([key, draft]) => [key, draft.claim === claim ? heldBy(draft, this.holder) : draft]));
		this.reads = reads;
		this.flagsRead = flagsRead;
		this.any = drafts.figures.length + drafts.weekdays.length + drafts.quotes.length + drafts.attributions.length + drafts.substitutions.size > 0;
	}
}

/** Whether the finders found anything in a claim or near miss. */
export function foundAny(found: Found): boolean {
	return found.any;
}

/**
 * The context for judging some passages alone: the folder's identities cut to those the passages
 * name (and their quotes' sources), in the folder's order, each with one mention per article
 * that names it, so that what the name finder counts over the identities ("in how many articles
 * is this name") costs those few, not every name of the folder once per claim. (The finders look
 * an identity up through `context.entity`, which keeps the whole one.)
 */
export function namedIn(context: CompareContext): (units: Unit[]) => CompareContext {
	// Read of these identities, by the finders judging one claim: which articles name each. One
	// mention per article says it (a name met 5,000 times in 1,000 articles is read 1,000 times).
	// Cut when first needed: an edit judges a few claims again, naming a few identities of the folder's thousands.
	const thinned: (Entity | undefined)[] = [];
	const thin = (index: number) => {
		let entity = thinned[index];
		if (!entity) {
			const whole = context.corpus.entities[index];
			const seen = new Set<string>();
			entity = { ...whole, mentions: whole.mentions.filter((mention) => !seen.has(mention.article) && seen.add(mention.article)) };
			thinned[index] = entity;
		}
		return entity;
	};
	// Indexed when first needed too (an edit that judges nothing again reads none), each key's list grown in place.
	let byKey: Map<string, number[]> | undefined;
	const indexed = () => {
		byKey = new Map();
		context.corpus.entities.forEach((entity, index) => {
			const key = entityKey(entity);
			const list = byKey!.get(key);
			if (list) {
				list.push(index);
			} else {
				byKey!.set(key, [index]);
			}
		});
		return byKey;
	};
	return (units) => {
		const identities = byKey ?? indexed();
		const keys = new Set<string>();
		for (const unit of units) {
			for (const key of unit.entities) {
				keys.add(key);
			}
			for (const name of unit.names) {
				keys.add(name.key);
			}
			const source = unit.quote?.source ? context.entityNamed(unit.quote.source.name) : undefined;
			if (source) {
				keys.add(entityKey(source));
			}
		}
		const indexes = [...keys].flatMap((key) => identities.get(key) ?? []).sort((a, b) => a - b);
		const corpus = { ...context.corpus, entities: indexes.map(thin) };
		// The places the folder writes one inside the other are the whole folder's ("Halden, Tarnford" in any article), read once.
		placesOfFolder(context.corpus, corpus);
		return { ...context, corpus };
	};
}

/** One claim's drafts, each finder given that claim alone. */
export function judgeClaim(context: CompareContext, original: Claim, units: Unit[], swapFinder: SwapFinder, similarity: Similarity): Found {
	const reads: Reads = noReads();
	let scoresRead = false;
	const members = original.members.map((member) => new Proxy(member, { get: (target, property, receiver) => ((scoresRead ||= property === 'score'), Reflect.get(target, property, receiver) as unknown) }));
	const claim = { ...original, members };
	const alone: CompareContext = { ...context, claims: [claim], aligner: watchedAligner(context.aligner, [], similarity, reads), analysisOf: watchedAnalyses(context, reads), quotesIn: watchedQuotes(context, reads) };
	// The figure finder ends with the weekdays of the same claims: those are kept apart, for the full comparison's order.
	const weekdays = findWeekdayDiscrepancies(alone);
	const figures = findFigureDiscrepancies(alone);
	const substitutions = new Map<string, DiscrepancyDraft>();
	findSubstitutions(alone, substitutions, swapFinder);
	const quotes = findQuoteDiscrepancies(alone);
	const attributions = findAttributionDiscrepancies(alone);
	if (scoresRead) {
		reads.scores = memberScores(original);
	}
	noteFamilies(reads, units);
	return new Found(claim.id, units, { figures: figures.slice(0, figures.length - weekdays.length), weekdays, quotes, attributions, substitutions }, reads);
}

/** A claim's members' scores, in order. */
export function memberScores(claim: Claim): number[] {
	return claim.members.map((member) => member.score);
}

/** One near miss's drafts: figures and names, the finders that read near misses. */
export function judgeNearMiss(context: CompareContext, nearMiss: NearMiss, swapFinder: SwapFinder, similarity: Similarity): Found {
	// The passages are the near miss's units (they are the cache's key); its score and flags are noted when read.
	const flags = new Set<NearMissFlag>();
	let scoreRead = false;
	const watchedNearMiss = new Proxy(nearMiss, {
		get: (target, property, receiver) => {
			if (property === 'score') {
				scoreRead = true;
			} else if ((nearMissFlags as readonly (string | symbol)[]).includes(property)) {
				flags.add(property as NearMissFlag);
			}
			return Reflect.get(target, property, receiver) as unknown;
		},
	});
	const reads: Reads = noReads();
	const alone: CompareContext = { ...context, claims: [], aligner: watchedAligner(context.aligner, [watchedNearMiss], similarity, reads), analysisOf: watchedAnalyses(context, reads), quotesIn: watchedQuotes(context, reads) };
	const substitutions = new Map<string, DiscrepancyDraft>();
	findSubstitutions(alone, substitutions, swapFinder);
	const figures = findFigureDiscrepancies(alone);
	const flagsRead = [...flags].sort();
	reads.flags = flagsOf(nearMiss, flagsRead);
	if (scoreRead) {
		reads.scores = [readNearMissScore(nearMiss)];
	}
	noteFamilies(reads, [nearMiss.a, nearMiss.b]);
	return new Found(undefined, undefined, { figures, weekdays: [], quotes: [], attributions: [], substitutions }, reads, flagsRead);
}

/**
 * Notes, when a judgement read an article's figures, the families of the figures of the passages
 * judged: the figure finder reads an article's figures to find one that agrees with a passage's
 * figure of the same kind and unit ("9 months" written elsewhere by the article that says "11
 * months" here), so only those families of the article must stay the same (`Reads.families`).
 */
function noteFamilies(reads: Reads, units: readonly Unit[]): void {
	if (reads.parts.includes('figures') || reads.parts.includes('whole')) {
		reads.families = [...new Set(units.flatMap((unit) => unit.figures.map(figureFamily)))];
	}
}

/**
 * `context.analysisOf`, each analysis read noted in `reads.analyses` with what of it was read: an
 * analysis is given through a stand-in that notes its figures or quotes read (`AnalysisPart`), and
 * anything else as the whole; its figures asked only whether one passes a test ("writes this
 * article 11 months elsewhere?") are noted as that question and its answer (`Reads.figureTests`).
 */
function watchedAnalyses(context: CompareContext, reads: Reads): CompareContext['analysisOf'] {
	const note = (analysis: ArticleAnalysis, part: AnalysisPart) => {
		const at = reads.analyses.indexOf(analysis);
		if (at < 0) {
			reads.analyses.push(analysis);
			reads.parts.push(part);
		} else if (reads.parts[at] !== part) {
			reads.parts[at] = 'whole';
		}
	};
	// An article's figures asked only whether one passes a test are noted as that question and its answer (`Reads.figureTests`).
	const figuresOf = (analysis: ArticleAnalysis) =>
		new Proxy(analysis.figures, {
			get: (target, property, receiver) => {
				if (property === 'some') {
					return (test: FigureTest['test']) => {
						const answer = target.some(test);
						reads.figureTests.push({ analysis, test, answer });
						return answer;
					};
				}
				note(analysis, 'figures');
				return Reflect.get(target, property, receiver) as unknown;
			},
		});
	const standIns = new Map<ArticleAnalysis, ArticleAnalysis>();
	return (article) => {
		const analysis = context.analysisOf(article);
		let standIn = standIns.get(analysis);
		if (!standIn) {
			standIn = new Proxy(analysis, {
				get: (target, property, receiver) => {
					if (property === 'figures') {
						return figuresOf(target);
					}
					note(target, property === 'quotes' ? property : 'whole');
					return Reflect.get(target, property, receiver) as unknown;
				},
			});
			standIns.set(analysis, standIn);
		}
		return standIn;
	};
}

/** `context.quotesIn`, each span asked noted in `reads.quoteSpans` with the quotes it gave. */
function watchedQuotes(context: CompareContext, reads: Reads): CompareContext['quotesIn'] {
	return (article, start, end) => {
		const quotes = context.quotesIn(article, start, end);
		const analysis = context.analysisOf(article);
		reads.quoteSpans.push({ analysis, start, end, answer: quotesKey(analysis, quotes) });
		return quotes;
	};
}

/**
 * A claim's record under its current id: its drafts read the id from the record (`heldBy`), so a
 * claim renumbered as others come and go keeps its record and drafts.
 */
export function renumbered(found: Found, id: string): void {
	found.claim = id;
	found.holder.claim = id;
}

/** Whether two lists hold the same unit objects in the same order. */
export function sameUnits(a: readonly Unit[], b: readonly Unit[]): boolean {
	return a.length === b.length && a.every((unit, i) => unit === b[i]);
}
