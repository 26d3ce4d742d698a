import * as datesModule from './dates';
import type { DateContext } from './dates';
import * as numberWordsModule from './numberWords';
import * as numbersLexicon from '../text/lexicon/numbers';
import * as amountsModule from './amounts';
import type { Reading, Step } from './reading';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { readDate, readTime } = datesModule;
const { applyScale } = numberWordsModule;
const { scaleAbbreviations, scaleWords } = numbersLexicon;
const { readAmount } = amountsModule;

/** Reads a figure at token `i`: a range opened by "from" or "between", a date, a time, or an amount. */
export function readAt(context: DateContext, i: number): Step {
	const { tokens } = context;
	const word = tokens[i].lower;
	if (word === 'from' || word === 'between') {
		return readOpenedRange(context, i);
	}
	const single = readSingle(context, i);
	if (!single || 'skipTo' in single) {
		return single;
	}
	return readRangeTail(context, single) ?? single;
}

/** A date, a time, or an amount at token `i`. */
function readSingle(context: DateContext, i: number): Step {
	// NOTE: "from" or "to" may end a paragraph; there is nothing after it to read.
	if (i >= context.tokens.length) {
		return undefined;
	}
	const date = readDate(context, i);
	if (date) {
		return date;
	}
	const time = readTime(context, i);
	if (time) {
		return time;
	}
	return readAmount(context, i);
}

/** Verbs of change: "rose from 30% to 31%" gives two figures, not a range. */
const changeVerbs = new RegExp(
	'^(?:r[io]se|risen|rising|f[ae]ll|fallen|falling|grew|grown|growing|increased?|increasing|decreased?|decreasing|' +
		'dropped|drops?|dropping|climbed|climbing|jumped|jumping|declined?|declining|went|gone|up|down|raised?|cut|' +
		'lowered|slashed|boosted|changed|moved|shifted|soared|plunged|surged|slipped|expanded|shrank|widened|' +
		'narrowed|swelled|doubled|tripled|halved)$',
);

/** "from 9:05 a.m. to 10:40 a.m.", "between 10 and 12 percent", "from 2010 to 2012": the opener belongs to the range. */
function readOpenedRange(context: DateContext, i: number): Step {
	const { tokens } = context;
	const opener = tokens[i].lower;
	if (changeBefore(context, i)) {
		return undefined;
	}
	const low = readSingle(context, i + 1);
	if (!low || 'skipTo' in low || low.kind === 'range') {
		return undefined;
	}
	const joiner = tokens[low.last + 1]?.lower;
	const joins = opener === 'between' ? joiner === 'and' : /^(?:to|until|till|through|-|–)$/.test(joiner ?? '');
	if (!joins) {
		return undefined;
	}
	const high = readSingle(context, low.last + 2);
	if (!high || 'skipTo' in high) {
		return undefined;
	}
	const range = combine(low, high, true);
	return range ? { ...range, first: i } : undefined;
}

/** Whether a verb of change stands in the four tokens before `i` ("rose from", "grew 5 to"), or "from" right before. */
function changeBefore(context: DateContext, i: number): boolean {
	const { tokens, sentenceStart } = context;
	if (tokens[i - 1]?.lower === 'from') {
		return true;
	}
	for (let j = i - 1; j >= sentenceStart[i] && j >= i - 4; j--) {
		if (changeVerbs.test(tokens[j].lower)) {
			return true;
		}
	}
	return false;
}

/** "5-7 million", "10 to 12 percent", "9:05 a.m. to 10:40 a.m." after the first part was read. */
function readRangeTail(context: DateContext, low: Reading): Reading | undefined {
	const { tokens } = context;
	const joiner = tokens[low.last + 1];
	if (!joiner || low.kind === 'range') {
		return undefined;
	}
	const dash = joiner.text === '-' || joiner.text === '–';
	if (!dash && (joiner.lower !== 'to' || changeBefore(context, low.first))) {
		return undefined;
	}
	// "5-7 million" is glued; "5 – 7 million" is spaced on both sides; "5- 7" is neither.
	const next = tokens[low.last + 2];
	if (dash && (!next || joiner.glued !== next.glued)) {
		return undefined;
	}
	const high = readSingle(context, low.last + 2);
	if (!high || 'skipTo' in high) {
		return undefined;
	}
	return combine(low, high, false);
}

/**
 * Two figures as the ends of one range, or `undefined` when they are not: both times, both
 * dates, both amounts of the same unit, or a bare number before an amount that lends it its
 * unit and scale ("between 10 and 12 percent", "5-7 million doses"). Two bare numbers make a
 * range only after "from" or "between" ("38-44" is a score). The low end must be lower.
 */
function combine(low: Reading, high: Reading, opened: boolean): Reading | undefined {
	if (high.kind === 'range' || low.kind === 'ordinal' || high.kind === 'ordinal') {
		return undefined;
	}
	let lowValue = low.value;
	let kind = low.kind;
	let unit = low.unit;
	// "between $10 and $12 billion", "5-7 million": the scale is written once, on the high end.
	if (!low.scale && high.scale && low.value < high.value && kind !== 'date' && kind !== 'time') {
		const word = high.scale.toLowerCase();
		lowValue = applyScale(low.value, scaleWords[word] ?? scaleAbbreviations[word] ?? 1);
	}
	if (low.kind === 'number' && high.kind !== 'number') {
		kind = high.kind;
		unit = high.unit;
	} else if (low.kind === 'money' && high.kind === 'number' && high.scale) {
		// "$5-7 million": the currency is written once, on the low end.
	} else if (low.kind !== high.kind || low.unit !== high.unit) {
		return undefined;
	} else if (low.kind === 'number' && !opened) {
		return undefined;
	}
	const scale = high.scale ?? low.scale;
	if ((kind === 'date' || kind === 'time') && low.kind !== high.kind) {
		return undefined;
	}
	if (!(lowValue < high.value)) {
		return undefined;
	}
	const iso = low.iso && high.iso ? `${low.iso}/${high.iso}` : undefined;
	return {
		first: low.first, last: high.last, kind: 'range', value: lowValue, high: high.value, unit,
		...(scale && kind !== 'date' && kind !== 'time' ? { scale } : {}), ...(iso ? { iso } : {}),
		...(kind === 'number' ? { lendable: true } : {}),
	};
}
