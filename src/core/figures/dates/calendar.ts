/** The calendar the date grammar reads with: month and weekday names, days, years, ISO strings, and the words around a date that say past or future. */

import * as pluralsModule from '../plurals';
import type { Token } from '../tokens';
import * as numbersLexicon from '../../text/lexicon/numbers';
import type { DateReading, DateContext } from './types';
import * as typesModule from './types';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { singular } = pluralsModule;
const { scaleWords } = numbersLexicon;
const { day } = typesModule;

export const monthNames = [
	'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
	'december',
];

export const monthAbbreviations: Readonly<Record<string, number>> = {
	jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Months that are also common words or first names: "May I", "they march", "June Carter", "April Lund". */
export const ambiguousMonths = new Set([3, 4, 5, 6, 7, 8]);

export const weekdayNames = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export const weekdayAbbreviations: Readonly<Record<string, number>> = {
	sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6,
};

/** Plural tens words, as decades: "the fifties". */
export const decadeWords: Readonly<Record<string, number>> = {
	twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90,
};

/**
 * Words that put what follows in the future: "the leaders will meet on Friday", "he is due to
 * arrive Saturday", "Borodin said he would attend in February".
 */
const futureCues = new Set([
	'will', 'shall', 'll', 'would', 'going', 'upcoming', 'scheduled', 'slated', 'due', 'expected', 'plans', 'planned',
	'planning', 'intends', 'coming',
]);

/** The month number of a month name or abbreviation ("Dec", "Sept"), or 0. Needs a capital: "may" is a verb. */
export function monthOf(token: Token | undefined): number {
	if (!token || token.type !== 'word' || !isCapitalised(token.text)) {
		return 0;
	}
	const full = monthNames.indexOf(token.lower);
	return full >= 0 ? full + 1 : (monthAbbreviations[token.lower] ?? 0);
}

/** An ASCII capital first: month and weekday names are only names with one. */
export function isCapitalised(word: string): boolean {
	const first = word.charCodeAt(0);
	return first >= 65 && first <= 90;
}

/**
 * A glued period after an abbreviation ("Dec."): its index, else the name's own.
 * NOTE: "in June." ends a sentence: the period after a full name is not part of the date.
 */
export function afterAbbreviation(tokens: Token[], i: number): number {
	return (
		tokens[i + 1]?.text === '.' &&
		tokens[i + 1].glued &&
		monthNames.indexOf(tokens[i].lower) < 0 &&
		weekdayNames.indexOf(tokens[i].lower) < 0 ? i + 1 : i
	);
}

/** A four-digit year 1900 to 2100 as one plain token, or 0. */
export function yearOf(token: Token | undefined): number {
	if (!token || token.type !== 'num' || token.text.length !== 4 || !/^\d{4}$/.test(token.text)) {
		return 0;
	}
	const year = Number(token.text);
	return year >= 1900 && year <= 2100 ? year : 0;
}

/**
 * A day of the month at token `i`: "15", "6th", "06". Returns the day and its last token.
 * NOTE: "15.5" or "1,500" are not days; only a plain run of one or two digits is.
 */
export function dayOf(tokens: Token[], i: number): { day: number; last: number } | undefined {
	const token = tokens[i];
	if (!token || token.type !== 'num' || !/^\d{1,2}$/.test(token.text)) {
		return undefined;
	}
	const value = Number(token.text);
	if (value < 1 || value > 31) {
		return undefined;
	}
	const suffix = tokens[i + 1];
	if (suffix?.glued && suffix.type === 'word') {
		return /^(?:st|nd|rd|th)$/.test(suffix.lower) ? { day: value, last: i + 1 } : undefined;
	}
	return { day: value, last: i };
}

/**
 * Words before four digits that make them a year even before a plural noun: "the 2010 elections", "in 2000 people…".
 */
const yearCues = new Set([
	'the', 'in', 'since', 'until', 'till', 'during', 'before', 'after', 'from', 'through', 'by', 'its', 'his', 'her',
	'their',
]);

/** Words after four digits that make them an amount: "2000 percent", "2000 million", "2000 dollars". */
const amountWords = /^(?:percent|per|pct|dollars?|euros?|pounds?|yuan|yen|rubles?|roubles?|rupees?)$/;

/**
 * Whether four digits at token `i` stand for a year and not an amount: "in 2000", "the 2014
 * Winter Olympics", "2001 by five years", but not "2000 troops", "$2000", "2000 percent".
 */
export function acceptsYear(tokens: Token[], i: number, afterDate = false): boolean {
	const previous = tokens[i - 1];
	const next = tokens[i + 1];
	if (previous && /^[$€£¥]$/.test(previous.text)) {
		return false;
	}
	if (!next) {
		return true;
	}
	// "2000%", "2000s" and "2000-strong" are not years; "in August 2004-saying" (a lost dash) is.
	if (
		(next.glued && next.type === 'word') ||
		next.text === '%' ||
		(next.text === '-' && next.glued && tokens[i + 2]?.type !== 'word')
	) {
		return false;
	}
	if (next.type !== 'word') {
		return true;
	}
	// "2000 dollars", "2000 million"; "2015 GMT" is a time.
	if (scaleWords[next.lower] || amountWords.test(next.lower) || next.text === 'GMT' || next.text === 'UTC') {
		return false;
	}
	// "the December 2008 riots": after a month or a day, four digits are the year whatever follows.
	return (
		afterDate ||
		isCapitalised(next.text) ||
		singular(next.lower) === undefined ||
		(previous !== undefined && yearCues.has(previous.lower))
	);
}

/** A whole day, or `undefined` when the day does not exist ("February 30"). */
export function dayDate(
	first: number, last: number, year: number, month: number, dayOfMonth: number,
): DateReading | undefined {
	if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > daysIn(year, month)) {
		return undefined;
	}
	return {
		first, last, kind: 'date', unit: 'date', value: Date.UTC(year, month - 1, dayOfMonth),
		iso: isoDay(year, month, dayOfMonth),
	};
}

export function daysIn(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function pad(value: number, width = 2): string {
	return String(value).padStart(width, '0');
}

function isoDay(year: number, month: number, dayOfMonth: number): string {
	return `${pad(year, 4)}-${pad(month)}-${pad(dayOfMonth)}`;
}

export function isoOf(ms: number): string {
	const date = new Date(ms);
	return isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Whether a word before token `i` in its sentence puts it in the future ("will meet on Friday"). */
export function futureBefore(context: DateContext, i: number): boolean {
	const { tokens } = context;
	for (let j = i - 1; j >= context.sentenceStart[i] && j >= i - 15; j--) {
		if (futureCues.has(tokens[j].lower)) {
			return true;
		}
	}
	return false;
}

/** `last`, `next`, `this` or nothing before token `i` (and where the span then starts). */
export function modifierBefore(tokens: Token[], i: number): { modifier: 'last' | 'next' | 'this' | undefined; first: number } {
	const word = tokens[i - 1]?.lower;
	if (word === 'last' || word === 'next' || word === 'this') {
		return { modifier: word, first: i - 1 };
	}
	if (word === 'coming') {
		return { modifier: 'next', first: i - 1 };
	}
	return { modifier: undefined, first: i };
}

/**
 * A date whose year neither the text nor an article date gives ("Feb. 22" in an undated
 * article): ISO's `--MM-DD` or `--MM`, valued in ms from January 1st so that it sorts within
 * the year and never passes for a real day.
 */
export function yearless(first: number, last: number, month: number, dayOfMonth?: number): DateReading {
	const value = Date.UTC(2000, month - 1, dayOfMonth ?? 1) - Date.UTC(2000, 0, 1);
	return {
		first, last, kind: 'date', unit: 'date', value,
		iso: dayOfMonth ? `--${pad(month)}-${pad(dayOfMonth)}` : `--${pad(month)}`,
	};
}

/** The Monday of an ISO 8601 week, as `isoWeek` writes it: the week holding the year's first Thursday is week 1. */
export function isoWeekMonday(year: number, week: number): number {
	const january4 = Date.UTC(year, 0, 4);
	const firstMonday = january4 - ((new Date(january4).getUTCDay() + 6) % 7) * day;
	return firstMonday + (week - 1) * 7 * day;
}

/** ISO 8601 week of a Monday: `2021-W49`. The week belongs to the year of its Thursday. */
export function isoWeek(monday: number): string {
	const thursday = new Date(monday + 3 * day);
	const year = thursday.getUTCFullYear();
	const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * day)) + 1;
	return `${year}-W${pad(week)}`;
}
