import type { Severity, Span } from '../../types';
import { listOutlets, mentionOf, type CompareContext, type DiscrepancyDraft } from '../context';
import { weekdayRules } from '../rules/weekdays';
import { dayEvents } from './dayEvents';
import type { Token } from '../tokens';
import { isProse, type Unit } from '../units';
import { relativeDayWords } from '../../text/lexicon/time';
import { tagRange } from '../../text/tagger';
import { addTo } from './addTo';

/** A passage's one weekday, with what places it: the word before it ("on", "said") and the content words around it. */
export interface PlacedDay {
	unit: Unit;
	day: Token;
	/** The day's name, lower case, without a possessive ("friday" for "Friday's"). */
	name: string;
	before: string | undefined;
	/** Content stems of the day's clause (`weekdayRules.window` words either side at most), names and parts of a day left out. */
	around: Set<string>;
	/** The passage's telling figures, as `kind:value` (`weekdayRules.tellingFigure`): "a 104-97 defeat" gives number:104 and number:97. */
	figures: Set<string>;
	/** The words beside the day (`weekdayRules.window`). */
	near: Token[];
	/** The stems of `around` that are verbs in this sentence, read by the tagger when first asked ("charged", "opened"). */
	verbs?: Set<string>;
	/** The extractor dated the day alone from its article's date ("Wednesday" in a story of April 12 is April 11). */
	dated: boolean;
	/** What the day's mention marks: the day, or the date the extractor read ("last Thursday"), so that the figure finder's draft of that date and this one are one discrepancy. */
	mark: Span;
}

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

/** Each passage's day, read once however many claims and near misses it meets (`null`: none). */
const daysOf = new WeakMap<Unit, PlacedDay | null>();

/**
 * A day as read from a passage's words, by those words: verbatim copies share their words and
 * figures (`unitsOfCopies.ts`), so ten files of one wire story read the day once, each copy's
 * passage given its own `PlacedDay`. What the reading saw is kept to check it: the words' text
 * (between the words, a clause break), the figures and whether the passage is a stamp.
 */
const readingsOf = new WeakMap<Unit['tokens'], { text: string; figures: Unit['figures']; stamp: Unit['stamp']; day: PlacedDay | undefined }>();

/** The passage's weekday when it names exactly one, outside a figure the extractor read (a date "Tuesday, October 14" is compared as a date). */
export function placedDay(unit: Unit, text: string): PlacedDay | undefined {
	let day = daysOf.get(unit);
	if (day === undefined) {
		const reading = readingsOf.get(unit.tokens);
		if (reading && reading.text === text && reading.figures === unit.figures && reading.stamp === unit.stamp) {
			day = reading.day ? { ...reading.day, unit, verbs: undefined } : null;
		} else {
			day = readDay(unit, text) ?? null;
			readingsOf.set(unit.tokens, { text, figures: unit.figures, stamp: unit.stamp, day: day ?? undefined });
		}
		daysOf.set(unit, day);
	}
	return day ?? undefined;
}

function readDay(unit: Unit, text: string): PlacedDay | undefined {
	const days = dayWords(unit);
	return days.length === 1 ? readDayAt(unit, text, days[0]) : undefined;
}

/** Each passage's days when it names two or more, read once (`placedDays`). */
const severalDaysOf = new WeakMap<Unit, PlacedDay[]>();

/**
 * Every day of a passage that names two or more, each read with its own clause's words as
 * `placedDay` reads a passage's one day: "was fired on Thursday and bought a rifle on Friday"
 * gives Thursday beside "fired" and Friday beside "bought" (`discrepancies/dayEvents.ts` sets
 * each against the day of another outlet's passage that stands like it). A passage with one day
 * or none gives nothing here.
 */
export function placedDays(unit: Unit, text: string): PlacedDay[] {
	let days = severalDaysOf.get(unit);
	if (days === undefined) {
		const words = dayWords(unit);
		days = words.length < 2 ? [] : words.map((word) => readDayAt(unit, text, word, true)).filter((day): day is PlacedDay => day !== undefined);
		severalDaysOf.set(unit, days);
	}
	return days;
}

/** The passage's weekday words (none in a stamp: "Published Tuesday, 4:10 pm" dates the page). */
function dayWords(unit: Unit): { token: Token; index: number; name: string }[] {
	if (unit.stamp) {
		return [];
	}
	const days: { token: Token; index: number; name: string }[] = [];
	unit.tokens.forEach((token, index) => {
		const name = dayName(token.norm);
		if (name !== undefined) {
			days.push({ token, index, name });
		}
	});
	return days;
}

/** The day `word` of a passage, placed by its clause; nothing for a day inside a date or after "since", "until", "as of". */
function readDayAt(unit: Unit, text: string, { token, index, name }: { token: Token; index: number; name: string }, several = false): PlacedDay | undefined {
	// A date the extractor read around the day ("Tuesday, October 14") is compared as a date. A day
	// it dated alone, from the article's date, is still a weekday against a passage of an undated
	// article, whose "Friday" no figure holds: "had yet to wake Wednesday" (a story of April 12) /
	// "had yet to wake Friday" (a page without a date) put one fact on two days.
	const covering = unit.figures.filter((figure) => figure.start < token.end && token.start < figure.end);
	// Of a passage with several days, "last Thursday" and "this Monday" too, whose date holds the word
	// before the day: a passage with several dates is one the figure finder cannot pair ("fired last
	// Thursday … bought a rifle on Friday" / "fired last Saturday … on Friday"), while a passage's one
	// relative day it compares as a date itself.
	const written = covering[0]?.text.toLowerCase() ?? '';
	const dated = covering.length === 1 && covering[0].kind === 'date' && dayName(several ? withoutRelativeWord(written) : written) === name;
	if (covering.length > 0 && !dated) {
		return undefined;
	}
	const [second, first] = [unit.tokens[index - 2]?.norm, unit.tokens[index - 1]?.norm];
	if ((first !== undefined && weekdayRules.referenceBefore.has(first)) || (second !== undefined && weekdayRules.referencePairs.has(`${second} ${first}`))) {
		return undefined;
	}
	const near = wordsBeside(unit, index, text, weekdayRules.window);
	const around = eventStems(near);
	const figures = new Set(unit.figures.filter(weekdayRules.tellingFigure).map((figure) => `${figure.kind}:${figure.value}`));
	const mark = dated ? { start: covering[0].start, end: covering[0].end } : { start: token.start, end: token.end };
	return { unit, day: token, name, before: unit.tokens[index - 1]?.norm, around, figures, near, dated, mark };
}

/**
 * The words either side of a passage's word `index`, `reach` words at most, up to the clause's end
 * (`weekdayRules.clauseBreak`) or a word that opens another event's clause (`otherEventAfter`).
 */
export function wordsBeside(unit: Unit, index: number, text: string, reach: number): Token[] {
	const near: Token[] = [];
	for (const step of [-1, 1]) {
		for (let k = index + step; k >= 0 && k < unit.tokens.length && Math.abs(k - index) <= reach; k += step) {
			const [left, right] = step < 0 ? [unit.tokens[k], unit.tokens[k + 1]] : [unit.tokens[k - 1], unit.tokens[k]];
			if (weekdayRules.clauseBreak.test(text.slice(left.end, right.start)) || weekdayRules.otherEventAfter.has(unit.tokens[k].norm)) {
				break;
			}
			near.push(unit.tokens[k]);
		}
	}
	return near;
}

/** The stems of words that tell what happened on a day: content words, names and parts of a day left out. */
export function eventStems(words: Token[]): Set<string> {
	return new Set(words.filter((word) => word.content && !word.capitalized && !weekdayRules.partsOfDay.has(word.norm)).map((word) => word.stem));
}

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

/** "last thursday" → "thursday" (`relativeDayWords`); any other text as it is. */
function withoutRelativeWord(written: string): string {
	const space = written.indexOf(' ');
	return space > 0 && relativeDayWords.has(written.slice(0, space)) ? written.slice(space + 1).trimStart() : written;
}

/** "friday", "friday's" → "friday"; any other word → nothing. */
function dayName(norm: string): string | undefined {
	const name = norm.replace(/'s$/, '');
	return weekdayRules.days.has(name) ? name : undefined;
}

function capital(word: string): string {
	return word.charAt(0).toUpperCase() + word.slice(1);
}
