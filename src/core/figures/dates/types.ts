/** What the date grammar reads and gives: the article's date, the paragraph it reads, a date read. */

import type { FigureKind } from '../../types';
import type { Token } from '../tokens';

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

/** One day, in milliseconds: dates are valued in ms since the epoch at UTC midnight. */
export const day = 86_400_000;

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
