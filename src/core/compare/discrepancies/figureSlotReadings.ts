/**
 * What a slot's passages say of its values beyond their frames (`figureJudging.ts` reads them):
 * the readings that make two values two facts, at most low (a bare number nothing names, an
 * earlier disaster's toll, each outlet writing both values, one amount far from one other), and
 * the one that makes them one fact told two ways whatever words stand around them (an age the
 * claim's outlets agree on against one outlet's near it). Thresholds are in `rules/figures.ts`.
 */
import { figuresAgree } from '../../figures';
import type { CompareContext } from '../context';
import type { Figure } from '../../types';
import { figureRules } from '../rules/figures';
import { dayOrMonthOf, daysApart, monthDayOf, storyDay, storyYear } from '../storyTime';
import { chooseTopic } from '../wording/figureWording';
import { familyOf, type PlacedFigure, type Slot } from './figurePlacing';

/** Kinds whose differences change the story most: a different death toll, sum or share. */
export const weightyKinds = new Set(['money', 'percent', 'count', 'number', 'range']);

/**
 * Bare numbers that nothing tells the meaning of: no unit, nothing counted, nobody's, and no
 * sentence words that name a topic, so the title can only say "Figure". "…gave a first tally of
 * the missing boats: 40, and said more may come" / "…as the harbour master gave his tally: 20"
 * give a reader nothing sure to check; below `figureRules.untoldNumberBelow` such a pair is at
 * most low. Near copies of one sentence still list it, and so does a counted tally ("40 boats").
 */
export function untold(slot: Slot, label: () => string, alignment: number): boolean {
	const bare = slot.every((placed) => placed.figure.kind === 'number' && !placed.figure.unit && placed.frame.counted.length === 0 && placed.frame.owners.size === 0);
	return bare && alignment < figureRules.untoldNumberBelow && label() === chooseTopic([], undefined, slot[0].figure);
}

/**
 * A toll or a magnitude an outlet dates to a year before the story's (`storyYear`) is background
 * about an earlier disaster: outlets tell its toll with other scopes and sources ("the 2019
 * flood drowned 23,000 people across the basin" / "the flood of 2019 drowned 17,000 in the delta
 * alone"), and an earlier tremor set against this one is two facts ("a 7.9-magnitude tremor shook
 * the valley in March 2028" / "Tuesday's 5.2-magnitude tremor"). So is one dated to a day far
 * from the story's (`storyDay`, `figureRules.storyDayApart`), with or without its year: "On April
 * 6, a quake measuring 7.2 struck the east" in a folder about a quake of July 2. At most low when
 * every passage of one side is dated so, none to the story's own days. Other figures beside an
 * earlier year are as often the story's own ("the lease signed in 2011 was renewed for three
 * years"): `figureRules.backgroundUnits`.
 */
export function background(context: CompareContext, groups: Slot[]): boolean {
	// A toll is a count its clause tells what happened to ("leaving two missing"), of people or not.
	const told = groups.every((group) => group.every((placed) => figureRules.backgroundUnits.has(placed.figure.unit) || placed.frame.outcome !== undefined));
	if (!told) {
		return anotherEventsDay(context, groups);
	}
	const year = storyYear(context.corpus);
	const day = storyDay(context.corpus);
	const earlier = (placed: PlacedFigure) => year !== undefined && [...placed.frame.when].some((anchor) => /^\d{4}$/.test(anchor) && Number(anchor) < year);
	const anotherDay = (placed: PlacedFigure) => day !== undefined && placed.frame.day !== undefined && daysApart(placed.frame.day, day) > figureRules.storyDayApart;
	return groups.some((group) => group.every((placed) => !placed.frame.when.has('now') && (earlier(placed) || anotherDay(placed))));
}

/**
 * A day or a month far from the story's day (`figureRules.anotherEventsDay`), against the story's own day, in an
 * article that gives the story's day elsewhere: that outlet knows when the event was, and the
 * passage tells another one. "On March 14, a smaller ferry sank off the coast" in an article
 * that opens "a ferry sank on Tuesday, December 3" is an earlier sinking, however alike the two
 * sentences read. A day moved in one sentence by a few days stays a discrepancy, and so does a
 * day an article gives nowhere else.
 */
function anotherEventsDay(context: CompareContext, groups: Slot[]): boolean {
	const day = storyDay(context.corpus);
	if (day === undefined || groups.length !== 2) {
		return false;
	}
	const apart = (placed: PlacedFigure) => {
		const when = dayOrMonthOf(placed.figure);
		return when === undefined ? undefined : daysApart(when, day);
	};
	const storys = (placed: PlacedFigure) => (apart(placed) ?? Infinity) <= figureRules.storyDayApart;
	const writesStorysDay = (article: string) => context.analysisOf(article).figures.some((figure) => {
		const monthDay = monthDayOf(figure);
		return monthDay !== undefined && daysApart(monthDay, day) <= figureRules.storyDayApart;
	});
	const other = (placed: PlacedFigure) => (apart(placed) ?? 0) > figureRules.anotherEventsDay && writesStorysDay(placed.article);
	const [x, y] = groups;
	return (x.every(storys) && y.every(other)) || (y.every(storys) && x.every(other));
}

/**
 * Two values, each side's articles writing the other side's value too, elsewhere: each outlet
 * knows both figures, so the passages tell two quantities, not one told two ways. "The 13-inch
 * model starts at $1,199" / "the 15-inch model starts at $1,199" from outlets that each review
 * both sizes; "a magnitude-5.1 aftershock followed" / "the magnitude-6.3 quake" from outlets that
 * each report both tremors. One side alone writing the other's value is not enough: an outlet
 * that garbles the toll in its lead ("killed five") may give the right one further down ("three
 * dead").
 */
export function eachWritesTheOther(context: CompareContext, groups: Slot[]): boolean {
	const [x, y] = groups;
	// Dates are not: an article writes many years, and the one it moved is as often written again.
	if (groups.length !== 2 || x[0].figure.iso !== undefined || y[0].figure.iso !== undefined) {
		return false;
	}
	const echoes = (figure: Figure, other: Figure) =>
		(figure.kind === other.kind && (figure.unit ?? '') === (other.unit ?? '') && figuresAgree(figure, other)) ||
		(figure.kind === 'number' && other.kind === 'count' && figure.value === other.value && figure.value >= figureRules.bareEcho);
	const writes = (group: Slot, other: PlacedFigure) =>
		group.some((placed) => context.analysisOf(placed.article).figures.some((figure) => figure !== placed.figure && echoes(figure, other.figure)));
	return writes(x, y[0]) && writes(y, x[0]);
}

/** One amount against one other, far apart, in passages that are no near copies (`figureRules.oneAgainstOneApart`). */
export function farApartAlone(slot: Slot, groups: Slot[], alignment: number): boolean {
	const { below, gap, smallest } = figureRules.oneAgainstOneApart;
	const small = slot.some((placed) => Math.abs(placed.figure.value) < smallest);
	const kind = slot[0].figure.kind;
	return (weightyKinds.has(kind) || kind === 'duration') && slot.length === 2 && alignment < below && !small && relativeGap(groups) > gap;
}

/** One figure against one other, far apart, each among others of its family, or among figures of many kinds, in passages that are no near copies (`figureRules.crowded`). */
export function crowdedAlone(slot: Slot, groups: Slot[], alignment: number): boolean {
	const { below, gap, kinds } = figureRules.crowded;
	const dense = (placed: PlacedFigure) => new Set(placed.siblings.map(familyOf)).size >= kinds;
	const crowded = (placed: PlacedFigure) => placed.frame.chain === undefined && (placed.siblings.some((sibling) => sibling !== placed.figure && familyOf(sibling) === familyOf(placed.figure)) || dense(placed));
	return slot.length === 2 && alignment < below && slot.every(crowded) && relativeGap(groups) > gap;
}

/**
 * An age that several outlets give in a claim's passages (`figureRules.claimAge`), against one
 * outlet's age near it: one person's age misreported, whatever words stand around each. Ages are
 * told in many shapes that share few words ("Ada Vey, 59, had just parked" / "59-year-old Ada Vey
 * was leaving her car" / "When a 61-year-old woman stepped out of her car"); two people's ages in
 * one claim are told by one outlet each, or lie further apart.
 */
export function ageOfTheClaim(groups: Slot[]): boolean {
	const { outlets, near } = figureRules.claimAge;
	const [majority, ...others] = groups;
	return (
		others.length === 1 &&
		others[0].length === 1 &&
		new Set(majority.map((placed) => placed.article)).size >= outlets &&
		groups.every((group) => group.every((placed) => placed.frame.counted.includes('age'))) &&
		relativeGap(groups) <= near
	);
}

export function relativeGap(groups: Slot[]): number {
	const values = groups.map((group) => group[0].figure.value);
	const high = Math.max(...values.map(Math.abs));
	return high === 0 ? 0 : (Math.max(...values) - Math.min(...values)) / high;
}
