/**
 * Dates and times in news prose, resolved against the article's own date: "Wednesday",
 * "last June", "Dec. 15, 2021", "yesterday", "last week", "in 2001", "the 1940s", "3:24 p.m.".
 *
 * NOTE: chrono-node was measured and left aside: about 3 MB/s, "last June" read as the coming
 * June, "march" (the verb) read as a month, bare years ("in 2001") not found, and a date with its
 * time ("Dec. 15, 2021 at 3:24 p.m.") returned as one span where Crossread wants two figures.
 */

import type { DateReading, DateContext } from './dates/types';
import * as calendarModule from './dates/calendar';
import * as dayDatesModule from './dates/dayDates';
import * as relativeModule from './dates/relative';
import * as yearsModule from './dates/years';

export type { DateContext, DateReading, DateReference } from './dates/types';
export { dateReference } from './dates/types';
export { isoWeekMonday } from './dates/calendar';
export { readTime } from './dates/times';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { monthNames, monthAbbreviations, weekdayNames, weekdayAbbreviations, decadeWords } = calendarModule;
const { readNumericDate, readDayMonth, readMonthDate } = dayDatesModule;
const { readWeekdayDate, readRelative, readAgo } = relativeModule;
const { readYear, readShortDecade, readSpelledDecade, readCentury } = yearsModule;

/** Every word that can open a date or a time (for the figure grammar's quick filters). */
export const dateWords: ReadonlySet<string> = new Set([
	...monthNames, ...Object.keys(monthAbbreviations), ...weekdayNames, ...Object.keys(weekdayAbbreviations),
	'yesterday', 'today', 'tonight', 'tomorrow', 'noon', 'midday', 'midnight', 'ago', 'century',
	...Object.keys(decadeWords),
]);

/** The words of a relative period ("last week", "this morning"): the first, then the period. */
export const relativePeriodOpeners: readonly string[] = ['last', 'next', 'this', 'coming'];

export const relativePeriodUnits: readonly string[] = ['week', 'weekend', 'month', 'year', 'night', 'morning', 'afternoon', 'evening'];

/**
 * "last week", "this year", "next month", "last night", "this morning": a relative period (a regular expression
 * source).
 */
export const relativePeriodSource = `(?:${relativePeriodOpeners.join('|')})\\s+(?:${relativePeriodUnits.join('|')})`;

/**
 * Reads a date starting at token `i` (or at the "last"/"next" just before it).
 *
 * @param context The paragraph and the article's date.
 * @param i Token index where the date would start.
 * @returns The date, or `undefined` when none starts there.
 */
export function readDate(context: DateContext, i: number): DateReading | undefined {
	const token = context.tokens[i];
	if (token.type === 'num') {
		return (
			readNumericDate(context, i) ??
			readDayMonth(context, i) ??
			readCentury(context, i) ??
			readYear(context, i) ??
			readAgo(context, i)
		);
	}
	if (token.type === 'mark') {
		return readShortDecade(context, i);
	}
	return (
		readWeekdayDate(context, i) ??
		readMonthDate(context, i) ??
		readRelative(context, i) ??
		readCentury(context, i) ??
		readSpelledDecade(context, i) ??
		readAgo(context, i)
	);
}
