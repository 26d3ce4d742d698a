/** Dates of the calendar: "2021-12-15", "12/15/2021", "15 December 2021", "Dec. 15, 2021", "December 1-5", "last June". */

import type { DateReading, DateContext } from './types';
import * as calendarModule from './calendar';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { monthNames, ambiguousMonths, weekdayNames, monthOf, isCapitalised, afterAbbreviation, yearOf, dayOf, acceptsYear, dayDate, daysIn, pad, isoOf, futureBefore, modifierBefore, yearless } = calendarModule;

/** Words before a month name that make it a month: "in June", "since March", "last May", "mid-April". */
const monthCues = new Set([
	'in', 'on', 'since', 'until', 'till', 'by', 'last', 'next', 'this', 'early', 'late', 'mid', 'of', 'from', 'to',
	'through', 'before', 'after', 'during', 'between', 'throughout', 'around',
]);

/** "2021-12-15", "12/15/2021" (month first unless the first part is over 12), "15.12.2021". */
export function readNumericDate(context: DateContext, i: number): DateReading | undefined {
	const { tokens } = context;
	const token = tokens[i];
	// Day, month and four-digit year in one token, split by periods: "15.12.2021".
	const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(token.text);
	if (dotted) {
		return dayDate(i, i, Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
	}
	const parts = [token];
	let last = i;
	const separator = tokens[i + 1]?.text;
	if (separator !== '-' && separator !== '/') {
		return undefined;
	}
	// "6/6/2013" glued throughout, or "6 / 6 / 2013" spaced throughout (text rebuilt from tokens).
	const spaced = !tokens[i + 1].glued && separator === '/';
	while (
		parts.length < 3 &&
		tokens[last + 1]?.text === separator &&
		tokens[last + 1].glued !== spaced &&
		tokens[last + 2]?.type === 'num' &&
		tokens[last + 2].glued !== spaced
	) {
		parts.push(tokens[last + 2]);
		last += 2;
	}
	if (parts.length !== 3 || (tokens[last + 1]?.glued && tokens[last + 1].type !== 'mark')) {
		return undefined;
	}
	const [a, b, c] = parts.map((part) => part.text);
	if (separator === '-' && /^\d{4}$/.test(a) && /^\d{2}$/.test(b) && /^\d{2}$/.test(c)) {
		return dayDate(i, last, Number(a), Number(b), Number(c));
	}
	if (separator === '/' && /^\d{1,2}$/.test(a) && /^\d{1,2}$/.test(b) && /^(?:\d{2}|\d{4})$/.test(c)) {
		const year = c.length === 2 ? 2000 + Number(c) : Number(c);
		const [month, dayOfMonth] = Number(a) > 12 ? [Number(b), Number(a)] : [Number(a), Number(b)];
		return dayDate(i, last, year, month, dayOfMonth);
	}
	return undefined;
}

/** "15 December 2021", "6th June", "07 June 2013", "6th of June". */
export function readDayMonth(context: DateContext, i: number): DateReading | undefined {
	const { tokens } = context;
	const dayPart = dayOf(tokens, i);
	if (!dayPart) {
		return undefined;
	}
	let m = dayPart.last + 1;
	if (tokens[m]?.lower === 'of') {
		m++;
	}
	const month = monthOf(tokens[m]);
	if (!month) {
		return undefined;
	}
	const monthEnd = afterAbbreviation(tokens, m);
	const year = yearOf(tokens[monthEnd + 1]);
	if (year && acceptsYear(tokens, monthEnd + 1, true)) {
		return dayDate(i, monthEnd + 1, year, month, dayPart.day);
	}
	return resolveMonthDay(context, i, monthEnd, month, dayPart.day);
}

/**
 * A month name and what goes with it: "December 15", "Dec. 15, 2021", "June 6th, 2013",
 * "December 2008", "December 1-5", or the month alone ("in February", "last June").
 */
export function readMonthDate(context: DateContext, i: number): DateReading | undefined {
	const { tokens } = context;
	const month = monthOf(tokens[i]);
	if (!month) {
		return undefined;
	}
	let nameEnd = afterAbbreviation(tokens, i);
	// "May. 3, 2013": a stray period after a full name, before a day of the same sentence ("in June. 3 died" is two).
	if (
		nameEnd === i &&
		tokens[i + 1]?.text === '.' &&
		tokens[i + 1].glued &&
		dayOf(tokens, i + 2) &&
		context.sentenceStart[i + 2] === context.sentenceStart[i]
	) {
		nameEnd = i + 1;
	}
	let next = nameEnd + 1;
	const dayPart = dayOf(tokens, next);
	if (dayPart && !(tokens[dayPart.last + 1]?.text === ':' && tokens[dayPart.last + 1].glued)) {
		// "December 15, 2021" or "Dec. 15 2021": a year after the day, with or without a comma.
		let yearAt = dayPart.last + 1;
		if (tokens[yearAt]?.text === ',') {
			yearAt++;
		}
		const year = yearOf(tokens[yearAt]);
		if (year && acceptsYear(tokens, yearAt, true)) {
			return dayDate(i, yearAt, year, month, dayPart.day);
		}
		const range = readDayRange(context, i, dayPart.last, month, dayPart.day);
		return range ?? resolveMonthDay(context, i, dayPart.last, month, dayPart.day);
	}
	// "December, 2008" and "January of 1955".
	if ((tokens[next]?.text === ',' || tokens[next]?.lower === 'of') && yearOf(tokens[next + 1])) {
		next++;
	}
	const year = yearOf(tokens[next]);
	if (year && acceptsYear(tokens, next, true)) {
		return {
			first: i, last: next, kind: 'date', unit: 'date', value: Date.UTC(year, month - 1, 1),
			iso: `${year}-${pad(month)}`,
		};
	}
	if (!isMonthAlone(context, i, month)) {
		return undefined;
	}
	return resolveMonth(context, i, nameEnd, month);
}

/**
 * Whether a month name without day or year is a date. "in June", "last May", "mid-April" are;
 * "June Carter" (a name) and "May I" are not. The months that are never common words
 * (January, February, September to December) only need not be followed by a capitalised word.
 */
function isMonthAlone(context: DateContext, i: number, month: number): boolean {
	const { tokens } = context;
	const token = tokens[i];
	// "Jan" alone is a name; "Jan." is a month.
	if (monthNames.indexOf(token.lower) < 0 && afterAbbreviation(tokens, i) === i) {
		return false;
	}
	const previous = tokens[i - 1];
	// "mid-April": the cue is glued to the month by a hyphen.
	const cue = previous?.text === '-' && previous.glued ? tokens[i - 2] : previous;
	const next = tokens[afterAbbreviation(tokens, i) + 1];
	const nameFollows = (
		next?.type === 'word' &&
		isCapitalised(next.text) &&
		!monthOf(next) &&
		weekdayNames.indexOf(next.lower) < 0
	);
	if (cue && monthCues.has(cue.lower)) {
		return true;
	}
	// "between June and August", but "in March and June Carter" (a name).
	if (cue && context.previousDate >= i - 3 && /^(?:and|or|to|-|–)$/.test(cue.lower)) {
		return !nameFollows;
	}
	return !ambiguousMonths.has(month) && !nameFollows;
}

/** "December 1-5": a second day after a hyphen makes a range of days. */
function readDayRange(
	context: DateContext, i: number, dayLast: number, month: number, firstDay: number,
): DateReading | undefined {
	const { tokens } = context;
	// "December 1-5" or "December 1–5", glued: "December 15 - 20 people died" is a date and a count.
	const dash = tokens[dayLast + 1];
	if (!dash || (dash.text !== '-' && dash.text !== '–') || !dash.glued || !tokens[dayLast + 2]?.glued) {
		return undefined;
	}
	const second = dayOf(tokens, dayLast + 2);
	if (!second || second.day <= firstDay) {
		return undefined;
	}
	const start = resolveMonthDay(context, i, dayLast, month, firstDay);
	if (!start) {
		return undefined;
	}
	const startDate = new Date(start.value);
	const end = dayDate(i, second.last, startDate.getUTCFullYear(), month, second.day);
	if (!end) {
		return undefined;
	}
	return {
		first: i, last: second.last, kind: 'range', unit: 'date', value: start.value, high: end.value,
		iso: `${start.iso}/${end.iso}`,
	};
}

/**
 * "December 15" without a year: the occurrence nearest to the article's date (ties go to the
 * past), or the next one when a future word comes first ("will meet on January 23").
 */
function resolveMonthDay(
	context: DateContext, first: number, last: number, month: number, dayOfMonth: number,
): DateReading | undefined {
	const reference = context.reference;
	if (dayOfMonth > daysIn(2000, month)) {
		return undefined;
	}
	if (!reference) {
		return yearless(first, last, month, dayOfMonth);
	}
	const future = futureBefore(context, first);
	let best: number | undefined;
	for (const year of [reference.year - 1, reference.year, reference.year + 1]) {
		if (dayOfMonth > daysIn(year, month)) {
			continue;
		}
		const ms = Date.UTC(year, month - 1, dayOfMonth);
		if (future && ms < reference.ms) {
			continue;
		}
		if (best === undefined || Math.abs(ms - reference.ms) < Math.abs(best - reference.ms)) {
			best = ms;
		}
	}
	return best === undefined ? undefined : { first, last, kind: 'date', unit: 'date', value: best, iso: isoOf(best) };
}

/**
 * A month alone: "last June" is the one before the article's month, "next June" the one after,
 * "this June" the one of the article's year. Without a word: the next one when a future word
 * comes first, else the nearest (ties to the past). In an article of 2021-12-16, "last June" and
 * "in June" are 2021-06, "in February" is 2022-02.
 */
function resolveMonth(context: DateContext, i: number, last: number, month: number): DateReading | undefined {
	const reference = context.reference;
	const { modifier, first } = modifierBefore(context.tokens, i);
	if (!reference) {
		return modifier ? undefined : yearless(i, last, month);
	}
	let year = reference.year;
	if (modifier === 'last') {
		year = month < reference.month ? reference.year : reference.year - 1;
	} else if (modifier === 'next') {
		year = month > reference.month ? reference.year : reference.year + 1;
	} else if (modifier === undefined) {
		const back = (reference.month - month + 12) % 12;
		const future = futureBefore(context, i) ? back > 0 : back > 6;
		if (future) {
			year = month >= reference.month ? reference.year : reference.year + 1;
		} else {
			year = month <= reference.month ? reference.year : reference.year - 1;
		}
	}
	return {
		first, last, kind: 'date', unit: 'date', value: Date.UTC(year, month - 1, 1), iso: `${year}-${pad(month)}`,
	};
}
