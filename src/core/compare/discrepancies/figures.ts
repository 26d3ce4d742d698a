import { figuresAgree, sameDimension } from '../../figures';
import type { Figure } from '../../types';
import type { ClaimMember } from '../aligner';
import { mentionOf, type CompareContext, type DiscrepancyDraft } from '../context';
import { boundsAgree, frameOf, framesAgree, type FigureFrame } from '../figureFrame';
import { contentStems } from '../passageWords';
import type { Token } from '../tokens';
import { figureRules } from '../rules/figures';
import { isProse, type Unit } from '../units';
import { figureReason, figureSummary, figureTitleTopic, unitDroppedReason } from '../wording/figureWording';
import { findWeekdayDiscrepancies } from './weekdays';
import { statesYear } from '../alignment/dateEchoes';
import { spanEdges } from '../../text/lexicon/time';

/** A figure of one outlet inside an aligned claim, with the words around it. */
interface PlacedFigure {
	article: string;
	figure: Figure;
	/** Content stems near the figure ("grain", "export", "rose" for "grain exports rose 27%"). */
	context: Set<string>;
	/** The same near words as written, for a summary label. */
	words: string[];
	member: ClaimMember;
	/** Its passage. */
	unit: Unit;
	/** What it counts, whose it is and when (`figureFrame.ts`). */
	frame: FigureFrame;
	/** The other comparable figures of its passage, to see whether a value it lacks is stated there for something else. */
	siblings: Figure[];
	/** The content stems of its whole passage, to tell one claim in other words from a shared topic. */
	stems: Set<string>;
}

/** Figures of several outlets that state the same quantity. */
type Slot = PlacedFigure[];

/** Words before and after a figure that say what it counts. */
const contextBefore = 8;
const contextAfter = 3;

/** Kinds whose differences change the story most: a different death toll, sum or share. */
const weightyKinds = new Set(['money', 'percent', 'count', 'number', 'range']);

/**
 * Finds figures that aligned passages state differently: "rose 27%" in two outlets and "rose
 * 26 percent" in a third. Figures are matched across the passages by what they measure
 * (kind and unit, then the words around them); equal values written differently ("$ 48
 * billion", "US$48 billion", "48 billion dollars") are one value and never flagged.
 *
 * @param context The comparison.
 * @returns One draft per disputed quantity.
 */
export function findFigureDiscrepancies(context: CompareContext): DiscrepancyDraft[] {
	// A passage's frames are read once, though it meets many others as a near miss.
	const frames = new Map<Figure, FigureFrame>();
	const drafts: DiscrepancyDraft[] = [];
	for (const claim of context.claims) {
		if (!isProse(claim.kind) || claim.members.length < 2) {
			continue;
		}
		// Outlets stamp their pages at different times: that is no disagreement about the event.
		const passages = claim.members.map((member) => {
			const unit = context.unitOf(member);
			return placeFigures(context, unit, member, frames);
		});
		for (const slot of buildSlots(passages, false)) {
			const draft = judgeSlot(context, claim.id, slot);
			if (draft) {
				drafts.push(draft);
			}
		}
	}
	// Sentences too different to be one claim may still give one quantity two values: only when
	// the words around the figures say it is the same quantity (two shared words, or one when
	// each sentence has a single figure of the kind: "Cheeks, 48," / "Cheeks, 51,").
	for (const nearMiss of context.aligner.nearMisses()) {
		const { a, b, echo } = nearMiss;
		// The score and `mutual` are read only when a slot is judged: after an edit that moves a near
		// miss's score, the incremental comparison then judges again only near misses with figures to pair.
		const member = (unit: Unit): ClaimMember => ({
			article: unit.article,
			kind: unit.kind,
			index: unit.index,
			start: unit.start,
			end: unit.end,
			get score() {
				return nearMiss.score;
			},
		});
		// A date echo is read for its years only: the words around them are what paired the passages.
		const passages = [a, b].map((unit) => placeFigures(context, unit, member(unit), frames).filter((placed) => !echo || statesYear(placed.figure)));
		for (const slot of buildSlots(passages, true)) {
			const shared = slot.length === 2 ? overlap(slot[0].context, slot[1].context) : 0;
			const alone = passages.every((passage) => passage.filter((placed) => familyOf(placed.figure) === familyOf(slot[0].figure)).length === 1);
			if (shared >= 2 || (shared === 1 && alone)) {
				const draft = judgeSlot(context, undefined, slot);
				if (draft) {
					// Weaker evidence than a claim: at most medium, and low unless each sentence is the other's
					// best match, the same words stand around two years (an echo), or the two sentences carry
					// one claim in other words (`figureRules.oneClaim`: "expect the new terminal to handle 2.4
					// million tonnes a year" / "the new terminal is designed to handle 2.7 million tonnes a
					// year, enough to end the queues", whose other words pushed it below the best match).
					// So do two full dates a few days apart in one month, among the same words around them: "its
					// June 4, 2031 opening" / "the June 7, 2031 opening date", however the sentences go on.
					const sameClaim = nearMiss.mutual || echo || oneClaim(slot[0].stems, slot[1].stems) || fullDatesApart(slot);
					drafts.push({ ...draft, severity: sameClaim && draft.severity !== 'low' ? 'medium' : 'low' });
				}
			}
		}
	}
	return [...drafts, ...findWeekdayDiscrepancies(context)];
}

/**
 * The comparable figures of a passage, each with its frame. Outlets stamp their pages at
 * different times: a time stamp's figures are no claim about the event.
 */
function placeFigures(context: CompareContext, unit: Unit, member: ClaimMember, frames: Map<Figure, FigureFrame>): PlacedFigure[] {
	if (unit.stamp) {
		return [];
	}
	const text = context.textOf(unit.article);
	const all = unit.figures;
	const figures = all.filter((figure, i) => familyOf(figure) !== undefined && !isConversion(text, figure, all[i - 1]) && !(isConversion(text, all[i + 1], figure) && bareSum(figure)));
	const passage = { text, tokens: unit.tokens, names: unit.names, figures: unit.figures, typeOf: (key: string) => context.entity(key)?.type };
	const frameOfFigure = (figure: Figure) => frames.get(figure) ?? frames.set(figure, frameOf(passage, figure)).get(figure)!;
	const stems = contentStems(unit);
	return figures.map((figure) => ({ article: unit.article, figure, member, unit, frame: frameOfFigure(figure), siblings: figures, stems, ...nearWords(unit.tokens, figure) }));
}

/**
 * A sum in brackets right after another is the outlet's conversion of it ("a euro40 billion ($52
 * billion) credit line", "40-billion ($57-billion)"): outlets convert at different rates and dates,
 * so two conversions, or a conversion against a sum another outlet converted silently ("a $55
 * billion credit line"), are no disagreement about the event; the sum converted is compared.
 */
function isConversion(text: string, figure: Figure | undefined, previous: Figure | undefined): boolean {
	return figure?.kind === 'money' && previous !== undefined && familyOf(previous) === 'amount' && conversionGap.test(text.slice(previous.end, figure.start)) && text.charCodeAt(figure.end) === 41;
}

/**
 * A sum written without its currency, which the reader of "40-billion ($57-billion)", its euro
 * sign lost to a wrong encoding, takes from its conversion: what it was converted from is lost, so it is not compared either.
 */
function bareSum(figure: Figure): boolean {
	return /^[\d.,\s-]*(?:thousand|million|billion|trillion|bn|m)?$/i.test(figure.text);
}

/** Between a sum and its conversion: an opening bracket, perhaps "about" ("€3 million (about $3.3 million)"). */
const conversionGap = /^\s*\(\s*(?:about|around|roughly|some|nearly|approximately|or|US)?\s*$/;


/**
 * Pairs the figures of the passages, best pairs first: a figure goes where it measures the same
 * thing, by kind and unit, then by the words around it, then by value. The passage most like the
 * others opens a slot per figure; a figure that fits no slot opens its own, so that passages
 * that come later can still pair with it ("married three times" / "divorced six times" beside a
 * third passage that only gives a time). Each figure is used once, so "40 games" taking the place
 * of "six games" cannot leave a changed "eight games" unpaired.
 */
function buildSlots(passages: PlacedFigure[][], strict: boolean): Slot[] {
	// The passages closest to the rest of the claim anchor the slots: an outlier that packs other
	// figures ("a 5-19 start … a 35-47 record") must not decide what "9-14" pairs with.
	const scoreOf = (passage: PlacedFigure[]) => passage[0]?.member.score ?? 0;
	const ordered = passages
		.filter((passage) => passage.length > 0)
		.sort((x, y) => scoreOf(y) - scoreOf(x) || y.length - x.length || (x[0].article < y[0].article ? -1 : x[0].article > y[0].article ? 1 : 0));
	const slots: { anchor: PlacedFigure; anchorPassage: PlacedFigure[]; members: Slot }[] = [];
	for (const passage of ordered) {
		const pairs = passage
			.flatMap((placed) => slots.map((slot, index) => ({ placed, index, score: pairScore(slot.anchor, placed, passage, slot.anchorPassage, strict) })))
			.filter((pair) => pair.score > 0)
			.sort((x, y) => y.score - x.score);
		const chosen = bestPairs(pairs);
		const usedFigures = new Set<PlacedFigure>();
		for (const [placed, index] of chosen) {
			slots[index].members.push(placed);
			usedFigures.add(placed);
		}
		for (const placed of passage) {
			if (!usedFigures.has(placed)) {
				slots.push({ anchor: placed, anchorPassage: passage, members: [placed] });
			}
		}
	}
	return slots.map((slot) => slot.members);
}

/**
 * Each figure to one slot and each slot to one figure, best pairs first, then mended: two pairs
 * trade partners when that fits better in sum. "late 2027 or early 2031" against "a late 2027
 * or early 2028 opening": greedily, 2027 may take the 2028 (both stand by "late", "early",
 * "opening") and leave 2031 the other 2027; traded, each year meets its own.
 */
function bestPairs(pairs: { placed: PlacedFigure; index: number; score: number }[]): Map<PlacedFigure, number> {
	const chosen = new Map<PlacedFigure, number>();
	const usedSlots = new Set<number>();
	for (const { placed, index } of pairs) {
		if (!usedSlots.has(index) && !chosen.has(placed)) {
			chosen.set(placed, index);
			usedSlots.add(index);
		}
	}
	if (chosen.size < 2) {
		return chosen;
	}
	// A passage holds a handful of figures: its pairs are looked through, not indexed.
	const fit = (placed: PlacedFigure, index: number) => pairs.find((pair) => pair.placed === placed && pair.index === index)?.score ?? 0;
	const entries = [...chosen];
	// A few rounds suffice: the passages of one claim hold a handful of figures of a family.
	for (let round = 0, traded = true; traded && round < 4; round++) {
		traded = false;
		for (let i = 0; i < entries.length; i++) {
			for (let j = i + 1; j < entries.length; j++) {
				const [a, slotA] = entries[i];
				const [b, slotB] = entries[j];
				if (fit(a, slotB) > 0 && fit(b, slotA) > 0 && fit(a, slotB) + fit(b, slotA) > fit(a, slotA) + fit(b, slotB)) {
					entries[i] = [a, slotB];
					entries[j] = [b, slotA];
					traded = true;
				}
			}
		}
	}
	return new Map(entries);
}

/**
 * How well two figures of aligned passages fit as the same quantity (0: not at all).
 * Same family needed; a bare number and a sum of money only when the value is the same (an
 * outlet that dropped the currency), and sums in two currencies likewise. Shared words around them count most; when each passage
 * has a single figure of the family ("Reid, 33," / "the actress, 36,") they fit by position.
 * A bare number needs shared words: in a line of scores, any number could pair with any other.
 */
function pairScore(anchor: PlacedFigure, placed: PlacedFigure, passage: PlacedFigure[], reference: PlacedFigure[], strict: boolean): number {
	const family = familyOf(anchor.figure);
	// Another frame is another fact: "another five people" beside "20 people", "last year's 32
	// million" beside this year's, a "90-day stay" beside a "30-day programme".
	if (family !== familyOf(placed.figure) || !framesAgree(anchor.frame, placed.frame, strict)) {
		return 0;
	}
	const equal = figuresAgree(anchor.figure, placed.figure);
	// "$40 billion" / "30 billion euros" is a conversion, not a disagreement.
	// So is "80 km" / "60 miles": two measures of one length in other units, a conversion or two distances.
	const converted = (anchor.figure.kind === 'money' && placed.figure.kind === 'money') || sameDimension(anchor.figure.unit, placed.figure.unit);
	if (family === 'amount' && anchor.figure.unit !== placed.figure.unit && !equal && (converted || anchor.figure.kind === 'number' || placed.figure.kind === 'number')) {
		return 0;
	}
	const shared = overlap(anchor.context, placed.context);
	const alone = passage.filter((other) => familyOf(other.figure) === family).length === 1 && reference.filter((other) => familyOf(other.figure) === family).length === 1;
	const bare = anchor.figure.kind === 'number' && placed.figure.kind === 'number';
	if (bare && shared < 2 && !equal) {
		return 0;
	}
	if (shared === 0 && !alone && !equal) {
		return 0;
	}
	return shared * 2 + (alone ? 1.5 : 0) + (equal ? 1 : 0);
}

/** Decides whether the outlets in a slot disagree, and how much that matters. */
function judgeSlot(context: CompareContext, claim: string | undefined, fullSlot: Slot): DiscrepancyDraft | undefined {
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
	const label = labelOf(context, slot);
	const byUnit = unitDropped ? groupByUnit(slot) : groups;
	const alignment = Math.min(...slot.map((placed) => placed.member.score));
	const sides = byUnit.map((group) => ({ text: [...new Set(group.map((placed) => placed.figure.text))].join(' / '), articles: group.map((placed) => placed.article) }));
	// "about 40,000" against 38,500: worth a look, not a listed disagreement.
	const loose = groups.every((group) => groups.every((other) => group === other || boundsAgree(frameValue(group[0]), frameValue(other[0])) !== 'no'));
	// Sentences that merely share a topic ("the team's 15 seasons" / "his 11 seasons as coach")
	// need the words around the figures to say it is one quantity before it is listed.
	const shared = sharedAround(groups);
	const weighty = weightyKinds.has(slot[0].figure.kind);
	// Too few shared words, or one amount against one in loose passages (`figureRules.oneAgainstOneBelow`), unless the passages carry one claim.
	const needsOneClaim = shared < figureRules.sharedWordsAt(alignment) || (weighty && slot.length === 2 && alignment < figureRules.oneAgainstOneBelow && relativeGap(groups) > figureRules.oneAgainstOneNear);
	const carriesOneClaim = () => groups.slice(1).every((group) => group.some((placed) => groups[0].some((other) => oneClaim(placed.stems, other.stems))));
	const unsupported =
		!unitDropped &&
		((needsOneClaim && !carriesOneClaim()) || (weighty && alignment < figureRules.namesAloneBelow && shared > 0 && sharedAround(groups, true) === 0));
	const severity = unitDropped || loose || unsupported || farApartAlone(slot, groups, alignment) ? 'low' : severityOf(slot, shared, () => support(context, groups));
	return {
		kind: 'figure',
		severity,
		summary: figureSummary(label, sides, context.outlet),
		reason: unitDropped
			? unitDroppedReason(slot.filter((placed) => !placed.figure.unit).map((placed) => placed.article), context.outlet)
			: figureReason(groups.map((group) => group[0].figure.text)),
		strength: Math.min(1, 0.4 + alignment * 0.6),
		mentions: slot.map((placed) => mentionOf(context, placed.article, placed.figure, placed.figure.text, unitDropped ? !placed.figure.unit : !majority.includes(placed))),
		missing: [],
		...(claim ? { claim } : {}),
		weight: unitDropped ? 0 : 1 + relativeGap(groups),
	};
}

/** One amount against one other, far apart, in passages that are no near copies (`figureRules.oneAgainstOneApart`). */
function farApartAlone(slot: Slot, groups: Slot[], alignment: number): boolean {
	const { below, gap, smallest } = figureRules.oneAgainstOneApart;
	const small = slot.some((placed) => Math.abs(placed.figure.value) < smallest);
	const kind = slot[0].figure.kind;
	return (weightyKinds.has(kind) || kind === 'duration') && slot.length === 2 && alignment < below && !small && relativeGap(groups) > gap;
}

/**
 * How alike the least supported outlet's passage is to its closest passage of the majority: a
 * date one outlet moved in a near copy of another's sentence is as plain in a claim of ten loosely
 * alike passages as in a claim of two ("signed on October 14" / "signed on October 17" beside
 * eight retellings).
 */
function support(context: CompareContext, groups: Slot[]): number {
	const [majority, ...others] = groups;
	const similarity = (a: PlacedFigure, b: PlacedFigure) => context.aligner.similarity(a.unit, b.unit);
	// A few passages of each side tell it; a claim of hundreds need not be measured whole.
	return Math.min(...others.map((group) => Math.max(...group.slice(0, supportSample).flatMap((placed) => majority.slice(0, supportSample).map((other) => similarity(placed, other))))));
}

/** Passages of each side read by `support`. */
const supportSample = 5;

/**
 * How many words around the figures the least supported outlet shares with the majority: for each
 * other group, the most any of its figures shares with one of the majority's.
 */
function sharedAround(groups: Slot[], besidesNames = false): number {
	const [majority, ...others] = groups;
	const shared = (a: PlacedFigure, b: PlacedFigure) => (besidesNames ? overlap(withoutNames(a), withoutNames(b)) : overlap(a.context, b.context));
	return Math.min(...others.map((group) => Math.max(...group.flatMap((placed) => majority.map((other) => shared(placed, other))))));
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
function oneClaim(a: Set<string>, b: Set<string>): boolean {
	const shared = overlap(a, b);
	return shared >= figureRules.oneClaim.sharedWords && (2 * shared) / (a.size + b.size) >= figureRules.oneClaim.dice;
}

/** Two placed figures state the same value, once bounds are read ("more than 100" and 120). */
function agree(a: PlacedFigure, b: PlacedFigure): boolean {
	return figuresAgree(a.figure, b.figure) || (a.figure.unit === b.figure.unit && boundsAgree(frameValue(a), frameValue(b)) === 'yes');
}

function frameValue(placed: PlacedFigure): { value: number; bound?: FigureFrame['bound'] } {
	return { value: placed.figure.value, ...(placed.frame.bound ? { bound: placed.frame.bound } : {}) };
}

/**
 * Leaves out a figure of the minority whose value another outlet's passage states too, for
 * something else: "four life terms" against "seven life terms and four terms without parole" is
 * the second item of a list, not a disagreement about the first; and one whose own passage states
 * the others' value beside it ("the 2004 and 2005 shows" against "the 2004 show").
 */
function withoutAmbiguous(slot: Slot, textOf: (article: string) => string): Slot {
	return slot.filter((placed) => {
		const others = slot.filter((other) => other.article !== placed.article);
		const majority = others.filter((other) => !figuresAgree(other.figure, placed.figure));
		// Of the same family only: "18 people were hurt and 12 arrested" does not state the 12 people hurt.
		const statedFor = (owner: PlacedFigure, value: Figure) => owner.siblings.some((sibling) => sibling !== owner.figure && familyOf(sibling) === familyOf(value) && figuresAgree(sibling, value));
		// Its own passage lists the others' value beside it: "hosted the 2004 and 2005 shows" against
		// "hosted the 2004 show" is a list that goes on, not another year ("an $82 million deal, and
		// $80 million for Vey" is not: the $80 million is another's).
		const listedBeside = (value: Figure) =>
			placed.siblings.some((sibling) => {
				if (sibling === placed.figure || familyOf(sibling) !== familyOf(value) || !figuresAgree(sibling, value)) {
					return false;
				}
				const [first, second] = sibling.start < placed.figure.start ? [sibling, placed.figure] : [placed.figure, sibling];
				return figureRules.listJoint.test(textOf(placed.article).slice(first.end, second.start));
			});
		if (majority.length > 0 && majority.every((other) => listedBeside(other.figure))) {
			return false;
		}
		if (majority.length === 0 || majority.length < others.length) {
			return true;
		}
		return !majority.some((other) => statedFor(other, placed.figure));
	});
}

/**
 * A different sum, share or count is what a fact-checker checks first; a different date or time
 * in similar sentences is as often two events ("in December" / "in September"): medium when the
 * passages are near copies or the words around the dates say it is one event
 * (`figureRules.dateEvidence`), else low. A bare number without shared words around it is never high.
 */
function severityOf(slot: Slot, shared: number, closestOf: () => number): 'high' | 'medium' | 'low' {
	const kind = slot[0].figure.kind;
	// A span of years ("the 2008-09 season") is a date too.
	if (kind === 'date' || kind === 'time' || (kind === 'range' && slot[0].figure.unit === 'date')) {
		const { nearCopy, sharedWords, minSimilarity } = figureRules.dateEvidence;
		const closest = closestOf();
		// A decade or a century is a period, not the event's date: "the poet died on Monday, May 4" /
		// "the poet shaped the protest songs of the seventies" share words, not a claim.
		const period = slot.some((placed) => /^\d{2,3}$/.test(placed.figure.iso ?? ''));
		return closest >= nearCopy || (kind === 'date' && !period && ((closest >= minSimilarity && (shared >= sharedWords || daysApart(slot))) || (shared >= 1 && fullDatesApart(slot)))) ? 'medium' : 'low';
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
	const days = slot.map((placed) => /^(\d{4}-\d{2})-(\d{2})/.exec(placed.figure.iso ?? ''));
	if (days.some((day) => day === null) || slot.some((placed) => !/\b\d{1,2}\b/.test(placed.figure.text))) {
		return false;
	}
	const months = new Set(days.map((day) => day![1]));
	const numbers = days.map((day) => Number(day![2]));
	return months.size === 1 && Math.max(...numbers) - Math.min(...numbers) <= figureRules.dateEvidence.daysApart;
}

/**
 * `daysApart`, each date written in full, with its year: "its June 4, 2031 opening" / "the June 7,
 * 2031 opening date". A day, a month and a year a few days from another's, beside a shared word,
 * date one event two ways even in sentences that otherwise go their own ways.
 */
function fullDatesApart(slot: Slot): boolean {
	return slot.every((placed) => placed.figure.kind === 'date' && /\b\d{4}\b/.test(placed.figure.text)) && daysApart(slot);
}

/**
 * What quantities can be compared: money with money of the same currency and with bare numbers
 * (an outlet may drop the currency), counts of the same thing, percentages, dates.
 * Ordinals ("the 76th session") name things rather than measure them: left out.
 */
function familyOf(figure: Figure): string | undefined {
	switch (figure.kind) {
		case 'money':
		case 'number':
			return 'amount';
		case 'ordinal':
			return undefined;
		case 'count':
		case 'duration':
		case 'range':
			return `${figure.kind}:${figure.unit}`;
		default:
			return figure.kind;
	}
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
function relativeGap(groups: Slot[]): number {
	const values = groups.map((group) => group[0].figure.value);
	const high = Math.max(...values.map(Math.abs));
	return high === 0 ? 0 : (Math.max(...values) - Math.min(...values)) / high;
}

function nearWords(tokens: Token[], figure: Figure): { context: Set<string>; words: string[] } {
	const first = tokens.findIndex((token) => token.end > figure.start);
	const last = tokens.findIndex((token) => token.start >= figure.end);
	const before = tokens.slice(Math.max(0, (first < 0 ? tokens.length : first) - contextBefore), first < 0 ? tokens.length : first);
	const after = last < 0 ? [] : tokens.slice(last, last + contextAfter);
	// A span's edge ("the last two decades") says where the span lies, not what it is of.
	const edgeless = figure.kind === 'duration';
	const near = [...before, ...after].filter((token) => token.content && !/\d/.test(token.norm) && !(edgeless && spanEdges.has(token.norm)));
	// A number beside it counts too: "a record of 9-14" / "a record of 9-17" share the 9 (of the
	// same word "9-14", or the word before or after).
	const own = first < 0 ? undefined : tokens[first];
	const joined = own && own.start < figure.start ? own.norm.slice(0, figure.start - own.start) : own && own.end > figure.end ? own.norm.slice(figure.end - own.start) : '';
	const numbers = [...joined.split(/[-–]/), before[before.length - 1]?.norm, after[0]?.norm].filter((word): word is string => word !== undefined && /^\d[\d,.]*$/.test(word)).map((word) => `#${word}`);
	const asWritten = (token: Token) => (token.capitalized ? token.norm.charAt(0).toUpperCase() + token.norm.slice(1) : token.norm);
	return { context: new Set([...near.map((token) => token.stem), ...numbers]), words: before.filter((token) => token.content && !/\d/.test(token.norm)).map(asWritten) };
}

function overlap(a: Set<string>, b: Set<string>): number {
	let shared = 0;
	for (const item of a) {
		if (b.has(item)) {
			shared++;
		}
	}
	return shared;
}

/**
 * Names the quantity from its sentences' subject and verb (`wording/figureWording.ts`): "grain
 * exports rose 27%" and "grain exports grew 26 percent" give "Grain exports rose".
 */
function labelOf(context: CompareContext, slot: Slot): string {
	return figureTitleTopic(
		slot.map((placed) => ({
			text: context.textOf(placed.article),
			sentence: placed.member,
			figure: { ...placed.figure, age: placed.frame.counted[0] === 'age' },
			owners: [...placed.frame.owners.keys()].flatMap((key) => context.entity(key)?.name ?? []),
		})),
	);
}
