import type { Figure } from '../types';
import type { FramedPassage } from './figureFrame';
import { figureRules } from './rules/figures';
import { dayOrMonthOf } from './storyTime';
import type { Token } from './tokens';
import type { Unit } from './units';

/**
 * Least similarity at which two passages stay one claim although their years differ: near copies
 * ("…the club let the coach go on Friday, 2011…" / "…let the coach go on Friday, 2012…") are one
 * claim told with a different year, a discrepancy to show; below it, "a 3-11 opening in 2010-11"
 * and "a 6-8 opening of the 2012-13 campaign" are two seasons, background beside the event.
 */
export const nearCopySimilarity = 0.5;

/**
 * Least similarity at which two passages kept apart for their years are still set side by side,
 * read for their years alone (a near miss marked `echo`): "Orso had his best season in 2019,
 * with 61 catches for 1,204 yards and nine scores" / "Orso's finest season came in 2021: 61
 * catches, 1,204 yards, nine scores" tell one season with two years, one outlet's slip. Below
 * it, sentences of one career that share its words tell two events ("retired as a player in
 * 2004" / "saw his jersey retired on March 2, 2006"; 0.35 to 0.4 alike, two listed on the dev
 * clusters at 0.35).
 */
export const yearEchoSimilarity = 0.4;

/** Whether two passages, or groups of them, are kept apart for their years: about different times and not near copies. */
export function yearsApart(score: number, a: string[], b: string[]): boolean {
	return score < nearCopySimilarity && anchorsConflict(a, b);
}

/**
 * How a matched pair of passages left in two claims is listed among the near misses: whole, for
 * its years alone when kept apart for them (`yearEchoSimilarity`), or not at all.
 *
 * @param a The years of the first passage's claim.
 * @param b The years of the second's.
 */
export function nearMissReading(score: number, a: string[], b: string[]): 'whole' | 'years' | 'none' {
	if (!yearsApart(score, a, b)) {
		return 'whole';
	}
	return score >= yearEchoSimilarity ? 'years' : 'none';
}

/**
 * The years a passage is anchored in, from its dates: "2005" for "March 11, 2005", "2008/2009"
 * for "the 2008-09 campaign". Time stamps and dates without a year give none.
 */
export function yearAnchors(unit: Unit): string[] {
	const years: string[] = [];
	for (const figure of unit.figures) {
		if ((figure.kind === 'date' || (figure.kind === 'range' && figure.unit === 'date')) && figure.iso && /^\d{4}/.test(figure.iso)) {
			const [from, to] = figure.iso.split('/');
			years.push(to ? `${from.slice(0, 4)}/${to.slice(0, 4)}` : from.slice(0, 4));
		}
	}
	return years;
}

/**
 * Whether two passages are about different times, so not one claim: each gives years, and no year
 * of one is a year of the other (a year inside a span of years counts: "2004" and "2003-05").
 *
 * @param a A passage's years (`yearAnchors`).
 * @param b The other's.
 * @returns `true` when both give years and none meet.
 */
export function anchorsConflict(a: string[], b: string[]): boolean {
	if (a.length === 0 || b.length === 0) {
		return false;
	}
	return !a.some((x) => b.some((y) => x === y || insideSpan(x, y) || insideSpan(y, x)));
}

/**
 * Times agree when either is unsaid (strict: and the other is no background marker), and in
 * loosely alike sentences (strict) when a year of one is a year of the other (a single year inside a span of years counts: "2004" in
 * "2003-05"), or when they are of different sorts (a year against "last season": unknown). A
 * background marker against the event's own days ("last year's regatta" / "on Sunday") and two
 * sets of years that never meet are two times.
 */
export function timesAgree(a: Set<string>, b: Set<string>, strict: boolean): boolean {
	if (a.size === 0 || b.size === 0) {
		// "last year's audience was 32 million" is not the figure of a loosely alike sentence that gives no time.
		return !strict || !(a.has('before') || b.has('before'));
	}
	if ((a.has('before') && b.has('now')) || (a.has('now') && b.has('before'))) {
		return false;
	}
	if (!strict) {
		// Inside one claim the aligner has already kept two years apart (`anchors.ts`); the dates
		// nearest to a figure may be the start and the end of one story ("since 2001" / "in 1994").
		return true;
	}
	const yearsA = [...a].filter((anchor) => /^\d/.test(anchor));
	const yearsB = [...b].filter((anchor) => /^\d/.test(anchor));
	if (yearsA.length === 0 || yearsB.length === 0) {
		return true;
	}
	return yearsA.some((x) => yearsB.some((y) => x === y || insideSpan(x, y) || insideSpan(y, x)));
}

/** Whether a single year lies in a span of years ("2004" in "2003/2005"). */
function insideSpan(year: string, span: string): boolean {
	const [from, to] = span.split('/');
	return to !== undefined && !year.includes('/') && year >= from && year <= to;
}

/** Each passage's markers, read once for all its figures. */
const markersOf = new WeakMap<Token[], { start: number; end: number; anchor: 'before' | 'now' }[]>();

/**
 * When a figure is: the date or background marker of its sentence nearest to it, in its clause
 * first ("after a 6-8 opening of the 2012-13 campaign" is of 2012-13; "in 2010-11 the side
 * recovered from a 3-11 opening" of 2010-11). A sentence with no date or marker says nothing (most sentences of the event itself).
 */
export function figureTime(passage: FramedPassage, figure: Figure): Set<string> {
	const anchors = new Set<string>();
	if (isDate(figure)) {
		return anchors;
	}
	const candidates: { start: number; end: number; anchor: string }[] = [];
	for (const date of passage.figures) {
		if (!isDate(date)) {
			continue;
		}
		if (date.iso && /^\d{4}/.test(date.iso)) {
			const [from, to] = date.iso.split('/');
			candidates.push({ start: date.start, end: date.end, anchor: to ? `${from.slice(0, 4)}/${to.slice(0, 4)}` : from.slice(0, 4) });
		} else if (dayOrMonthOf(date) !== undefined) {
			// A day or a month without its year dates the figure too, though it says no year: "the
			// second sinking this year: a smaller ferry capsized in March, killing nine" is of March,
			// not of "this year" (`figureDay` reads which day).
			candidates.push({ start: date.start, end: date.end, anchor: '' });
		}
	}
	let markers = markersOf.get(passage.tokens);
	if (!markers) {
		markers = timeMarkers(passage.tokens);
		markersOf.set(passage.tokens, markers);
	}
	const { between, gap } = distancesFrom(passage, figure);
	for (const marker of markers) {
		// A period a figure is measured against dates its own clause only: in "Vey averages 15.7
		// points, a drop of five from last season", the five is against last season, the 15.7 is now.
		if (!(comparedAgainst.test(passage.text.slice(Math.max(0, marker.start - 16), marker.start)) && /[,;:]/.test(between(marker)))) {
			candidates.push(marker);
		}
	}
	// "A 6.1-magnitude quake struck Tarn, a coast hit by the 2004 flood": a year after the figure,
	// behind a participle and "by", dates what that phrase names, not the figure.
	const dated = candidates.filter((candidate) => !(candidate.start >= figure.end && figureRules.datesAnotherThing.test(between(candidate))));
	const nearest = Math.min(...dated.map(gap));
	for (const candidate of dated) {
		if (gap(candidate) === nearest && candidate.anchor !== '') {
			anchors.add(candidate.anchor);
		}
	}
	return anchors;
}

/**
 * The day a figure's sentence dates it to, as `MM-DD`, or the month (`MM`): of the dates that
 * name a day of the month or a month, the one nearest to it, its clause first (as `figureTime`).
 * "On April 6, an earthquake measuring 7.2 struck" → `04-06`, "In March a ferry sank, killing
 * nine" → `03`; "the 7.2 quake of Tuesday" names neither → `undefined`.
 */
export function figureDay(passage: FramedPassage, figure: Figure): string | undefined {
	if (isDate(figure)) {
		return undefined;
	}
	const { between, gap } = distancesFrom(passage, figure);
	let day: string | undefined;
	let nearest = Infinity;
	for (const date of passage.figures) {
		const monthDay = dayOrMonthOf(date);
		if (!monthDay || (date.start >= figure.end && figureRules.datesAnotherThing.test(between(date)))) {
			continue;
		}
		if (gap(date) < nearest) {
			nearest = gap(date);
			day = monthDay;
		}
	}
	return day;
}

/** How far a span stands from a figure: the text between, and its length with each comma or semicolon between counting as a clause away. */
function distancesFrom(passage: FramedPassage, figure: Figure): { between: (span: { start: number; end: number }) => string; gap: (span: { start: number; end: number }) => number } {
	const between = (span: { start: number; end: number }) => {
		const [from, to] = span.start >= figure.end ? [figure.end, span.start] : figure.start >= span.end ? [span.end, figure.start] : [0, 0];
		return passage.text.slice(from, to);
	};
	const gap = (span: { start: number; end: number }) => {
		const text = between(span);
		return text.length + figureRules.clauseDistance * (text.match(/[,;:]/g)?.length ?? 0);
	};
	return { between, gap };
}

/** The words that make a period what a figure is measured against: "from last season", "than last year", "since last season". */
const comparedAgainst = /\b(?:from|than|since|over)\s+$/i;

/**
 * Words that put a passage in an earlier event, or another one than the story's own (`before`):
 * "last year('s)", "last season", "a decade ago", "three years ago", "the previous quake", "an
 * earlier summit", "an aftershock", "followed by a 1.9 tremor", "last month", "earlier this year";
 * or in the event's own time (`now`): "this year", "this season", "on Sunday", "yesterday".
 * NOTE: "last summer" or "last week" is not one: it is often when the event itself happened
 * ("signed him last summer"); nor is "earlier" before a day ("earlier on Friday", "earlier today").
 */
export function timeMarkers(tokens: Token[]): { start: number; end: number; anchor: 'before' | 'now' }[] {
	const markers: { start: number; end: number; anchor: 'before' | 'now' }[] = [];
	tokens.forEach((token, i) => {
		const next = tokens[i + 1];
		const norm = token.norm;
		if (norm === 'last' && next && figureRules.pastPeriods.has(next.norm.replace(/'s$/, ''))) {
			markers.push({ start: token.start, end: next.end, anchor: 'before' });
		} else if (norm === 'ago' && i > 0 && figureRules.longAgo.has(tokens[i - 1].norm.replace(/s$/, ''))) {
			markers.push({ start: tokens[i - 1].start, end: token.end, anchor: 'before' });
		} else if (figureRules.earlierWords.has(norm) && next?.content && !figureRules.notEvents.has(next.norm) && !/\d/.test(next.norm)) {
			markers.push({ start: token.start, end: next.end, anchor: 'before' });
		} else if (figureRules.otherEventWords.has(norm) || (norm === 'followed' && next?.norm === 'by')) {
			// "an aftershock", "the shock was followed by a 1.9 tremor": another event than the story's own, as an earlier one is.
			markers.push({ start: token.start, end: norm === 'followed' ? next!.end : token.end, anchor: 'before' });
		} else if (norm === 'this' && next && figureRules.pastPeriods.has(next.norm)) {
			// "Earlier this year, a smaller ferry sank": before the story's days, within its year.
			const earlier = tokens[i - 1]?.norm === 'earlier';
			markers.push({ start: earlier ? tokens[i - 1].start : token.start, end: next.end, anchor: earlier ? 'before' : 'now' });
		} else if (figureRules.nowDays.has(norm.replace(/'s$/, ''))) {
			markers.push({ start: token.start, end: token.end, anchor: 'now' });
		}
	});
	return markers;
}

function isDate(figure: Figure): boolean {
	return figure.kind === 'date' || figure.kind === 'time' || (figure.kind === 'range' && figure.unit === 'date');
}
