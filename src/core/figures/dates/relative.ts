/** Dates named from the article's date: "Wednesday", "last Friday", "yesterday", "last week", "this month", "three years ago". */

import * as numberWordsModule from '../numberWords';
import type { Token } from '../tokens';
import type { DateReading, DateContext } from './types';
import * as typesModule from './types';
import * as calendarModule from './calendar';
import * as dayDatesModule from './dayDates';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { readNumeral } = numberWordsModule;
const { day } = typesModule;
const { weekdayNames, weekdayAbbreviations, monthOf, isCapitalised, afterAbbreviation, pad, isoOf, futureBefore, modifierBefore, isoWeek } = calendarModule;
const { readDayMonth, readMonthDate } = dayDatesModule;

/** The weekday of a full name, or of an abbreviation with a period or before a date ("Thu Jun 13"); -1 otherwise. */
function weekdayOf(tokens: Token[], i: number): number {
	const token = tokens[i];
	if (token.type !== 'word' || !isCapitalised(token.text)) {
		return -1;
	}
	const full = weekdayNames.indexOf(token.lower);
	if (full >= 0) {
		return full;
	}
	const short = weekdayAbbreviations[token.lower];
	if (short === undefined) {
		return -1;
	}
	const next = tokens[i + 1];
	// "Sun" and "Sat" are also words; "Wed." or "Thu Jun 13" are weekdays.
	return (next?.text === '.' && next.glued) || next?.text === ',' || monthOf(next) ? short : -1;
}

/**
 * A weekday: "Wednesday", "last Wednesday", "next Friday", or the head of a full date
 * ("Thursday, December 16, 2021", "Friday, 7 June 2013"), which it then spans.
 * Alone, it is the most recent such day up to the article's date (news looks back): "Wednesday"
 * in an article of Thursday 2021-12-16 is 2021-12-15; it is the coming one after "next" or a
 * future word ("will meet on Saturday").
 */
export function readWeekdayDate(context: DateContext, i: number): DateReading | undefined {
	const { tokens, reference } = context;
	const weekday = weekdayOf(tokens, i);
	if (weekday < 0) {
		return undefined;
	}
	const nameEnd = afterAbbreviation(tokens, i);
	let next = nameEnd + 1;
	if (tokens[next]?.text === ',') {
		next++;
	}
	const full = tokens[next]?.type === 'num' ? readDayMonth(context, next) : readMonthDate(context, next);
	// A whole day, or a day without year ("Thursday, May 2" in an undated article).
	if (full && full.kind === 'date' && full.iso && /^(?:\d{4}|-)-\d{2}-\d{2}$/.test(full.iso)) {
		return { ...full, first: i };
	}
	if (!reference) {
		return undefined;
	}
	const { modifier, first } = modifierBefore(tokens, i);
	const back = (reference.weekday - weekday + 7) % 7;
	const ahead = (weekday - reference.weekday + 7) % 7;
	let offset: number;
	if (modifier === 'last') {
		offset = -(back || 7);
	} else if (modifier === 'next') {
		offset = ahead || 7;
	} else if (futureBefore(context, i)) {
		offset = ahead;
	} else {
		offset = -back;
	}
	const ms = reference.ms + offset * day;
	return { first, last: nameEnd, kind: 'date', unit: 'date', value: ms, iso: isoOf(ms) };
}

/**
 * Days and periods named from the article's date: "yesterday", "today", "tonight", "tomorrow",
 * "last night", "this morning", "last week" (an ISO week, `2021-W49`, valued at its Monday),
 * "this month" (`2021-12`), "next year" (`2022`). "The next day" or "the last year" tell time
 * from the story, not from the article's date, and are left out.
 */
export function readRelative(context: DateContext, i: number): DateReading | undefined {
	const { tokens, reference } = context;
	const word = tokens[i].lower;
	if (!reference) {
		return undefined;
	}
	const single: Readonly<Record<string, number>> = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 };
	if (single[word] !== undefined) {
		const ms = reference.ms + single[word] * day;
		return { first: i, last: i, kind: 'date', unit: 'date', value: ms, iso: isoOf(ms) };
	}
	if (word !== 'last' && word !== 'next' && word !== 'this' && word !== 'coming') {
		return undefined;
	}
	if (tokens[i - 1]?.lower === 'the') {
		return undefined;
	}
	const unit = tokens[i + 1];
	if (!unit || unit.type !== 'word' || unit.glued) {
		return undefined;
	}
	const step = word === 'last' ? -1 : word === 'this' ? 0 : 1;
	const period = unit.lower;
	if (period === 'night' && word === 'last') {
		const ms = reference.ms - day;
		return { first: i, last: i + 1, kind: 'date', unit: 'date', value: ms, iso: isoOf(ms) };
	}
	if ((period === 'morning' || period === 'afternoon' || period === 'evening') && word === 'this') {
		return { first: i, last: i + 1, kind: 'date', unit: 'date', value: reference.ms, iso: isoOf(reference.ms) };
	}
	if (period === 'week' || period === 'weekend') {
		const monday = reference.ms - ((reference.weekday + 6) % 7) * day + step * 7 * day;
		return { first: i, last: i + 1, kind: 'date', unit: 'date', value: monday, iso: isoWeek(monday) };
	}
	if (period === 'month') {
		const date = new Date(Date.UTC(reference.year, reference.month - 1 + step, 1));
		return {
			first: i, last: i + 1, kind: 'date', unit: 'date', value: date.getTime(),
			iso: `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}`,
		};
	}
	if (period === 'year') {
		const year = reference.year + step;
		return { first: i, last: i + 1, kind: 'date', unit: 'date', value: Date.UTC(year, 0, 1), iso: String(year) };
	}
	return undefined;
}

/**
 * "two days ago", "a week ago", "three months ago", "five years ago": counted back from the
 * article's date, to the day, the month or the year the unit allows.
 */
export function readAgo(context: DateContext, i: number): DateReading | undefined {
	const { tokens, reference, text } = context;
	// "ago" stands two tokens after the number at least.
	if (!reference || context.lastAgo < i + 2) {
		return undefined;
	}
	const amount = (
		tokens[i].lower === 'a' ||
		tokens[i].lower === 'an' ? { value: 1, last: i } : readNumeral(tokens, i, text)
	);
	if (!amount || !Number.isInteger(amount.value)) {
		return undefined;
	}
	const unit = tokens[amount.last + 1];
	if (tokens[amount.last + 2]?.lower !== 'ago' || !unit) {
		return undefined;
	}
	const n = amount.value;
	const last = amount.last + 2;
	const date = new Date(reference.ms);
	if (/^days?$/.test(unit.lower) || /^weeks?$/.test(unit.lower)) {
		const ms = reference.ms - n * (unit.lower.startsWith('day') ? 1 : 7) * day;
		return { first: i, last, kind: 'date', unit: 'date', value: ms, iso: isoOf(ms) };
	}
	if (/^months?$/.test(unit.lower)) {
		const month = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - n, 1));
		return {
			first: i, last, kind: 'date', unit: 'date', value: month.getTime(),
			iso: `${month.getUTCFullYear()}-${pad(month.getUTCMonth() + 1)}`,
		};
	}
	if (/^years?$/.test(unit.lower)) {
		const year = reference.year - n;
		return { first: i, last, kind: 'date', unit: 'date', value: Date.UTC(year, 0, 1), iso: String(year) };
	}
	return undefined;
}
