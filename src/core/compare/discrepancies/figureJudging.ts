import { distinctPassages } from '../distinctPassages';
import { figuresAgreeOnce } from './figurePairs';
import { roundedAgree } from '../../figures/rounding';
import type { Figure, Severity } from '../../types';
import { mentionOf, type CompareContext, type DiscrepancyDraft } from '../context';
import { sameKeysAs } from '../draftKeys';
import { boundsAgree, type FigureFrame } from '../figureFrame';
import type { Token } from '../tokens';
import { figureRules } from '../rules/figures';
import { relativeDays } from '../../text/lexicon/time';
import { figureReason, figureSummary, figureTitleTopic, unitDroppedReason } from '../wording/figureWording';
import { dice, overlap } from '../passageWords';
import type { PlacedFigure, Slot } from './figurePlacing';
import { withoutAmbiguous } from './figureAmbiguity';
import { ageOfTheClaim, background, crowdedAlone, eachWritesTheOther, farApartAlone, relativeGap, untold, weightyKinds } from './figureSlotReadings';

// Whether the outlets of a slot disagree, and how much that matters (the thresholds are in `rules/figures.ts`).

/**
 * What the caller of `judgeSlot` may add: the severity it gives the draft in the end (a near miss
 * lowers it), and whether a draft of that merge key and rank is outranked already (`Outranking`):
 * then no draft is made, nor its summary worded.
 */
export interface SlotJudging {
	severity?: (severity: Severity) => Severity;
	outranked?: (probe: DiscrepancyDraft) => boolean;
}

/** Decides whether the outlets in a slot disagree, and how much that matters. */
export function judgeSlot(context: CompareContext, claim: string | undefined, fullSlot: Slot, judging?: SlotJudging): DiscrepancyDraft | undefined {
	// Two figures that agree, of one unit, are one value whatever `withoutAmbiguous` would leave
	// out: most slots of near misses ("27%" / "27 percent" in loosely alike sentences), read first.
	if (fullSlot.length === 2 && fullSlot[0].figure.unit === fullSlot[1].figure.unit && agree(fullSlot[0], fullSlot[1])) {
		return undefined;
	}
	const slot = withoutAmbiguous(fullSlot, (article) => context.textOf(article));
	if (new Set(slot.map((placed) => placed.article)).size < 2) {
		return undefined;
	}
	const groups: Slot[] = [];
	for (const placed of slot) {
		const group = groups.find((candidate) => agree(candidate[0], placed));
		if (group) {
			group.push(placed);
		} else {
			groups.push([placed]);
		}
	}
	const unitDropped = groups.length === 1 && new Set(slot.map((placed) => placed.figure.unit)).size > 1;
	if (groups.length === 1 && !unitDropped) {
		return undefined;
	}
	groups.sort((x, y) => y.length - x.length);
	const majority = groups[0];
	// The title's words are read when the severity or the summary needs them (`untold`, then only for a draft kept).
	let label: string | undefined;
	const labelled = () => (label ??= labelOf(context, slot));
	const alignment = Math.min(...slot.map((placed) => placed.member.score));
	// "about 40,000" against 38,500, "$349" against "$349.99": worth a look, not a listed disagreement.
	const loose = groups.every((group) => groups.every((other) => group === other || boundsAgree(frameValue(group[0]), frameValue(other[0])) !== 'no' || roundedAgree(group[0].figure, other[0].figure)));
	// Sentences that merely share a topic ("the team's 15 seasons" / "his 11 seasons as coach")
	// need the words around the figures to say it is one quantity before it is listed.
	const shared = sharedAround(groups);
	const weighty = weightyKinds.has(slot[0].figure.kind);
	// Too few shared words, or one amount against one in loose passages (`figureRules.oneAgainstOneBelow`), unless the passages carry one claim.
	const needsOneClaim = shared < figureRules.sharedWordsAt(alignment) || (weighty && slot.length === 2 && alignment < figureRules.oneAgainstOneBelow && relativeGap(groups) > figureRules.oneAgainstOneNear);
	const carriesOneClaim = () => groups.slice(1).every((group) => group.some((placed) => groups[0].some((other) => oneClaim(placed.stems, other.stems))));
	const unsupported =
		!unitDropped &&
		((needsOneClaim && !carriesOneClaim() && !ageOfTheClaim(groups)) || (weighty && alignment < figureRules.namesAloneBelow && shared > 0 && sharedAround(groups, true) === 0 && !headlinesCountingOneThing(slot)));
	const judged = unitDropped || loose || unsupported || farApartAlone(slot, groups, alignment) || crowdedAlone(slot, groups, alignment) || background(context, groups) || untold(slot, labelled, alignment) || eachWritesTheOther(context, groups) ? 'low' : severityOf(slot, shared, () => support(context, groups));
	const severity = judging?.severity ? judging.severity(judged) : judged;
	const strength = Math.min(1, 0.4 + alignment * 0.6);
	const mentions = slot.map((placed) => mentionOf(context, placed.article, placed.figure, placed.figure.text, unitDropped ? !placed.figure.unit : !majority.includes(placed)));
	const weight = unitDropped ? 0 : 1 + relativeGap(groups);
	// What `finalize` reads of the draft (its merge key and rank), without the words.
	const probe: DiscrepancyDraft | undefined = judging?.outranked ? { kind: 'figure', severity, summary: '', reason: '', strength, mentions, missing: [], weight } : undefined;
	if (probe && judging!.outranked!(probe)) {
		return undefined;
	}
	const byUnit = unitDropped ? groupByUnit(slot) : groups;
	const sides = byUnit.map((group) => ({ text: [...new Set(group.map((placed) => placed.figure.text))].join(' / '), articles: group.map((placed) => placed.article) }));
	const draft: DiscrepancyDraft = {
		kind: 'figure',
		severity,
		summary: figureSummary(labelled(), sides, context.outlet),
		reason: unitDropped
			? unitDroppedReason(slot.filter((placed) => !placed.figure.unit).map((placed) => placed.article), context.outlet)
			: figureReason(groups.map((group) => group[0].figure.text)),
		strength,
		mentions,
		missing: [],
		...(claim ? { claim } : {}),
		weight,
	};
	// The keys worked out for the probe are the draft's: `finalize` reads them again at no cost.
	return probe ? sameKeysAs(draft, probe) : draft;
}

/**
 * How alike the least supported outlet's passage is to its closest passage of the majority: a
 * date one outlet moved in a near copy of another's sentence is as plain in a claim of ten loosely
 * alike passages as in a claim of two ("signed on October 14" / "signed on October 17" beside
 * eight retellings). As a band of `supportBands`: 0 under `dateEvidence.minSimilarity`, 1 from
 * it, 2 from `dateEvidence.nearCopy`.
 */
function support(context: CompareContext, groups: Slot[]): number {
	const [majority, ...others] = groups;
	const similarity = (a: PlacedFigure, b: PlacedFigure) => context.aligner.similarityBand(a.unit, b.unit, supportBands);
	// A few passages of each side tell it; a claim of hundreds need not be measured whole.
	const sample = (group: Slot) => distinctPassages(group, (placed) => placed.unit, context.textOf, supportSample);
	const majoritySample = sample(majority);
	return Math.min(...others.map((group) => Math.max(...sample(group).flatMap((placed) => majoritySample.map((other) => similarity(placed, other))))));
}

/** Passages of each side read by `support`. */
const supportSample = 5;

/** The thresholds `severityOf` compares `support` with, ascending. */
const supportBands = [figureRules.dateEvidence.minSimilarity, figureRules.dateEvidence.nearCopy];

/**
 * How many words around the figures the least supported outlet shares with the majority: for each
 * other group, the most any of its figures shares with one of the majority's.
 */
function sharedAround(groups: Slot[], besidesNames = false): number {
	const [majority, ...others] = groups;
	// Each figure's words read once, not once per pair: a majority of a thousand outlets meets every other group.
	const words = new Map<PlacedFigure, Set<string>>();
	const wordsOf = (placed: PlacedFigure) => (besidesNames ? (words.get(placed) ?? words.set(placed, withoutNames(placed)).get(placed)!) : placed.context);
	return Math.min(...others.map((group) => Math.max(...group.flatMap((placed) => majority.map((other) => overlap(wordsOf(placed), wordsOf(other)))))));
}

/** The words around a figure that are not part of a name ("poll", "lead" of "Quell leads Marr in the poll, 46 percent"). */
function withoutNames(placed: PlacedFigure): Set<string> {
	// A word both in a name and outside one stays: "three bank workers" beside "the Tarn Bank".
	const inName = (token: Token) => placed.unit.names.some((name) => name.start <= token.start && token.end <= name.end);
	const names = new Set(placed.unit.tokens.filter(inName).map((token) => token.stem));
	const plain = new Set(placed.unit.tokens.filter((token) => !inName(token)).map((token) => token.stem));
	return new Set([...placed.context].filter((stem) => !names.has(stem) || plain.has(stem)));
}

/**
 * Two passages carry one claim in other words when they share enough content words, however the
 * aligner weighs them: `figureRules.oneClaim` ("Six shipyards will share the orders" / "the orders
 * go to six yards, the ministry said" share too few; a sentence retold with five of its words does not).
 */
export function oneClaim(a: Set<string>, b: Set<string>): boolean {
	const shared = overlap(a, b);
	return shared >= figureRules.oneClaim.sharedWords && dice(a, b) >= figureRules.oneClaim.dice;
}

/** Two placed figures state the same value, once bounds are read ("more than 100" and 120). */
function agree(a: PlacedFigure, b: PlacedFigure): boolean {
	return figuresAgreeOnce(a.figure, b.figure) || (a.figure.unit === b.figure.unit && boundsAgree(frameValue(a), frameValue(b)) === 'yes') || relativeDayAgrees(a.figure, b.figure);
}

/** A day named from the article's date against a day at most `figureRules.relativeDaySlack` from it ("today" on a page stamped Tuesday / "Monday"). */
function relativeDayAgrees(a: Figure, b: Figure): boolean {
	if (a.kind !== 'date' || b.kind !== 'date' || !(relativeDays.test(a.text) || relativeDays.test(b.text))) {
		return false;
	}
	const day = /^\d{4}-\d{2}-\d{2}$/;
	return day.test(a.iso ?? '') && day.test(b.iso ?? '') && Math.abs(a.value - b.value) <= figureRules.relativeDaySlack * 24 * 60 * 60 * 1000;
}

/**
 * Headlines that count one thing, named beside each ("Navy nabs 26 pirates in Gulf of Aden" /
 * "29 pirates held in Gulf of Aden swoop"): a headline states the story's one tally, and the thing
 * counted is a word beside the figures that is no name. In the body, two sentences that name the
 * same people beside two tallies of one thing are as often two tallies ("Quell took 23 delegates in
 * Tarn against Marr" / "Marr's 32 delegates to Quell's 25").
 */
function headlinesCountingOneThing(slot: Slot): boolean {
	const unit = slot[0].figure.unit;
	return unit !== undefined && unit !== '' && slot.every((placed) => placed.unit.kind === 'headline' && placed.figure.kind === 'count' && placed.figure.unit === unit);
}

function frameValue(placed: PlacedFigure): { value: number; bound?: FigureFrame['bound'] } {
	return { value: placed.figure.value, ...(placed.frame.bound ? { bound: placed.frame.bound } : {}) };
}

/**
 * A different sum, share or count is what a fact-checker checks first; a different date or time
 * in similar sentences is as often two events ("in December" / "in September"): medium when the
 * passages are near copies or the words around the dates say it is one event
 * (`figureRules.dateEvidence`), else low. A bare number without shared words around it is never high.
 */
function severityOf(slot: Slot, shared: number, closestBandOf: () => number): 'high' | 'medium' | 'low' {
	const kind = slot[0].figure.kind;
	// A span of years ("the 2008-09 season") is a date too.
	if (kind === 'date' || kind === 'time' || (kind === 'range' && slot[0].figure.unit === 'date')) {
		const { sharedWords } = figureRules.dateEvidence;
		// `support`'s band: 2 from `nearCopy`, 1 from `minSimilarity`.
		const closest = closestBandOf();
		// A decade or a century is a period, not the event's date: "the poet died on Monday, May 4" /
		// "the poet shaped the protest songs of the seventies" share words, not a claim.
		const period = slot.some((placed) => /^\d{2,3}$/.test(placed.figure.iso ?? ''));
		return closest === 2 || (kind === 'date' && !period && ((closest >= 1 && (shared >= sharedWords || daysApart(slot))) || (shared >= 1 && fullDatesApart(slot)))) ? 'medium' : 'low';
	}
	if (!weightyKinds.has(kind)) {
		return 'medium';
	}
	const context = Math.min(...slot.slice(1).map((placed) => overlap(placed.context, slot[0].context)));
	return kind === 'number' && context < 2 ? 'medium' : 'high';
}

/**
 * Days of one month and year, a few days apart, each given with its day: "the ferry sank on June
 * 4, 2024" / "the June 6, 2024, sinking". Two events of aligned passages seldom fall in
 * the same week; one event dated two ways does (`figureRules.dateEvidence.daysApart`).
 */
function daysApart(slot: Slot): boolean {
	const days = slot.map((placed) => dayPattern.exec(placed.figure.iso ?? ''));
	if (days.some((day) => day === null) || slot.some((placed) => !/\b\d{1,2}\b/.test(placed.figure.text))) {
		return false;
	}
	// A day given without its year ("on June 17") is a day of any year the others give: the
	// months must agree, and the years where two dates give theirs.
	const years = new Set(days.flatMap((day) => (day![1] ? [day![1]] : [])));
	const months = new Set(days.map((day) => day![2]));
	const numbers = days.map((day) => Number(day![3]));
	return years.size <= 1 && months.size === 1 && Math.max(...numbers) - Math.min(...numbers) <= figureRules.dateEvidence.daysApart;
}

/** A date's ISO form with its day: "2031-06-04" (year, month, day) or "--06-04" (month and day alone). */
const dayPattern = /^(?:(\d{4})|-)-(\d{2})-(\d{2})/;

/**
 * `daysApart`, each date written in full, with its year: "its June 4, 2031 opening" / "the June 7,
 * 2031 opening date". A day, a month and a year a few days from another's, beside a shared word,
 * date one event two ways even in sentences that otherwise go their own ways.
 */
export function fullDatesApart(slot: Slot): boolean {
	return writtenInFull(slot) && (daysApart(slot) || sameDayOtherYear(slot));
}

/** Each date of the slot written with its day and its year ("May 14, 2031", "14 May 2031"). */
function writtenInFull(slot: Slot): boolean {
	return slot.every((placed) => placed.figure.kind === 'date' && /\b\d{4}\b/.test(placed.figure.text) && /^\d{4}-\d{2}-\d{2}/.test(placed.figure.iso ?? ''));
}

/**
 * The same day of the same month in two years, each written in full: "made him their coach on May 14, 2031"
 * / "took charge of the club on May 14, 2030" is one day with its year mistyped, for two events of one
 * story seldom fall on the same day of different years (an anniversary names itself, and is one
 * article's, not two outlets' telling of one sentence).
 */
function sameDayOtherYear(slot: Slot): boolean {
	const days = slot.map((placed) => dayPattern.exec(placed.figure.iso ?? ''));
	return days.every((day) => day !== null && day[1] !== undefined) && new Set(days.map((day) => `${day![2]}-${day![3]}`)).size === 1 && new Set(days.map((day) => day![1])).size > 1;
}

function groupByUnit(slot: Slot): Slot[] {
	const groups = new Map<string, Slot>();
	for (const placed of slot) {
		const list = groups.get(placed.figure.unit) ?? [];
		list.push(placed);
		groups.set(placed.figure.unit, list);
	}
	return [...groups.values()].sort((x, y) => y.length - x.length);
}

/** How far apart the values are, 0–1: "27 vs 26" is closer than "300 vs 30". */

/**
 * Names the quantity from its sentences' subject and verb (`wording/figureWording.ts`): "grain
 * exports rose 27%" and "grain exports grew 26 percent" give "Grain exports rose".
 */
function labelOf(context: CompareContext, slot: Slot): string {
	// Counts that each clause says are of the dead (or the hurt, the missing) are titled so, not by
	// a verb one headline happened to use: "Three die in depot blaze" / "Five dead" → "Dead".
	const outcome = slot[0].frame.outcome;
	if (outcome !== undefined && slot.every((placed) => placed.frame.outcome === outcome)) {
		return outcome.charAt(0).toUpperCase() + outcome.slice(1);
	}
	return figureTitleTopic(
		slot.map((placed) => ({
			text: context.textOf(placed.article),
			sentence: placed.member,
			figure: { ...placed.figure, age: placed.frame.counted[0] === 'age' },
			owners: [...placed.frame.owners.keys()].flatMap((key) => context.entity(key)?.name ?? []),
			people: [...placed.frame.owners.keys()].flatMap((key) => (context.entity(key)?.type === 'person' ? context.entity(key)!.name : [])),
		})),
	);
}
