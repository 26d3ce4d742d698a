/**
 * Dates and times in news prose, resolved against the article's own date: "Wednesday",
 * "last June", "Dec. 15, 2021", "yesterday", "last week", "in 2001", "the 1940s", "3:24 p.m.".
 *
 * NOTE: chrono-node was measured and left aside: about 3 MB/s, "last June" read as the coming
 * June, "march" (the verb) read as a month, bare years ("in 2001") not found, and a date with its
 * time ("Dec. 15, 2021 at 3:24 p.m.") returned as one span where Crossread wants two figures.
 */
import type { FigureKind } from '../types';
import * as numberWordsModule from './numberWords';
import * as numbersLexicon from '../text/lexicon/numbers';
import type { Token } from './numberWords';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { readNumeral, singular } = numberWordsModule;
const { scaleWords } = numbersLexicon;

/** The article's date, taken apart for the resolution rules. */
export interface DateReference {
	/** UTC midnight of the day, in ms since the epoch. */
	ms: number;
	/** Four-digit year. */
	year: number;
	/** 1 to 12. */
	month: number;
	/** 1 to 31. */
	day: number;
	/** 0 (Sunday) to 6 (Saturday). */
	weekday: number;
}

/** A date, a time or a range of either, as token indices and a normalised value. */
export interface DateReading {
	/** Index of the first token. */
	first: number;
	/** Index of the last token. */
	last: number;
	/** `date`, `time`, or `range` for "2008-09" and "December 1-5". */
	kind: FigureKind;
	/** Dates: ms since the epoch at UTC midnight of the first day; times: minutes after midnight. */
	value: number;
	/** `date` or `time`. */
	unit: 'date' | 'time';
	/**
	 * `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `YYYY-Www` (ISO week), `YYY` (decade), `YY` (century),
	 * `--MM-DD` or `--MM` (no year known), or `start/end` for a range.
	 */
	iso?: string;
	/** Upper end of a range. */
	high?: number;
}

/** What the date grammar needs to know about the paragraph it reads. */
export interface DateContext {
	/** The blanked article text. */
	text: string;
	/** The paragraph's tokens. */
	tokens: Token[];
	/** The article's date; without it only absolute dates are read. */
	reference?: DateReference;
	/** For each token, the index of the first token of its sentence. */
	sentenceStart: number[];
	/** Index of the last token of the previous date in the paragraph (-1 if none): "between June and August". */
	previousDate: number;
	/** Index of the paragraph's last token "ago" (-1 if none): "… ago" is read only before it, without reading the number first. */
	lastAgo: number;
}

const day = 86_400_000;

/**
 * Splits a `YYYY-MM-DD` publication date for the resolution rules.
 *
 * @param iso The date from the article's header, if any.
 * @returns The reference, or `undefined` when there is no valid date.
 */
export function dateReference(iso: string | undefined): DateReference | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
	if (!match) {
		return undefined;
	}
	const [year, month, dayOfMonth] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const ms = Date.UTC(year, month - 1, dayOfMonth);
	return { ms, year, month, day: dayOfMonth, weekday: new Date(ms).getUTCDay() };
}

const monthNames = [
	'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
	'december',
];
const monthAbbreviations: Readonly<Record<string, number>> = {
	jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
/** Months that are also common words or first names: "May I", "they march", "June Carter", "April Lund". */
const ambiguousMonths = new Set([3, 4, 5, 6, 7, 8]);
const weekdayNames = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const weekdayAbbreviations: Readonly<Record<string, number>> = {
	sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6,
};

/** Plural tens words, as decades: "the fifties". */
const decadeWords: Readonly<Record<string, number>> = {
	twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90,
};

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

/** Words before a month name that make it a month: "in June", "since March", "last May", "mid-April". */
const monthCues = new Set([
	'in', 'on', 'since', 'until', 'till', 'by', 'last', 'next', 'this', 'early', 'late', 'mid', 'of', 'from', 'to',
	'through', 'before', 'after', 'during', 'between', 'throughout', 'around',
]);

/**
 * Words that put what follows in the future: "the leaders will meet on Friday", "he is due to
 * arrive Saturday", "Borodin said he would attend in February".
 */
const futureCues = new Set([
	'will', 'shall', 'll', 'would', 'going', 'upcoming', 'scheduled', 'slated', 'due', 'expected', 'plans', 'planned',
	'planning', 'intends', 'coming',
]);

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

/** The month number of a month name or abbreviation ("Dec", "Sept"), or 0. Needs a capital: "may" is a verb. */
function monthOf(token: Token | undefined): number {
	if (!token || token.type !== 'word' || !isCapitalised(token.text)) {
		return 0;
	}
	const full = monthNames.indexOf(token.lower);
	return full >= 0 ? full + 1 : (monthAbbreviations[token.lower] ?? 0);
}

/** An ASCII capital first: month and weekday names are only names with one. */
function isCapitalised(word: string): boolean {
	const first = word.charCodeAt(0);
	return first >= 65 && first <= 90;
}

/**
 * A glued period after an abbreviation ("Dec."): its index, else the name's own.
 * NOTE: "in June." ends a sentence: the period after a full name is not part of the date.
 */
function afterAbbreviation(tokens: Token[], i: number): number {
	return (
		tokens[i + 1]?.text === '.' &&
		tokens[i + 1].glued &&
		monthNames.indexOf(tokens[i].lower) < 0 &&
		weekdayNames.indexOf(tokens[i].lower) < 0 ? i + 1 : i
	);
}

/** A four-digit year 1900 to 2100 as one plain token, or 0. */
function yearOf(token: Token | undefined): number {
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
function dayOf(tokens: Token[], i: number): { day: number; last: number } | undefined {
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
function acceptsYear(tokens: Token[], i: number, afterDate = false): boolean {
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

/** "2021-12-15", "12/15/2021" (month first unless the first part is over 12), "15.12.2021". */
function readNumericDate(context: DateContext, i: number): DateReading | undefined {
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

/** A whole day, or `undefined` when the day does not exist ("February 30"). */
function dayDate(
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

function daysIn(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number, width = 2): string {
	return String(value).padStart(width, '0');
}

function isoDay(year: number, month: number, dayOfMonth: number): string {
	return `${pad(year, 4)}-${pad(month)}-${pad(dayOfMonth)}`;
}

function isoOf(ms: number): string {
	const date = new Date(ms);
	return isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** "15 December 2021", "6th June", "07 June 2013", "6th of June". */
function readDayMonth(context: DateContext, i: number): DateReading | undefined {
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
function readMonthDate(context: DateContext, i: number): DateReading | undefined {
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

/** Whether a word before token `i` in its sentence puts it in the future ("will meet on Friday"). */
function futureBefore(context: DateContext, i: number): boolean {
	const { tokens } = context;
	for (let j = i - 1; j >= context.sentenceStart[i] && j >= i - 15; j--) {
		if (futureCues.has(tokens[j].lower)) {
			return true;
		}
	}
	return false;
}

/** `last`, `next`, `this` or nothing before token `i` (and where the span then starts). */
function modifierBefore(tokens: Token[], i: number): { modifier: 'last' | 'next' | 'this' | undefined; first: number } {
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
 * A date whose year neither the text nor an article date gives ("Feb. 22" in an undated
 * article): ISO's `--MM-DD` or `--MM`, valued in ms from January 1st so that it sorts within
 * the year and never passes for a real day.
 */
function yearless(first: number, last: number, month: number, dayOfMonth?: number): DateReading {
	const value = Date.UTC(2000, month - 1, dayOfMonth ?? 1) - Date.UTC(2000, 0, 1);
	return {
		first, last, kind: 'date', unit: 'date', value,
		iso: dayOfMonth ? `--${pad(month)}-${pad(dayOfMonth)}` : `--${pad(month)}`,
	};
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
function readWeekdayDate(context: DateContext, i: number): DateReading | undefined {
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
function readRelative(context: DateContext, i: number): DateReading | undefined {
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

/** The Monday of an ISO 8601 week, as `isoWeek` writes it: the week holding the year's first Thursday is week 1. */
export function isoWeekMonday(year: number, week: number): number {
	const january4 = Date.UTC(year, 0, 4);
	const firstMonday = january4 - ((new Date(january4).getUTCDay() + 6) % 7) * day;
	return firstMonday + (week - 1) * 7 * day;
}

/** ISO 8601 week of a Monday: `2021-W49`. The week belongs to the year of its Thursday. */
function isoWeek(monday: number): string {
	const thursday = new Date(monday + 3 * day);
	const year = thursday.getUTCFullYear();
	const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * day)) + 1;
	return `${year}-W${pad(week)}`;
}

/**
 * A year: "in 2001", "since 2014", "the 2014 Winter Olympics"; "2008-09" and "1982-87" (a season
 * or a span: a range); "1940s" (a decade: ISO's three-digit `194`). Any four digits 1900 to 2100
 * without separator are a year unless a count, a currency or a percent claims them ("2000 troops",
 * "$2000", "2000 percent").
 */
function readYear(context: DateContext, i: number): DateReading | undefined {
	const { tokens } = context;
	const year = yearOf(tokens[i]);
	if (!year) {
		return undefined;
	}
	const next = tokens[i + 1];
	// "1940s", "1940's": a decade.
	if (
		next?.glued &&
		(next.lower === 's' || (/^['’]$/.test(next.text) && tokens[i + 2]?.lower === 's' && tokens[i + 2].glued)) &&
		year % 10 === 0
	) {
		return {
			first: i, last: next.lower === 's' ? i + 1 : i + 2, kind: 'date', unit: 'date', value: Date.UTC(year, 0, 1),
			iso: String(year).slice(0, 3),
		};
	}
	const range = readYearRange(tokens, i, year);
	if (range) {
		return range;
	}
	// Four digits glued to a word or a sign are no year ("A2031", "$2031", "#2031", "x-2031"); a
	// year after a word that is itself glued to a dash is ("the gap--through 2031").
	const previous = tokens[i - 1];
	if (
		tokens[i].glued &&
		previous !== undefined &&
		(previous.type === 'word' || /^[$#\-/]$/.test(previous.text))
	) {
		return undefined;
	}
	if (!acceptsYear(tokens, i)) {
		return undefined;
	}
	return { first: i, last: i, kind: 'date', unit: 'date', value: Date.UTC(year, 0, 1), iso: String(year) };
}

/** "2008-09", "1982-87", "2010–2012": a second year after a glued dash, later than the first. */
function readYearRange(tokens: Token[], i: number, year: number): DateReading | undefined {
	const dash = tokens[i + 1];
	const second = tokens[i + 2];
	if (
		!dash?.glued ||
		(dash.text !== '-' && dash.text !== '–') ||
		!second?.glued ||
		second.type !== 'num' ||
		tokens[i + 3]?.glued &&
		tokens[i + 3].text === '-'
	) {
		return undefined;
	}
	// "2008-09": the century of the first year.
	const high = /^\d{2}$/.test(second.text) ? Math.floor(year / 100) * 100 + Number(second.text) : yearOf(second);
	if (high <= year || high - year > 50) {
		return undefined;
	}
	return {
		first: i, last: i + 2, kind: 'range', unit: 'date', value: Date.UTC(year, 0, 1), high: Date.UTC(high, 0, 1),
		iso: `${year}/${high}`,
	};
}

/** "'50s": an apostrophe, two digits and "s", taken as the last century's decade. */
function readShortDecade(context: DateContext, i: number): DateReading | undefined {
	const { tokens } = context;
	const mark = tokens[i];
	const digits = tokens[i + 1];
	const suffix = tokens[i + 2];
	if (
		(mark.text !== '\'' && mark.text !== '’') ||
		!digits?.glued ||
		!/^\d0$/.test(digits.text) ||
		!suffix?.glued ||
		suffix.lower !== 's'
	) {
		return undefined;
	}
	const year = 1900 + Number(digits.text);
	return {
		first: i, last: i + 2, kind: 'date', unit: 'date', value: Date.UTC(year, 0, 1), iso: String(year).slice(0, 3),
	};
}

/**
 * "the nineteen fifties", "the sixties", "the early seventies": a decade, of the 1900s unless
 * "eighteen" says otherwise. "In her fifties" is an age and is left alone: only "the", "early",
 * "late" or "mid" before the tens word make it a decade.
 */
function readSpelledDecade(context: DateContext, i: number): DateReading | undefined {
	const { tokens } = context;
	const word = tokens[i].lower;
	const century = word === 'nineteen' ? 1900 : word === 'eighteen' ? 1800 : 0;
	const tensAt = century ? i + 1 : i;
	const tens = decadeWords[tokens[tensAt]?.lower ?? ''];
	if (!tens || (!century && !/^(?:the|early|late|mid|-)$/.test(tokens[i - 1]?.lower ?? ''))) {
		return undefined;
	}
	const year = (century || 1900) + tens;
	return {
		first: i, last: tensAt, kind: 'date', unit: 'date', value: Date.UTC(year, 0, 1), iso: String(year).slice(0, 3),
	};
}

/**
 * "21st century", "the twenty-first century": a century, as ISO's two-digit `20` (the years
 * 2000 to 2099, which is how the phrase is used).
 */
function readCentury(context: DateContext, i: number): DateReading | undefined {
	const { tokens } = context;
	const token = tokens[i];
	let value: number;
	let last = i;
	if (
		token.type === 'num' &&
		/^\d{1,2}$/.test(token.text) &&
		tokens[i + 1]?.glued &&
		/^(?:st|nd|rd|th)$/.test(tokens[i + 1].lower)
	) {
		value = Number(token.text);
		last = i + 1;
	} else if (token.lower === 'twentieth' || token.lower === 'nineteenth') {
		value = token.lower === 'twentieth' ? 20 : 19;
	} else if (token.lower === 'twenty' && tokens[i + 1]?.text === '-' && tokens[i + 2]?.lower === 'first') {
		value = 21;
		last = i + 2;
	} else {
		return undefined;
	}
	if (tokens[last + 1]?.lower !== 'century' || value < 1 || value > 30) {
		return undefined;
	}
	const start = (value - 1) * 100;
	return { first: i, last: last + 1, kind: 'date', unit: 'date', value: Date.UTC(start, 0, 1), iso: pad(value - 1) };
}

/**
 * "two days ago", "a week ago", "three months ago", "five years ago": counted back from the
 * article's date, to the day, the month or the year the unit allows.
 */
function readAgo(context: DateContext, i: number): DateReading | undefined {
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

/** Minutes after midnight for "noon" and "midnight". */
const namedTimes: Readonly<Record<string, number>> = { noon: 720, midday: 720, midnight: 0 };

/**
 * Reads a time of day at token `i`: "3:24 p.m.", "10 am", "10am", "4.07pm", "15:00", "noon",
 * "7: 38pm" (text rebuilt from tokens puts a space after the colon). A time zone after it
 * ("Beijing time", "EDT") stays outside the span.
 *
 * @param context The paragraph.
 * @param i Token index where the time would start.
 * @returns A `time` reading valued in minutes after midnight, or `undefined`.
 */
export function readTime(context: DateContext, i: number): DateReading | undefined {
	const { tokens, text } = context;
	const token = tokens[i];
	if (token.type === 'word') {
		const named = namedTimes[token.lower];
		return named === undefined ? undefined : { first: i, last: i, kind: 'time', unit: 'time', value: named };
	}
	if (token.type !== 'num') {
		return undefined;
	}
	// "1845 GMT": four digits before a zone name are a 24-hour time.
	const military = /^([01]\d|2[0-3])([0-5]\d)$/.exec(token.text);
	if (military && /^(?:GMT|UTC)$/.test(tokens[i + 1]?.text ?? '')) {
		return { first: i, last: i, kind: 'time', unit: 'time', value: Number(military[1]) * 60 + Number(military[2]) };
	}
	let hour: number;
	let minute = 0;
	let last = i;
	const decimal = /^(\d{1,2})\.(\d{2})$/.exec(token.text);
	if (decimal) {
		// "4.07pm": only a time with am/pm after it; "4.07" alone is a decimal.
		hour = Number(decimal[1]);
		minute = Number(decimal[2]);
	} else if (/^\d{1,2}$/.test(token.text)) {
		hour = Number(token.text);
		const colon = tokens[i + 1];
		const minutes = tokens[i + 2];
		if (colon?.text === ':' && colon.glued && minutes?.type === 'num' && /^\d{2}$/.test(minutes.text)) {
			const gap = text.slice(colon.end, minutes.start);
			if (gap !== '' && !(gap === ' ' && meridiem(tokens, i + 3))) {
				return undefined;
			}
			minute = Number(minutes.text);
			last = i + 2;
			// "11:47:35": seconds are read and dropped.
			if (
				tokens[last + 1]?.text === ':' &&
				tokens[last + 1].glued &&
				tokens[last + 2]?.glued &&
				/^\d{2}$/.test(tokens[last + 2].text)
			) {
				last += 2;
			}
		}
	} else {
		return undefined;
	}
	if (tokens[i - 1]?.glued && (tokens[i - 1].text === ':' || tokens[i - 1].type === 'word')) {
		return undefined;
	}
	const half = meridiem(tokens, last + 1);
	if (tokens[last + 1]?.lower === 'noon' && hour === 12 && last === i) {
		return { first: i, last: i + 1, kind: 'time', unit: 'time', value: 720 };
	}
	if (half) {
		if (hour < 1 || hour > 12 || minute > 59) {
			return undefined;
		}
		return {
			first: i, last: half.last, kind: 'time', unit: 'time',
			value: (hour % 12) * 60 + (half.pm ? 720 : 0) + minute,
		};
	}
	if (last === i || decimal || hour > 23 || minute > 59) {
		return undefined;
	}
	return { first: i, last, kind: 'time', unit: 'time', value: hour * 60 + minute };
}

/** "am", "PM", "a.m.", "p. m." at token `i`: whether it is afternoon, and the last token. */
function meridiem(tokens: Token[], i: number): { pm: boolean; last: number } | undefined {
	const token = tokens[i];
	if (!token || token.type !== 'word') {
		return undefined;
	}
	if (token.lower === 'am' || token.lower === 'pm') {
		return { pm: token.lower === 'pm', last: i };
	}
	// "a.m." is tokens a . m . ; "p. m." has a space before the "m".
	if (
		(token.lower === 'a' || token.lower === 'p') &&
		tokens[i + 1]?.text === '.' &&
		tokens[i + 1].glued &&
		tokens[i + 2]?.lower === 'm'
	) {
		const last = tokens[i + 3]?.text === '.' && tokens[i + 3].glued ? i + 3 : i + 2;
		return { pm: token.lower === 'p', last };
	}
	return undefined;
}
