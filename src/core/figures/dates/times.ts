/** Times of day: "3:24 p.m.", "10am", "15:00", "1845 GMT", "noon", and "7: 38pm" as rebuilt text spaces it. */

import type { Token } from '../tokens';
import type { DateReading, DateContext } from './types';

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
