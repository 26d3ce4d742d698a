import { dateReference, dateWords, readDate, readTime, relativePeriodSource } from './dates';
import type { DateContext, DateReading } from './dates';
import {
	applyScale, numberWords, ordinalWords, plural, readNumeral, readOrdinal, readScale, scaleAbbreviations, scaleWords,
	singular, tokenize,
} from './numberWords';
import type { Numeral, Token } from './numberWords';
import type { Figure, FigureKind, ParsedArticle, Span } from './types';

/** A figure being read: token indices and a normalised value. */
interface Reading extends Omit<DateReading, 'unit'> {
	/** As `Figure.unit`. */
	unit: string;
	/** The scale word as written. */
	scale?: string;
	/** A bare number a money figure of its sentence may lend its currency to ("a target of 200 billion"). */
	lendable?: boolean;
}

/** What follows a number and makes it a count, a duration or a percentage. */
interface UnitReading {
	/** Index of the unit's last token. */
	last: number;
	/** The kind of figure it makes. */
	kind: FigureKind;
	/** The normalised unit. */
	unit: string;
}

/** A currency after a number: its last token, ISO code, and the value in whole units ("50 cents" is 0.5). */
interface MoneyReading {
	/** Index of the currency's last token. */
	last: number;
	/** ISO 4217 code. */
	code: string;
	/** The amount in whole units. */
	value: number;
}

/** What reading one position gave: a figure, tokens to step over (an identifier such as "G20"), or nothing. */
type Step = Reading | { skipTo: number } | undefined;

/**
 * Finds the figures of an article: amounts of money, percentages, counts ("150 million doses"),
 * durations ("eleven months"), dates resolved against the article's date, times, ranges,
 * ordinals and bare numbers, each normalised so that equal figures compare equal.
 *
 * Only the body's paragraphs are read. Digits inside names and identifiers ("COVID-19", "G20",
 * "Highway 214"), phone numbers, list markers and "one" used as a pronoun ("one of the",
 * "no one") are not figures.
 *
 * @param parsed The parsed article.
 * @returns The figures, in text order, not overlapping.
 */
export function extractFigures(parsed: ParsedArticle): Figure[] {
	const reference = dateReference(parsed.article.meta.date);
	const figures: Figure[] = [];
	let sentence = 0;
	for (const paragraph of parsed.paragraphs) {
		if (!triggerPattern.test(parsed.text.slice(paragraph.start, paragraph.end))) {
			continue;
		}
		const tokens = tokenize(parsed.text, paragraph.start, paragraph.end);
		const sentenceStart: number[] = [];
		let first = 0;
		tokens.forEach((token, i) => {
			const before = sentence;
			while (sentence < parsed.sentences.length - 1 && parsed.sentences[sentence].end <= token.start) {
				sentence++;
			}
			if (sentence !== before) {
				first = i;
			}
			sentenceStart.push(first);
		});
		const context: DateContext = { text: parsed.text, tokens, reference, sentenceStart, previousDate: -1 };
		const readings = readParagraph(context, paragraph);
		lendCurrencies(readings, sentenceStart);
		for (const reading of readings) {
			figures.push(toFigure(reading, tokens, parsed.article.text));
		}
	}
	return figures;
}

/** Reads every figure of one paragraph, left to right, longest first. */
function readParagraph(context: DateContext, paragraph: Span): Reading[] {
	const { tokens } = context;
	const urls = findUrls(context.text, paragraph);
	const readings: Reading[] = [];
	let i = 0;
	while (i < tokens.length) {
		if (urls.length > 0 && urls.some((url) => tokens[i].start >= url.start && tokens[i].start < url.end)) {
			i++;
			continue;
		}
		const step = mayStart(tokens, i) ? readAt(context, i) : undefined;
		if (!step) {
			i++;
		} else if ('skipTo' in step) {
			i = step.skipTo + 1;
		} else {
			const previous = readings[readings.length - 1];
			if (previous && step.first <= previous.last) {
				step.first = i;
			}
			readings.push(step);
			if (step.unit === 'date') {
				context.previousDate = step.last;
			}
			i = step.last + 1;
		}
	}
	return readings;
}

/** A web address or an e-mail address: "https://example.com/2021/12/15/story", "www.x.org", "desk@x.com". */
const urlPattern = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\w+/g;

/** Where web and e-mail addresses sit in a paragraph; their digits are not figures. */
function findUrls(text: string, paragraph: Span): Span[] {
	const slice = text.slice(paragraph.start, paragraph.end);
	if (!slice.includes('://') && !slice.includes('www.') && !slice.includes('@')) {
		return [];
	}
	return Array.from(slice.matchAll(urlPattern), (match) => ({
		start: paragraph.start + match.index, end: paragraph.start + match.index + match[0].length,
	}));
}

/** Currency signs, as a character class for the filters. */
const currencySignClass = '$€£¥₹₽₩₺₴₪₦';

/**
 * Anything that can make a figure: a digit, a currency sign, a number, ordinal or date word, or
 * a relative period ("last week"). A paragraph without any is skipped before it is tokenised,
 * which is most of the reading time saved.
 */
const triggerPattern = new RegExp(
	`[0-9${currencySignClass}]|\\b(?:${[...numberWords, ...ordinalWords, ...dateWords].join('|')})\\b` +
		`|\\b${relativePeriodSource}\\b`,
	'i',
);

/** Words that can open a figure; any other word is passed over without a closer look. */
const openingWords = new Set([
	...numberWords, ...ordinalWords, ...dateWords, 'half', 'from', 'between', 'last', 'next', 'this', 'coming', 'no',
	'rs', 'euro', 'us', 'c', 'ca', 'au', 'hk', 'nz', 's', 'r', 'nt', 'usd', 'eur', 'gbp', 'jpy', 'cny', 'rub', 'inr',
	'cad', 'aud', 'chf', 'hkd', 'nzd', 'sgd', 'krw', 'brl', 'mxn', 'zar', 'try', 'sek', 'nok', 'dkk', 'pln', 'uah',
	'sar', 'aed', 'ils', 'twd', 'rmb',
]);

/** Words after "a" that make it a number: "a dozen", "a million", "a week ago". */
const afterA = new Set([
	'dozen', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'second', 'day', 'week', 'month', 'year',
	'decade',
]);

/** Whether a figure may start at token `i` (a cheap filter before the grammars run). */
function mayStart(tokens: Token[], i: number): boolean {
	const token = tokens[i];
	if (token.type === 'num') {
		return true;
	}
	if (token.type === 'mark') {
		return currencySignClass.includes(token.text) || token.text === '\'' || token.text === '’';
	}
	if (token.lower === 'a' || token.lower === 'an') {
		// "a dozen", "a week ago", and "A$2 billion".
		return afterA.has(tokens[i + 1]?.lower ?? '') || (tokens[i + 1]?.text === '$' && tokens[i + 1].glued);
	}
	return openingWords.has(token.lower);
}

/** Reads a figure at token `i`: a range opened by "from" or "between", a date, a time, or an amount. */
function readAt(context: DateContext, i: number): Step {
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

/** Currency signs before an amount. */
const currencySigns: Readonly<Record<string, string>> = {
	'$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₽': 'RUB',
	'₩': 'KRW', '₺': 'TRY', '₴': 'UAH', '₪': 'ILS', '₦': 'NGN',
};

/** Letters glued before "$": "US$123 billion", "C$5", "HK$1". */
const dollarPrefixes: Readonly<Record<string, string>> = {
	us: 'USD', c: 'CAD', ca: 'CAD', a: 'AUD', au: 'AUD', hk: 'HKD', nz: 'NZD', s: 'SGD', r: 'BRL', nt: 'TWD',
};

/** ISO 4217 codes written before or after an amount ("USD 5m", "5 billion EUR"); "RMB" is the yuan. */
const currencyCodes: Readonly<Record<string, string>> = Object.fromEntries(
	[
		'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RUB', 'INR', 'CAD', 'AUD', 'CHF', 'HKD', 'NZD', 'SGD', 'KRW', 'BRL', 'MXN',
		'ZAR', 'TRY', 'SEK', 'NOK', 'DKK', 'PLN', 'UAH', 'SAR', 'AED', 'ILS', 'TWD',
	]
		.map((code) => [code, code]).concat([['RMB', 'CNY']]),
);

/**
 * Currency names after an amount. "pounds" and "won" are also a weight and a verb, so they are
 * money only after a scale word ("3 million pounds", "5 billion won") or with "sterling".
 */
const currencyNames: Readonly<Record<string, string>> = {
	dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', sterling: 'GBP', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY',
	ruble: 'RUB', rubles: 'RUB', rouble: 'RUB', roubles: 'RUB', rupee: 'INR', rupees: 'INR', lira: 'TRY', rand: 'ZAR',
};
const scaledCurrencyNames: Readonly<Record<string, string>> = { pound: 'GBP', pounds: 'GBP', won: 'KRW' };

/** Words that tell which dollar: "40 million Canadian dollars", "5 billion Hong Kong dollars". */
const dollarQualifiers: Readonly<Record<string, string>> = {
	us: 'USD', american: 'USD', canadian: 'CAD', australian: 'AUD', hong: 'HKD', kong: 'HKD', zealand: 'NZD',
	new: 'NZD', singapore: 'SGD', taiwan: 'TWD', taiwanese: 'TWD',
};

/** Subunits: "50 cents" is US$0.50, "20 pence" £0.20. */
const subunits: Readonly<Record<string, string>> = { cent: 'USD', cents: 'USD', pence: 'GBP', penny: 'GBP' };

/** A currency written before an amount, and the token the number starts at. */
function readCurrencyPrefix(tokens: Token[], i: number, text: string): { code: string; numberAt: number } | undefined {
	const token = tokens[i];
	let code: string | undefined;
	let last = i;
	if (currencySigns[token.text]) {
		code = currencySigns[token.text];
	} else if (
		token.type === 'word' &&
		tokens[i + 1]?.text === '$' &&
		tokens[i + 1].glued &&
		dollarPrefixes[token.lower] &&
		token.text === token.text.toUpperCase()
	) {
		code = dollarPrefixes[token.lower];
		last = i + 1;
	} else if (currencyCodes[token.text]) {
		code = currencyCodes[token.text];
	} else if (token.text === 'Rs') {
		code = 'INR';
		last = tokens[i + 1]?.text === '.' && tokens[i + 1].glued ? i + 1 : i;
	} else if (token.lower === 'euro' && tokens[i + 1]?.glued && tokens[i + 1].type === 'num') {
		// Text rebuilt from agency wires spells "€22 billion" as "euro22 billion".
		code = 'EUR';
	}
	const number = tokens[last + 1];
	if (!code || !number || number.type !== 'num') {
		return undefined;
	}
	// "$123" or "$ 123", but not "$\n123" or a sign far from its number.
	const gap = text.slice(tokens[last].end, number.start);
	return gap === '' || gap === ' ' || gap === '\u00a0' ? { code, numberAt: last + 1 } : undefined;
}

/** Suffixes glued to digits that do not make them an identifier: "76th", "3bn", "10am", "100km", "1940s". */
const unitSuffixes = new Set([
	'km', 'kg', 'mph', 'kph', 'cm', 'mm', 'ft', 'lb', 'lbs', 'mw', 'gw', 'kw', 'kwh', 'mwh', 'gwh', 'gb', 'tb', 'mb',
	'sq',
]);

/** Measures counted in the singular too: "a 100 meter freestyle", "5 mph". */
const measures = new Set([
	'meter', 'metre', 'kilometer', 'kilometre', 'km', 'mile', 'foot', 'inch', 'yard', 'kilogram', 'kg', 'gram', 'ton',
	'tonne', 'acre', 'hectare', 'liter', 'litre', 'gallon', 'barrel', 'degree', 'mph', 'kph', 'cm', 'mm', 'ft', 'lb',
	'mw', 'gw', 'kw',
]);

/** Units of time, plural and singular forms, abbreviations included. */
const timeUnits: Readonly<Record<string, string>> = {
	second: 'second', seconds: 'second', secs: 'second', minute: 'minute', minutes: 'minute', mins: 'minute',
	hour: 'hour', hours: 'hour', hrs: 'hour', day: 'day', days: 'day', week: 'week', weeks: 'week', fortnight: 'week',
	month: 'month', months: 'month', year: 'year', years: 'year', yrs: 'year', decade: 'decade', decades: 'decade',
	century: 'century', centuries: 'century',
};

/**
 * Words that end the search for a counted noun, or that are never one: "five of the", "two said",
 * "three were", "the two who".
 */
const notNouns = new Set([
	'the', 'a', 'an', 'of', 'and', 'or', 'but', 'nor', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'as',
	'that', 'which', 'who', 'whom', 'whose', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had',
	'do', 'does', 'did', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'must', 'shall', 'per', 'than',
	'less', 'fewer', 'not', 'no', 'into', 'onto', 'over', 'under', 'after', 'before', 'since', 'until', 'about',
	'around', 'up', 'down', 'out', 'off', 'said', 'says', 'say', 'told', 'he', 'she', 'it', 'they', 'we', 'you', 'i',
	'his', 'her', 'its', 'their', 'our', 'this', 'these', 'those', 'there', 'here', 'then', 'when', 'where', 'while',
	'what', 'how', 'why', 'also', 'only', 'just', 'even', 'still', 'all', 'both', 'each', 'every', 'some', 'any',
	'such', 'so', 'too', 'very', 'percent', 'cent', 'pct', 'another', 'other', 'others', 'one', 'ones', 'times', 'way',
	'ways', 'time', 'fold', 'sided', 'thirds', 'halves', 'quarters', 'fifths', 'tenths', 'apiece', 'ago', 'later',
	'earlier', 'old', 'percentage', 'against', 'among', 'between', 'through', 'via', 'if', 'because', 'although',
	'though', 'whether',
]);

/**
 * Adjectives often found between a number and its unit that are not in `notNouns`: "five more years", "two other
 * countries".
 */
const quantityAdjectives = new Set([
	'more', 'other', 'additional', 'extra', 'new', 'full', 'long', 'straight', 'consecutive', 'separate', 'different',
]);

/** Words that hedge an amount at the start of a sentence: "About 200 came", "Only 12 left". */
const hedgeWords = new Set([
	'about', 'around', 'nearly', 'almost', 'over', 'under', 'some', 'roughly', 'approximately', 'only', 'just',
	'exactly', 'more', 'less', 'fewer',
]);

/** Words before "one" that make it a pronoun: "no one", "every one", "the one", "this one". */
const pronounOneBefore = new Set([
	'no', 'any', 'every', 'each', 'some', 'the', 'this', 'that', 'which', 'another', 'someone', 'anyone', 'everyone',
	'only', 'last', 'first', 'next', 'little', 'big', 'new', 'old', 'right', 'wrong', 'such',
]);

/**
 * Reads an amount at token `i`: money, a percentage, a count, a duration, an ordinal, or a bare
 * number; or a skip over an identifier's digits ("COVID-19", "G20", "800-555-0134").
 */
function readAmount(context: DateContext, i: number): Step {
	const { tokens, text } = context;
	const token = tokens[i];
	const prefix = readCurrencyPrefix(tokens, i, text);
	if (prefix) {
		const numeral = (
			readSpacedDecimal(context, prefix.numberAt, true) ??
			readNumeral(tokens, prefix.numberAt, text, true)
		);
		if (!numeral) {
			return undefined;
		}
		return {
			first: i, last: numeral.last, kind: 'money', value: numeral.value, unit: prefix.code,
			...(numeral.scale ? { scale: numeral.scale } : {}),
		};
	}
	if (token.type === 'word') {
		return readWordAmount(context, i);
	}
	if (token.type !== 'num') {
		return undefined;
	}
	if (isIdentifierDigits(tokens, i)) {
		return { skipTo: endOfGluedRun(tokens, i) };
	}
	const ordinal = readOrdinal(tokens, i);
	if (ordinal) {
		return { first: i, last: ordinal.last, kind: 'ordinal', value: ordinal.value, unit: '' };
	}
	const phone = readPhoneLike(tokens, i);
	if (phone) {
		return phone;
	}
	const numeral = readSpacedDecimal(context, i) ?? readNumeral(tokens, i, text);
	if (!numeral) {
		return { skipTo: endOfGluedRun(tokens, i) };
	}
	const suffix = tokens[numeral.last + 1];
	if (
		suffix?.glued &&
		suffix.type === 'word' &&
		!unitSuffixes.has(suffix.lower) &&
		!timeUnits[suffix.lower] &&
		!currencyCodes[suffix.text] &&
		suffix.lower !== 'pct'
	) {
		// "5G", "3D", "76ers": letters glued to digits make a name.
		return { skipTo: endOfGluedRun(tokens, i) };
	}
	return readUnit(context, i, numeral);
}

/** "COVID-19", "G20", "A320", "Su-57", "#1": digits glued after letters (directly or by a hyphen) or after "#". */
function isIdentifierDigits(tokens: Token[], i: number): boolean {
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
function endOfGluedRun(tokens: Token[], i: number): number {
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
function readPhoneLike(tokens: Token[], i: number): Step {
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

/**
 * "51. 2 percent", "14. 4 points": text rebuilt from tokens puts a space after a decimal point.
 * Read as one number only inside one sentence, for at most three digits before the point and
 * two after, and before "%" or a word in lower case.
 */
function readSpacedDecimal(context: DateContext, i: number, shortScales = false): Numeral | undefined {
	const { tokens, text, sentenceStart } = context;
	const [whole, point, fraction, unit] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]];
	if (
		!/^\d{1,3}$/.test(whole.text) ||
		point?.text !== '.' ||
		!point.glued ||
		!fraction ||
		!/^\d{1,2}$/.test(fraction.text) ||
		text.slice(point.end, fraction.start) !== ' ' ||
		sentenceStart[i + 2] !== sentenceStart[i] ||
		!unit ||
		(unit.glued && !shortScales)
	) {
		return undefined;
	}
	if (
		unit.text !== '%' &&
		!(unit.type === 'word' && !isCapitalised(unit.text)) &&
		!(shortScales && unit.type === 'word' && unit.glued)
	) {
		return undefined;
	}
	const value = Number(`${whole.text}.${fraction.text}`);
	const scale = readScale(tokens, i + 3, shortScales);
	if (!scale) {
		return { value, last: i + 2, spelled: false };
	}
	return { value: applyScale(value, scale.factor), last: scale.last, scale: scale.word, spelled: false };
}

/** Amounts that start with a word: "eleven months", "a dozen people", "third day", "No. 1". */
function readWordAmount(context: DateContext, i: number): Step {
	const { tokens, text } = context;
	const token = tokens[i];
	// "No. 1": a rank.
	if (
		token.text === 'No' &&
		tokens[i + 1]?.text === '.' &&
		tokens[i + 1].glued &&
		tokens[i + 2]?.type === 'num' &&
		/^\d+$/.test(tokens[i + 2].text)
	) {
		return { first: i, last: i + 2, kind: 'ordinal', value: Number(tokens[i + 2].text), unit: '' };
	}
	const numeral = readNumeral(tokens, i, text);
	if (numeral) {
		if (tokens[i - 1]?.glued && tokens[i - 1].text === '-' && tokens[i - 2]?.type === 'word') {
			// "thirty-one" read from its start; "forty-two" in "one-forty-two" is part of a name.
			return undefined;
		}
		if (numeral.last === i && token.lower === 'one' && !isCountingOne(tokens, i)) {
			return undefined;
		}
		return readUnit(context, i, numeral);
	}
	const ordinal = readOrdinal(tokens, i);
	if (ordinal && nounFollows(tokens, ordinal.last + 1)) {
		return { first: i, last: ordinal.last, kind: 'ordinal', value: ordinal.value, unit: '' };
	}
	return undefined;
}

/**
 * "one" after a word that makes it a pronoun: "no one", "the one who", "every one". Otherwise
 * it is read like any number, and dropped if nothing is counted ("one of the", "one another").
 */
function isCountingOne(tokens: Token[], i: number): boolean {
	const before = tokens[i - 1];
	return !before || !pronounOneBefore.has(before.lower);
}

/** Whether a noun (not a function word, a number or punctuation) follows: "third day", "third-largest". */
function nounFollows(tokens: Token[], i: number): boolean {
	const next = tokens[i];
	if (next?.text === '-' && next.glued && tokens[i + 1]?.type === 'word') {
		return true;
	}
	return (
		next !== undefined &&
		next.type === 'word' &&
		!next.glued &&
		!notNouns.has(next.lower) &&
		!numberWords.has(next.lower)
	);
}

/**
 * After a number: what it counts or measures, which makes it money, a percentage, a duration, a count, an age, or a
 * bare number.
 */
function readUnit(context: DateContext, i: number, numeral: Numeral): Step {
	const { tokens } = context;
	const base = { first: i, value: numeral.value, ...(numeral.scale ? { scale: numeral.scale } : {}) };
	const j = numeral.last + 1;
	const next = tokens[j];
	const percent = readPercentWord(tokens, j);
	if (percent) {
		return { ...base, last: percent.last, kind: 'percent', unit: percent.unit };
	}
	const money = readCurrencySuffix(tokens, j, numeral);
	if (money) {
		return { ...base, last: money.last, kind: 'money', value: money.value, unit: money.code };
	}
	const compound = readCompound(tokens, j, numeral);
	if (compound) {
		return { ...base, ...compound };
	}
	// "100km", "5kg", "10lbs": a unit glued to the digits.
	if (next?.glued && next.type === 'word' && unitSuffixes.has(next.lower)) {
		return { ...base, last: j, kind: 'count', unit: next.lower.replace(/s$/, '') };
	}
	const counted = readCountedNoun(tokens, j, numeral.value);
	if (counted) {
		return { ...base, ...counted };
	}
	return readBare(context, i, numeral);
}

/** "31%", "31 percent", "31 per cent", "31 pct", "2 percentage points" (unit `pp`). */
function readPercentWord(tokens: Token[], i: number): { last: number; unit: string } | undefined {
	const token = tokens[i];
	if (!token) {
		return undefined;
	}
	if (token.text === '%' || token.lower === 'percent' || token.lower === 'pct') {
		return { last: i, unit: '%' };
	}
	if (
		token.lower === 'per' &&
		(tokens[i + 1]?.lower === 'cent' || (tokens[i + 1]?.text === '-' && tokens[i + 2]?.lower === 'cent'))
	) {
		return { last: tokens[i + 1].lower === 'cent' ? i + 1 : i + 2, unit: '%' };
	}
	if (token.lower === 'percentage' && /^points?$/.test(tokens[i + 1]?.lower ?? '')) {
		return { last: i + 1, unit: 'pp' };
	}
	return undefined;
}

/**
 * "123 billion dollars", "40 million euros", "5 billion USD", "40 million Canadian dollars", "3 million pounds", "50
 * cents".
 */
function readCurrencySuffix(tokens: Token[], i: number, numeral: Numeral): MoneyReading | undefined {
	let j = i;
	let qualified: string | undefined;
	// "US dollars", "Hong Kong dollars": up to two qualifying words.
	while (
		j < i + 2 &&
		tokens[j]?.type === 'word' &&
		dollarQualifiers[tokens[j].lower] &&
		isCapitalised(tokens[j].text)
	) {
		qualified = dollarQualifiers[tokens[j].lower];
		j++;
	}
	if (
		tokens[j]?.text === 'U' &&
		tokens[j + 1]?.text === '.' &&
		tokens[j + 2]?.text === 'S' &&
		tokens[j + 3]?.text === '.'
	) {
		qualified = 'USD';
		j += 4;
	}
	const token = tokens[j];
	if (!token) {
		return undefined;
	}
	const name = (
		currencyNames[token.lower] ??
		(numeral.scale || tokens[j + 1]?.lower === 'sterling' ? scaledCurrencyNames[token.lower] : undefined)
	);
	if (name) {
		const code = qualified && (token.lower === 'dollar' || token.lower === 'dollars') ? qualified : name;
		const last = tokens[j + 1]?.lower === 'sterling' ? j + 1 : j;
		return { last, code, value: numeral.value };
	}
	if (j === i && currencyCodes[token.text]) {
		return { last: j, code: currencyCodes[token.text], value: numeral.value };
	}
	if (j === i && subunits[token.lower] && !numeral.scale) {
		return { last: j, code: subunits[token.lower], value: applyScale(numeral.value, 0.01) };
	}
	return undefined;
}

/**
 * A number glued by a hyphen to its unit: "20-year treaty", "a three-hour meeting" (durations),
 * "a 51-year-old", "her 2-month-old son" (ages: durations too), "a 10-game stretch", "a
 * 12-member panel" (counts).
 * NOTE: "two-thirds", "one-time", "two-way" and "one-on-one" are not counts.
 */
function readCompound(tokens: Token[], i: number, numeral: Numeral): UnitReading | undefined {
	const hyphen = tokens[i];
	const word = tokens[i + 1];
	if (hyphen?.text !== '-' || !hyphen.glued || !word?.glued || word.type !== 'word') {
		return undefined;
	}
	const time = timeUnits[word.lower];
	if (time) {
		const old = tokens[i + 2]?.text === '-' && tokens[i + 2].glued && tokens[i + 3]?.lower === 'old';
		return { last: old ? i + 3 : i + 1, kind: 'duration', unit: time };
	}
	if (
		(numeral.spelled && numeral.value === 1) ||
		notNouns.has(word.lower) ||
		word.lower.length < 3 ||
		singular(word.lower) !== undefined ||
		isCapitalised(word.text) ||
		numberWords.has(word.lower)
	) {
		return undefined;
	}
	if (tokens[i + 2]?.glued && tokens[i + 2].text === '-') {
		// "5-foot-9": a height, not a count.
		return undefined;
	}
	return { last: i + 1, kind: 'count', unit: word.lower };
}

/**
 * The noun a number counts or the unit it measures, up to two adjectives away: a time unit makes
 * a duration ("eleven months", "five more years"), a plural noun a count ("150 million doses",
 * "three new ships", "two well-known actors"), a measure a count even in the singular ("100
 * meter"). Of two plural nouns in a row the second is the head ("nine alleged rules violations").
 * One of something is counted when its noun ends the phrase ("one minister said", "One big
 * difference between"), not when more words follow ("one riot police armored van").
 */
function readCountedNoun(tokens: Token[], from: number, value: number): UnitReading | undefined {
	let j = from;
	for (let skipped = 0; skipped <= 2 && j < tokens.length; skipped++) {
		const word = tokens[j];
		if (word.type !== 'word' || (word.glued && j !== from)) {
			return undefined;
		}
		const unit = countedUnit(tokens, j, value);
		if (unit) {
			let last = j;
			// "91 years old" is an age, as "91-year-old".
			if (unit.kind === 'duration' && unit.unit === 'year' && tokens[j + 1]?.lower === 'old') {
				last = j + 1;
			}
			const next = tokens[j + 1];
			if (
				unit.kind === 'count' &&
				value !== 1 &&
				next?.type === 'word' &&
				!next.glued &&
				!isCapitalised(next.text) &&
				!notNouns.has(next.lower)
			) {
				const head = singular(next.lower);
				if (head && !timeUnits[next.lower]) {
					return { last: j + 1, kind: 'count', unit: head };
				}
			}
			return { last, ...unit };
		}
		if (!isAdjective(word)) {
			return undefined;
		}
		j = skipHyphenated(tokens, j) + 1;
	}
	return undefined;
}

/** The unit one word gives a number, or `undefined`: see `readCountedNoun`. */
function countedUnit(tokens: Token[], i: number, value: number): Omit<UnitReading, 'last'> | undefined {
	const word = tokens[i];
	const lower = word.lower;
	if (notNouns.has(lower) || numberWords.has(lower) || quantityAdjectives.has(lower)) {
		return undefined;
	}
	// "eleven months", and "a 24 hour strike" where the unit stays singular.
	const time = timeUnits[lower];
	if (time) {
		return { kind: 'duration', unit: time };
	}
	if (measures.has(lower)) {
		return { kind: 'count', unit: lower };
	}
	// "51 KOs", "3 NATO" (acronyms), "10,500 Writers Guild members" (a name) are not counted nouns.
	const next = tokens[i + 1];
	if (
		/^[A-Z]{2,}s?$/.test(word.text) ||
		(isCapitalised(word.text) && next?.type === 'word' && isCapitalised(next.text))
	) {
		return undefined;
	}
	const one = singular(lower);
	if (value !== 1) {
		return one === undefined ? undefined : { kind: 'count', unit: one };
	}
	const endsPhrase = (
		!next ||
		next.type !== 'word' ||
		notNouns.has(next.lower) ||
		/(?:ed|s)$/.test(next.lower) ||
		isCapitalised(next.text)
	);
	return (
		one === undefined &&
		endsPhrase &&
		!/(?:ed|ing|ly)$/.test(lower) &&
		!isCapitalised(word.text) ? { kind: 'count', unit: lower } : undefined
	);
}

/** A word that may stand between a number and its noun: "new", "other", "Russian", "bomb" ("two bomb threats"). */
function isAdjective(token: Token): boolean {
	return (
		token.type === 'word' &&
		!notNouns.has(token.lower) &&
		!numberWords.has(token.lower) &&
		singular(token.lower) === undefined
	);
}

/** The last token of a hyphenated word ("well-known") starting at `i`. */
function skipHyphenated(tokens: Token[], i: number): number {
	let j = i;
	while (
		tokens[j + 1]?.text === '-' &&
		tokens[j + 1].glued &&
		tokens[j + 2]?.glued &&
		tokens[j + 2].type === 'word'
	) {
		j += 2;
	}
	return j;
}

/**
 * A number without unit: an age when the context says so ("Scott Russell, 46, was hurt",
 * "aged 91", "died at 91"), nothing when it is a list marker ("1. Open the file") or names
 * something ("Highway 214", "Interstate 5"), else a bare number.
 */
function readBare(context: DateContext, i: number, numeral: Numeral): Step {
	const { tokens, sentenceStart } = context;
	const previous = tokens[i - 1];
	const next = tokens[numeral.last + 1];
	const base = {
		first: i, last: numeral.last, value: numeral.value, ...(numeral.scale ? { scale: numeral.scale } : {}),
	};
	// "one" alone is a pronoun ("one said", "one of"), not the number 1.
	if (numeral.spelled && numeral.value === 1 && numeral.last === i) {
		return undefined;
	}
	if (isAge(tokens, i, numeral)) {
		return { ...base, kind: 'duration', unit: 'year' };
	}
	// "1. Open the file", "2) Close it": a number opening its paragraph before "." or ")".
	if (i === 0 && next?.glued && (next.text === '.' || next.text === ')')) {
		return { skipTo: numeral.last + 1 };
	}
	// "Highway 214", "Oregon 214", "Interstate 5": a capitalised word names the number, unless it
	// is a common word opening the sentence ("About 200 came", "Only 12 left").
	if (
		!numeral.spelled &&
		!numeral.scale &&
		previous?.type === 'word' &&
		isCapitalised(previous.text) &&
		!(sentenceStart[i] === i - 1 && (notNouns.has(previous.lower) || hedgeWords.has(previous.lower)))
	) {
		return { skipTo: numeral.last };
	}
	return {
		...base, kind: 'number', unit: '',
		lendable: numeral.scale !== undefined || /^(?:to|from|than)$/.test(previous?.lower ?? ''),
	};
}

/** Words that put an age after them: "aged 91", "turned 68", "at the age of 91" (with "of"). */
const ageCues = /^(?:aged|age|turned|turns|turning)$/;

/**
 * Whether a bare integer is an age: after "aged", "age of", "turned", "died (Thursday) at";
 * set off by commas after a noun ("Scott Russell, 46, was hurt", "The actress, 33, left",
 * "both 51,"), or closing a sentence after a name ("her partner Jon Doe, 34."); or "She was 91."
 */
function isAge(tokens: Token[], i: number, numeral: Numeral): boolean {
	if (
		!Number.isInteger(numeral.value) ||
		numeral.value < 1 ||
		numeral.value > 120 ||
		numeral.scale ||
		numeral.spelled
	) {
		return false;
	}
	const previous = tokens[i - 1];
	const next = tokens[numeral.last + 1];
	if (!previous) {
		return false;
	}
	if (ageCues.test(previous.lower) || (previous.lower === 'of' && tokens[i - 2]?.lower === 'age')) {
		return true;
	}
	if (previous.lower === 'at') {
		for (let j = i - 2; j >= Math.max(0, i - 4); j--) {
			if (/^(?:died|dies|dead|death)$/.test(tokens[j].lower)) {
				return true;
			}
		}
	}
	const ends = next === undefined || next.text === '.';
	if (/^(?:was|is)$/.test(previous.lower) && /^(?:she|he)$/.test(tokens[i - 2]?.lower ?? '') && ends) {
		return true;
	}
	const comma = previous.lower === 'both' ? tokens[i - 2] : previous;
	const noun = previous.lower === 'both' ? tokens[i - 3] : tokens[i - 2];
	if (comma?.text !== ',' || noun?.type !== 'word' || notNouns.has(noun.lower)) {
		return false;
	}
	return next?.text === ',' || next?.text === ')' || (ends && isCapitalised(noun.text));
}

/**
 * Bare numbers that a money figure of the same sentence lends its currency to: "trade rose to
 * $123 billion, and the target is 200 billion" makes the second US$200 billion too. Only numbers
 * with a scale word, or after "to", "from" or "than" ("up to $5,000 from 4,000") borrow; the
 * nearest money figure lends. "Lost eight of 10" next to a salary stays a number.
 */
function lendCurrencies(readings: Reading[], sentenceStart: number[]): void {
	for (const reading of readings) {
		if (!reading.lendable || (reading.kind !== 'number' && !(reading.kind === 'range' && reading.unit === ''))) {
			continue;
		}
		let lender: Reading | undefined;
		for (const other of readings) {
			if (other.kind !== 'money' || sentenceStart[other.first] !== sentenceStart[reading.first]) {
				continue;
			}
			if (!lender || Math.abs(other.first - reading.first) < Math.abs(lender.first - reading.first)) {
				lender = other;
			}
		}
		if (lender) {
			reading.unit = lender.unit;
			if (reading.kind === 'number') {
				reading.kind = 'money';
			}
		}
	}
}

function isCapitalised(word: string): boolean {
	const first = word.charCodeAt(0);
	return (first >= 65 && first <= 90) || (first > 127 && word[0] !== word[0].toLowerCase());
}

/** A reading as the figure the contract promises. */
function toFigure(reading: Reading, tokens: Token[], text: string): Figure {
	const start = tokens[reading.first].start;
	const end = tokens[reading.last].end;
	return {
		start, end, kind: reading.kind, value: reading.value, unit: reading.unit,
		...(reading.scale ? { scale: reading.scale } : {}),
		...(reading.high !== undefined ? { high: reading.high } : {}), ...(reading.iso ? { iso: reading.iso } : {}),
		text: text.slice(start, end),
	};
}

/** Durations that convert exactly: seconds for the clock units, months for the calendar ones. */
const durationScales: Readonly<Record<string, [string, number]>> = {
	second: ['s', 1], minute: ['s', 60], hour: ['s', 3600], day: ['s', 86400], week: ['s', 604800], month: ['mo', 1],
	year: ['mo', 12], decade: ['mo', 120], century: ['mo', 1200],
};

/**
 * Whether two figures say the same: same kind, same unit (durations convert: "two weeks" is
 * "14 days", "12 months" is "a year"), same value after normalisation ("2.4 million" is
 * "2,400,000"), and for dates the same day, month or year (`2021-12` is not `2021-12-15`).
 *
 * @param a A figure.
 * @param b Another figure.
 * @returns `true` when they state the same quantity.
 */
export function sameFigure(a: Figure, b: Figure): boolean {
	if (a.kind !== b.kind) {
		return false;
	}
	if (a.kind === 'date' || (a.kind === 'range' && a.unit === 'date')) {
		return a.unit === b.unit && a.iso === b.iso && a.iso !== undefined;
	}
	let factorA = 1;
	let factorB = 1;
	if (a.unit !== b.unit) {
		const scaleA = durationScales[a.unit];
		const scaleB = durationScales[b.unit];
		if ((a.kind !== 'duration' && a.kind !== 'range') || !scaleA || !scaleB || scaleA[0] !== scaleB[0]) {
			return false;
		}
		[factorA, factorB] = [scaleA[1], scaleB[1]];
	}
	return (
		close(a.value * factorA, b.value * factorB) &&
		(a.high === undefined) === (b.high === undefined) &&
		(a.high === undefined || close(a.high * factorA, b.high! * factorB))
	);
}

/** Equal up to floating-point noise. */
function close(x: number, y: number): boolean {
	return x === y || Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
}

/** How `formatFigure` writes a currency before an amount. */
const currencySymbols: Readonly<Record<string, string>> = {
	USD: 'US$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹', RUB: '₽', CAD: 'C$', AUD: 'A$', HKD: 'HK$',
};

/**
 * A short, normalised form of a figure for summaries: "31%", "US$123 billion", "11 months",
 * "150 million doses", "2021-12-15", "16:07", "76th", "10–12%".
 *
 * @param figure The figure.
 * @returns Its normalised form; equal figures format alike.
 */
export function formatFigure(figure: Figure): string {
	if (figure.kind === 'range') {
		if (figure.unit === 'date' && figure.iso) {
			return figure.iso;
		}
		const kind = kindOfUnit(figure.unit);
		const high = formatFigure({ ...figure, kind, value: figure.high ?? figure.value, high: undefined });
		// "10–12%", "5 million–7 million people"; money and times keep both ends whole ("US$5–US$7").
		const low = (
			kind === 'percent' ||
			kind === 'count' ||
			kind === 'duration' ? amount(figure.value) : formatFigure({ ...figure, kind, high: undefined })
		);
		return `${low}–${high}`;
	}
	switch (figure.kind) {
		case 'money':
			return `${currencySymbols[figure.unit] ?? `${figure.unit} `}${amount(figure.value)}`;
		case 'percent':
			return figure.unit === 'pp' ? `${amount(figure.value)} pp` : `${amount(figure.value)}%`;
		case 'count':
		case 'duration': {
			// "60 km", not "60 kms": abbreviations stay as they are.
			const unit = figure.value === 1 || unitSuffixes.has(figure.unit) ? figure.unit : plural(figure.unit);
			return `${amount(figure.value)} ${unit}`;
		}
		case 'date':
			return figure.iso ?? new Date(figure.value).toISOString().slice(0, 10);
		case 'time':
			return `${pad(Math.floor(figure.value / 60))}:${pad(figure.value % 60)}`;
		case 'ordinal':
			return ordinalSuffix(figure.value);
		default:
			return amount(figure.value);
	}
}

/** The kind a range's unit belongs to, to format its ends. */
function kindOfUnit(unit: string): FigureKind {
	if (unit === '%' || unit === 'pp') {
		return 'percent';
	}
	if (unit === 'time' || unit === 'date') {
		return unit;
	}
	if (durationScales[unit]) {
		return 'duration';
	}
	if (/^[A-Z]{3}$/.test(unit)) {
		return 'money';
	}
	return unit === '' ? 'number' : 'count';
}

/** "123 billion", "2.4 million", "35,000", "0.5". */
function amount(value: number): string {
	for (const [word, factor] of [['trillion', 1e12], ['billion', 1e9], ['million', 1e6]] as const) {
		if (Math.abs(value) >= factor) {
			const scaled = Number((value / factor).toPrecision(12));
			if (Number.isInteger(scaled * 1000)) {
				return `${scaled} ${word}`;
			}
		}
	}
	return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** Two digits: 7 → "07". */
function pad(value: number): string {
	return String(value).padStart(2, '0');
}

/** 1 → "1st", 22 → "22nd", 13 → "13th". */
function ordinalSuffix(value: number): string {
	const tail = value % 100 >= 11 && value % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][value % 10] ?? 'th');
	return `${value}${tail}`;
}
