import type { Severity } from '../../types';
import { listOutlets, mentionOf, type CompareContext, type DiscrepancyDraft } from '../context';
import { weekdayRules } from '../rules/weekdays';
import { dayEvents } from './dayEvents';
import { placedDay, placedDays, type PlacedDay } from './placedDays';
import { isProse, type Unit } from '../units';
import { tagRange } from '../../text/tagger';
import { addTo } from './addTo';

/**
 * Finds passages that put the same thing on another day of the week: "the pact was signed on
 * Tuesday in Tarn" in three outlets, "signed on Friday" in a fourth. A weekday is not a figure
 * (`figures.ts` compares dates and times that the extractor reads); here each passage names one
 * day only, so "talks on Monday, a vote on Friday" is never read against another outlet's
 * Monday, and the odd day must stand where a day of the others stands: after the same word, or
 * beside the same words ("was sentenced Sunday to life" / "was sentenced Saturday morning to
 * three life terms"). Sentences too different to be one claim that the aligner paired as near
 * misses are read too ("checked into the Hale Clinic on Saturday for treatment" / "… on Friday, his
 * lawyer said"), when the words beside the day say it is one event.
 *
 * @param context The comparison.
 * @returns One draft per claim (or pair of best matches) whose outlets name different days.
 */
export function findWeekdayDiscrepancies(context: CompareContext): DiscrepancyDraft[] {
	const drafts: DiscrepancyDraft[] = [];
	const seen = new Set<Unit>();
	for (const claim of context.claims) {
		if (!isProse(claim.kind) || claim.members.length < 2) {
			continue;
		}
		const units = claim.members.map((member) => context.unitOf(member));
		const placed = units.map((unit) => placedDay(unit, context.textOf(unit.article))).filter((day): day is PlacedDay => day !== undefined);
		const draft = judgeDays(context, placed, false);
		if (draft) {
			drafts.push({ ...draft, claim: claim.id });
			placed.forEach((day) => seen.add(day.unit));
		}
		drafts.push(...severalDayDrafts(context, units, placed, draft).map((eventDraft) => ({ ...eventDraft, claim: claim.id })));
	}
	for (const { a, b, echo } of context.aligner.nearMisses()) {
		if (echo || (seen.has(a) && seen.has(b))) {
			continue;
		}
		// Most passages name no weekday: the second is read only when the first names one (each read once, `placedDay`).
		const first = placedDay(a, context.textOf(a.article));
		const second = first ? placedDay(b, context.textOf(b.article)) : undefined;
		const draft = first && second ? judgeDays(context, [first, second], true) : undefined;
		// Weaker evidence than a claim, so the words beside the days decide alone (`sharedEventWordsApart`),
		// whether or not each sentence is the other's best match: "a 41-year-old guide died on Sunday
		// when he slipped on ice" / "a 41-year-old guide from Tarnby died on Friday after a fall" share
		// the guide, his age and his death, while the second's best match is another outlet's account of the fall.
		if (draft) {
			drafts.push(draft);
		}
	}
	return drafts;
}

/**
 * The days of a claim whose passages name several (`dayEvents`), each event judged as a claim's
 * one day is; an event whose odd days `draft` (the claim's one-day passages) already set apart
 * gives nothing more.
 */
function severalDayDrafts(context: CompareContext, units: Unit[], placed: PlacedDay[], draft: DiscrepancyDraft | undefined): DiscrepancyDraft[] {
	const several = units.map((unit) => placedDays(unit, context.textOf(unit.article)));
	if (!several.some((days) => days.length > 0)) {
		return [];
	}
	const flagged = new Set((draft?.mentions ?? []).filter((mention) => mention.odd).map((mention) => `${mention.article}:${mention.start}`));
	const drafts: DiscrepancyDraft[] = [];
	for (const event of dayEvents([...several.filter((days) => days.length > 0), ...placed.map((day) => [day])])) {
		const eventDraft = judgeDays(context, event, false);
		const odd = eventDraft?.mentions.filter((mention) => mention.odd) ?? [];
		if (eventDraft && odd.some((mention) => !flagged.has(`${mention.article}:${mention.start}`))) {
			drafts.push(eventDraft);
			odd.forEach((mention) => flagged.add(`${mention.article}:${mention.start}`));
		}
	}
	return drafts;
}

/** Whether the days of passages disagree, and how surely; `strict` for passages that are no claim (only shared words beside the day count). */
function judgeDays(context: CompareContext, read: PlacedDay[], strict: boolean): DiscrepancyDraft | undefined {
	const groups = new Map<string, PlacedDay[]>();
	for (const day of read) {
		addTo(groups, day.name, day);
	}
	if (groups.size < 2) {
		return undefined;
	}
	const sorted = [...groups.values()].sort((x, y) => y.length - x.length);
	// Two days each told by several outlets are two days of the story, and a claim that holds them
	// tells several events (`weekdayRules.storyDays`).
	if (sorted[1].length >= weekdayRules.storyDays) {
		return undefined;
	}
	// Days told equally often each take the majority's part in turn, the first that sets the others
	// apart deciding: a claim whose passages tell the arrest on Tuesday (two outlets) and the game on
	// Sunday (two) sets one outlet's "arrested Thursday on suspicion of …" against the arrest's day,
	// beside whose words it stands, not against the game's.
	for (const majority of sorted.filter((group) => group.length === sorted[0].length)) {
		const draft = judgeAgainst(context, majority, sorted.filter((group) => group !== majority), strict);
		if (draft) {
			return draft;
		}
	}
	return undefined;
}

/**
 * Each odd day must stand where a day of the majority stands; the least supported of those
 * decides. A day that stands nowhere like the majority's is another event's ("at 9:40 pm (0540
 * GMT Friday)" beside "died Thursday evening"): left out, it does not hide another outlet's odd
 * day ("passed away Sunday of a stroke in Vell" / "passed away Thursday night at a clinic in Vell").
 */
function judgeAgainst(context: CompareContext, majority: PlacedDay[], rest: PlacedDay[][], strict: boolean): DiscrepancyDraft | undefined {
	const agreed = majority.length >= 2;
	const judged = rest.map((group) => ({ group, level: Math.max(...group.flatMap((day) => majority.map((other) => evidence(context, day, other, strict, agreed)))) }));
	const others = judged.filter(({ level }) => level > 0).map(({ group }) => group);
	if (others.length === 0) {
		return undefined;
	}
	const level = Math.min(...judged.filter(({ level }) => level > 0).map(({ level }) => level));
	return dayDraft(context, majority, others, level === 2 ? 'medium' : 'low', 'Aligned passages');
}

/** The draft of days that differ: the majority's day first, each other group's after. */
export function dayDraft(context: CompareContext, majority: PlacedDay[], others: PlacedDay[][], severity: Severity, passages: string): DiscrepancyDraft {
	const placed = [...majority, ...others.flat()];
	const closeness = Math.max(...others.flatMap((group) => group.flatMap((day) => majority.map((other) => context.aligner.similarity(day.unit, other.unit)))));
	const sides = [majority, ...others].map((group) => `${capital(group[0].name)} (${listOutlets(context, group.map((day) => day.unit.article))})`);
	return {
		kind: 'figure',
		severity,
		summary: `Day of the week: ${sides[0]} vs ${sides.slice(1).join(' vs ')}`,
		reason: `${passages} (similarity ${closeness.toFixed(2)}) put it on different days, each beside the same words.`,
		strength: Math.min(1, 0.4 + closeness * 0.6),
		mentions: placed.map((day) => mentionOf(context, day.unit.article, day.mark, capital(day.name), !majority.includes(day))),
		missing: [],
		weight: 1,
	};
}

/**
 * How surely two days are one event's: 2 (listed) when the words beside them say so
 * (`weekdayRules.sharedEventWords`, against a day two outlets agree on; in sentences that are no
 * claim, `sharedEventWordsApart`), or when one shared word or the same word before them stands
 * in passages alike enough (`listedSimilarity`); 1 (low) for that in looser passages; else 0.
 */
function evidence(context: CompareContext, day: PlacedDay, other: PlacedDay, strict: boolean, agreed: boolean): number {
	// A score or a sum both passages give tells one event as surely as a word beside the day:
	// "lost on Monday, 104-97 at home to the Terns" / "Friday's 104-97 home defeat".
	const sharedFigures = [...day.figures].filter((figure) => other.figures.has(figure)).length;
	const shared = [...day.around].filter((stem) => other.around.has(stem)).length + sharedFigures + (sameNamedLead(day, other) ? 1 : 0);
	// A day written as a possessive names the event the next word says ("for Sunday's cup
	// final"): against a day that is not, that word must stand beside the other day too, or a telling
	// figure both give ("Friday's 104-97 defeat" / "lost on Monday, 104-97"). "Detained on Tuesday,
	// five days before Sunday's final" tells two events whatever else the sentences share.
	if (sharedFigures === 0 && (possessiveEvent(day, other) || possessiveEvent(other, day))) {
		return 0;
	}
	// One outlet against one other, with no day two outlets agree on, must share what happened: a
	// verb of both sentences (the tagger's), or a telling figure. "stood before a judge Monday on
	// an arson count" / "was charged Saturday with arson" share the charge, not the
	// event; "the ferry sank Tuesday off Tarn" / "the ferry sank on Friday" share "sank". Without
	// one, the day differs at low severity at most; near copies need none (`weekdayRules.verbNeededBelow`).
	// Against an agreed day, the words alone decide:
	// "drowned early Thursday off the pier" (three outlets) / "lost his life early Friday off the
	// pier" tell one death in two verbs.
	const level = evidenceLevel(context, day, other, strict, agreed, shared);
	const needsVerb = level === 2 && !agreed && sharedFigures === 0 && context.aligner.similarityBand(day.unit, other.unit, verbBands) === 0;
	return needsVerb && ![...verbsOf(context, day)].some((stem) => verbsOf(context, other).has(stem)) ? 1 : level;
}

/** `evidence` from the words and the passages' similarity alone. */
function evidenceLevel(context: CompareContext, day: PlacedDay, other: PlacedDay, strict: boolean, agreed: boolean, shared: number): number {
	if (strict ? shared >= weekdayRules.sharedEventWordsApart : agreed && shared >= weekdayRules.sharedEventWords) {
		return 2;
	}
	if (strict || (shared === 0 && (day.before === undefined || day.before !== other.before))) {
		return 0;
	}
	return context.aligner.similarityBand(day.unit, other.unit, agreed && shared > 0 ? agreedBands : listedBands);
}

/** `evidence`'s thresholds, as `Aligner.similarityBand` reads them: low from the first, listed from the second. */
const agreedBands = [weekdayRules.minSimilarity, weekdayRules.agreedSimilarity];
const listedBands = [weekdayRules.minSimilarity, weekdayRules.listedSimilarity];
const verbBands = [weekdayRules.verbNeededBelow];

/** The stems beside a day that the tagger reads as verbs in its sentence (read once per passage). */
function verbsOf(context: CompareContext, day: PlacedDay): Set<string> {
	if (!day.verbs) {
		const text = context.textOf(day.unit.article);
		const verbStarts = new Set(tagRange(text, day.unit.start, day.unit.end).filter((token) => token.pos === 'VERB').map((token) => token.start));
		day.verbs = new Set(day.near.filter((word) => verbStarts.has(word.start) && day.around.has(word.stem)).map((word) => word.stem));
	}
	return day.verbs;
}

/**
 * Whether both days follow the same two words, the nearer a name: "killed a woman in Tarnby Friday
 * night" / "died when a van hit her in Tarnby Monday night" put one death in one place on
 * two nights, though "when" cuts the second day's clause from the death and names are no event
 * words (`eventStems`). A name alone is not enough ("checked into Hale Clinic Thursday" / "flew
 * to Hale Wednesday"), nor a lead of function words ("said on Monday" / "said on Friday").
 */
function sameNamedLead(day: PlacedDay, other: PlacedDay): boolean {
	const lead = (placed: PlacedDay) => {
		const index = placed.unit.tokens.indexOf(placed.day);
		return index >= 2 ? placed.unit.tokens.slice(index - 2, index) : undefined;
	};
	const [mine, theirs] = [lead(day), lead(other)];
	return mine !== undefined && theirs !== undefined && mine[1].capitalized && mine[1].norm === theirs[1].norm && mine[0].norm === theirs[0].norm && !weekdayRules.days.has(mine[1].norm);
}

/** Whether `day` is a possessive ("Sunday's final") whose next word does not stand beside `other`'s day. */
function possessiveEvent(day: PlacedDay, other: PlacedDay): boolean {
	if (!/'s$/.test(day.day.norm) || /'s$/.test(other.day.norm)) {
		return false;
	}
	const event = day.unit.tokens.slice(day.unit.tokens.indexOf(day.day) + 1).find((word) => word.content && !word.capitalized);
	return event !== undefined && !other.around.has(event.stem);
}

function capital(word: string): string {
	return word.charAt(0).toUpperCase() + word.slice(1);
}
