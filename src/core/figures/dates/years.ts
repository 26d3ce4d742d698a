/** Years and longer: "in 2001", "2008-09", "the 1940s", "'50s", "the sixties", "the 21st century". */

import type { Token } from '../tokens';
import type { DateReading, DateContext } from './types';
import * as calendarModule from './calendar';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { decadeWords, yearOf, acceptsYear, pad } = calendarModule;

/**
 * A year: "in 2001", "since 2014", "the 2014 Winter Olympics"; "2008-09" and "1982-87" (a season
 * or a span: a range); "1940s" (a decade: ISO's three-digit `194`). Any four digits 1900 to 2100
 * without separator are a year unless a count, a currency or a percent claims them ("2000 troops",
 * "$2000", "2000 percent").
 */
export function readYear(context: DateContext, i: number): DateReading | undefined {
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
export function readShortDecade(context: DateContext, i: number): DateReading | undefined {
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
export function readSpelledDecade(context: DateContext, i: number): DateReading | undefined {
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
export function readCentury(context: DateContext, i: number): DateReading | undefined {
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
