import type { Token } from '../numberWords';
import type { Span } from '../types';
import type { Step } from './reading';
import { isCapitalised, notNouns } from './wordClasses';

/** A web address or an e-mail address: "https://example.com/2021/12/15/story", "www.x.org", "desk@x.com". */
const urlPattern = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\w+/g;

/** Where web and e-mail addresses sit in a paragraph; their digits are not figures. */
export function findUrls(text: string, paragraph: Span): Span[] {
	const slice = text.slice(paragraph.start, paragraph.end);
	if (!slice.includes('://') && !slice.includes('www.') && !slice.includes('@')) {
		return [];
	}
	return Array.from(slice.matchAll(urlPattern), (match) => ({
		start: paragraph.start + match.index, end: paragraph.start + match.index + match[0].length,
	}));
}

/** "COVID-19", "G20", "A320", "Su-57", "#1": digits glued after letters (directly or by a hyphen) or after "#". */
export function isIdentifierDigits(tokens: Token[], i: number): boolean {
	const previous = tokens[i - 1];
	if (!tokens[i].glued || !previous) {
		return false;
	}
	if (previous.type === 'word' || previous.text === '#' || previous.text === '_' || previous.text === '@') {
		return true;
	}
	// "7" in "24/7", "11" in "9/11": after a slash between numbers that did not make a date.
	if (previous.text === '/' && tokens[i - 2]?.type === 'num') {
		return true;
	}
	return (previous.text === '-' || previous.text === '/') && previous.glued && tokens[i - 2]?.type === 'word';
}

/** The last token of a run of glued tokens ("COVID-19", "F-35s", "24/7") starting at `i`. */
export function endOfGluedRun(tokens: Token[], i: number): number {
	let j = i;
	while (
		tokens[j + 1]?.glued &&
		(tokens[j + 1].type !== 'mark' || /^[-/_]$/.test(tokens[j + 1].text)) &&
		tokens[j + 2]?.glued !== false
	) {
		j++;
	}
	while (tokens[j + 1]?.glued && tokens[j + 1].type !== 'mark') {
		j++;
	}
	return j;
}

/**
 * Phone numbers and other digit chains: "800-800-3855", "(503) 555-0134", "555-0134". Three
 * glued groups, or two with a group of three digits or more, are skipped.
 * NOTE: "38-44" and "2-1" (scores) are read as two numbers, "5-7 million" as a range, "2008-09" as years.
 */
export function readPhoneLike(tokens: Token[], i: number): Step {
	const groups = [tokens[i]];
	let j = i;
	while (
		tokens[j + 1]?.glued &&
		(tokens[j + 1].text === '-' || tokens[j + 1].text === '.') &&
		tokens[j + 2]?.glued &&
		tokens[j + 2].type === 'num'
	) {
		groups.push(tokens[j + 2]);
		j += 2;
	}
	// "(503) 555-0199": an area code in brackets before a dash pair, or the pair after one.
	const areaCode = tokens[i - 1]?.text === ')' && tokens[i - 2]?.type === 'num' && /^\d{3}$/.test(tokens[i - 2].text);
	const opensPhone = (
		tokens[i - 1]?.text === '(' &&
		tokens[i + 1]?.text === ')' &&
		tokens[i + 2]?.type === 'num' &&
		tokens[i + 3]?.text === '-'
	);
	if (groups.length >= 3 || areaCode) {
		return { skipTo: j };
	}
	if (opensPhone) {
		return { skipTo: i + 1 };
	}
	// "24/7", "9/11": a slash between numbers that did not make a date.
	if (tokens[i + 1]?.text === '/' && tokens[i + 1].glued && tokens[i + 2]?.glued && tokens[i + 2].type === 'num') {
		return { skipTo: endOfGluedRun(tokens, i) };
	}
	if (
		groups.length === 2 &&
		groups.some((group) => /^\d{3,}$/.test(group.text)) &&
		!/^\d{4}$/.test(groups[0].text) &&
		!isQuantityAfter(tokens, j + 1)
	) {
		return { skipTo: j };
	}
	return undefined;
}

/** Whether a unit, scale or noun follows ("555-600 people"): then a dash pair is a range, not a phone number. */
function isQuantityAfter(tokens: Token[], i: number): boolean {
	const next = tokens[i];
	return (
		next !== undefined &&
		(next.text === '%' || (next.type === 'word' && !notNouns.has(next.lower) && !isCapitalised(next.text)))
	);
}
