import type { Token } from './tokens';
import type { Span } from '../types';
import type { Step } from './reading';
import * as wordClassesModule from './wordClasses';
import * as numbersLexicon from '../text/lexicon/numbers';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { isCapitalised } = wordClassesModule;
const { notNouns } = numbersLexicon;

/**
 * Where web and e-mail addresses sit in a paragraph; their digits are not figures. An address is
 * what `\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\w+` matches: "https://example.com/2021/12/15/story",
 * "www.x.org", "desk@x.com".
 * NOTE: a scan of each run of non-blank characters, not that pattern: its `\S+@\S+\.` backtracks
 * over every "@" and "." of a run at every start (8 KB of "a@a@…" took 43 s). The scan finds the
 * same matches: the e-mail form can only start at a run's first character and, being greedy, ends
 * after the word that follows the run's last "." before a word character.
 */
export function findUrls(text: string, paragraph: Span): Span[] {
	const slice = text.slice(paragraph.start, paragraph.end);
	if (!slice.includes('://') && !slice.includes('www.') && !slice.includes('@')) {
		return [];
	}
	const found: Span[] = [];
	let start = 0;
	while (start < slice.length) {
		while (start < slice.length && isBlank(slice[start])) {
			start++;
		}
		let end = start;
		while (end < slice.length && !isBlank(slice[end])) {
			end++;
		}
		if (end > start) {
			findInRun(slice, start, end, found);
		}
		start = end;
	}
	return found.map((span) => ({ start: paragraph.start + span.start, end: paragraph.start + span.end }));
}

/** The addresses in one run of non-blank characters `[start, end)` of `slice`, in order. */
function findInRun(slice: string, start: number, end: number, found: Span[]): void {
	// The e-mail form: the last "." followed by a word character, and the last "@" at least two before it.
	let dot = -1;
	for (let i = end - 2; i > start && dot < 0; i--) {
		if (slice[i] === '.' && isWordCharacter(slice[i + 1])) {
			dot = i;
		}
	}
	let at = -1;
	for (let i = dot - 2; i > start && at < 0; i--) {
		if (slice[i] === '@') {
			at = i;
		}
	}
	if (isWebStart(slice, start, end)) {
		found.push({ start, end });
		return;
	}
	let p: number;
	if (at > start) {
		let wordEnd = dot + 1;
		while (wordEnd < end && isWordCharacter(slice[wordEnd])) {
			wordEnd++;
		}
		found.push({ start, end: wordEnd });
		p = wordEnd;
	} else {
		p = start + 1;
	}
	for (; p < end; p++) {
		if (isWebStart(slice, p, end)) {
			found.push({ start: p, end });
			return;
		}
	}
}

/** `\b(?:https?:\/\/|www\.)\S` at `p`. */
function isWebStart(slice: string, p: number, end: number): boolean {
	if (p > 0 && isWordCharacter(slice[p - 1])) {
		return false;
	}
	const code = slice.charCodeAt(p);
	if (code !== 104 && code !== 119) {
		return false;
	}
	const prefix = slice.startsWith('https://', p) ? 8 : slice.startsWith('http://', p) ? 7 : slice.startsWith('www.', p) ? 4 : 0;
	return prefix > 0 && p + prefix < end;
}

function isBlank(char: string): boolean {
	return /\s/.test(char);
}

function isWordCharacter(char: string | undefined): boolean {
	return char !== undefined && /\w/.test(char);
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
 * glued groups, or two with a group of four digits or more, are skipped, unless each group is
 * a record's (`isRecordPart`) or a score's (`isScorePart`).
 * NOTE: "38-44", "104-98" (scores) and "21-9-3" (a record) are read as numbers, "5-7 million" as
 * a range, "2008-09" as years.
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
	if ((groups.length >= 3 && !groups.every(isRecordPart)) || areaCode) {
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
		!groups.every(isScorePart) &&
		groups.some((group) => /^\d{3,}$/.test(group.text)) &&
		!/^\d{4}$/.test(groups[0].text) &&
		!isQuantityAfter(tokens, j + 1)
	) {
		return { skipTo: j };
	}
	return undefined;
}

/**
 * A part of a win-loss record: "a 21-9-3 record", "Rook (38-6-1)". One or two digits, no leading
 * zero; a phone number's groups have three or four ("800-555-0134").
 */
function isRecordPart(group: Token): boolean {
	return /^(?:0|[1-9]\d?)$/.test(group.text);
}

/**
 * A side of a score: "won 104-98", "a 171-128 record". Up to three digits, no leading zero; a
 * phone number's last group has four ("555-0134").
 */
function isScorePart(group: Token): boolean {
	return /^(?:0|[1-9]\d{0,2})$/.test(group.text);
}

/** Whether a unit, scale or noun follows ("555-600 people"): then a dash pair is a range, not a phone number. */
function isQuantityAfter(tokens: Token[], i: number): boolean {
	const next = tokens[i];
	return (
		next !== undefined &&
		(next.text === '%' || (next.type === 'word' && !notNouns.has(next.lower) && !isCapitalised(next.text)))
	);
}
