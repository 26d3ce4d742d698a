import { alreadyFlagged, fileOf, type Edit, type Plant } from '../plant';
import type { ComparedCluster } from '../pipeline';
import type { Random } from '../random';
import type { Span } from '../../../src/core/types';
import { counterpartGroups, type Scheme } from './counterparts';

const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const months = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/** A date as a reader spots it, by plain patterns: a weekday, a day of a month ("March 11", "11 March"), a year ("in 1998"; not "2008-09"). */
interface DateMention extends Span {
	variant: 'weekday' | 'day of month' | 'year';
	/** How it is written, to find the same date in the counterpart ("March 11", "Tuesday", "1998"). */
	written: string;
	/** Where the changed part stands (the day's number in "March 11"). */
	part: Span;
}

const patterns: { variant: DateMention['variant']; pattern: RegExp; part: (match: RegExpMatchArray) => [number, number] }[] = [
	{ variant: 'weekday', pattern: new RegExp(`\\b(?:${weekdays.join('|')})\\b`, 'g'), part: (match) => [0, match[0].length] },
	{ variant: 'day of month', pattern: new RegExp(`\\b${months}\\s(\\d{1,2})\\b(?!:)`, 'g'), part: (match) => [match[0].length - match[1].length, match[0].length] },
	{ variant: 'day of month', pattern: new RegExp(`\\b(\\d{1,2})\\s${months}(?![\\p{L}])`, 'gu'), part: (match) => [0, match[1].length] },
	{ variant: 'year', pattern: /(?<![\p{L}\p{N}\-/.,])(?:19|20)\d\d(?![\p{L}\p{N}\-/])/gu, part: (match) => [0, match[0].length] },
];

/**
 * When the outlet filed or published, not when anything happened: a dateline's date ("HALDEN,
 * March 4 (Reuters) –") and a date stamped with a clock time ("– March 4, 2026 at 3:24 p.m.").
 * Outlets file at different times: nothing is planted there. Read by plain patterns.
 */
export function isFilingDate(text: string, start: number, end: number): boolean {
	const lineStart = text.lastIndexOf('\n', start - 1) + 1;
	const dateline = /^\p{Lu}[\p{Lu} .'-]+,\s*$/u.test(text.slice(lineStart, start)) && /^[\s\d,]*\(/.test(text.slice(end, end + 12));
	const stamped = /^(?:,?\s*\d{4})?,?\s+(?:at\s+)?\d{1,2}:\d{2}/.test(text.slice(end, end + 24));
	return dateline || stamped;
}

function datesOf(text: string, span: Span): DateMention[] {
	const found: DateMention[] = [];
	const slice = text.slice(span.start, span.end);
	for (const { variant, pattern, part } of patterns) {
		for (const match of slice.matchAll(pattern)) {
			const start = span.start + match.index!;
			if (isFilingDate(text, start, start + match[0].length)) {
				continue;
			}
			const [from, to] = part(match);
			found.push({ variant, start, end: start + match[0].length, written: match[0].replace(/\.(?=\s)/, ''), part: { start: start + from, end: start + to } });
		}
	}
	return found;
}

/**
 * Dates found by plain patterns in a passage whose counterpart writes the same date ("on
 * Tuesday", "on March 11", "in 1998"), each moved: another weekday, a day two to five later
 * (kept within the 28 days every month has), a year one to three off.
 *
 * @param cluster The original, analysed.
 * @param scheme How counterparts are chosen.
 * @param random Chooses the new dates.
 * @returns One plant per date that can be moved.
 */
export function datePlants(cluster: ComparedCluster, scheme: Scheme, random: Random): Plant[] {
	const plants: Plant[] = [];
	for (const [passage, ...counterparts] of counterpartGroups(cluster, scheme)) {
		const text = cluster.texts.get(passage.article)!;
		const dates = datesOf(text, passage);
		for (const date of dates) {
			const once = (list: DateMention[]) => list.filter((other) => other.written === date.written).length === 1;
			const witness = counterparts.find((other) => once(datesOf(cluster.texts.get(other.article)!, other)));
			if (!witness || !once(dates) || alreadyFlagged(cluster, 'figure', passage.article, date)) {
				continue;
			}
			const edit: Edit = { ...date.part, text: moveDate(text.slice(date.part.start, date.part.end), date.variant, random) };
			plants.push({ kind: 'date', variant: date.variant, scheme: scheme.name, article: passage.article, file: fileOf(cluster, passage.article), edits: [edit], witness: witness.article, witnessSpan: { start: witness.start, end: witness.end } });
		}
	}
	return plants;
}

function moveDate(written: string, variant: DateMention['variant'], random: Random): string {
	const step = random.pick([1, 2, 3]);
	if (variant === 'weekday') {
		return weekdays[(weekdays.indexOf(written) + step) % 7];
	}
	if (variant === 'year') {
		return String(Number(written) + (random.next() < 0.5 ? -step : step));
	}
	const day = Number(written);
	return String(day + step + 1 <= 28 ? day + step + 1 : day - step - 1);
}
