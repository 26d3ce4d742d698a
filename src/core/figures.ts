import * as budgetModule from './budget';
import * as datesModule from './figures/dates';
import type { DateContext } from './figures/dates';
import * as currenciesModule from './figures/currencies';
import * as identifiersModule from './figures/identifiers';
import * as moneyModule from './figures/money';
import * as rangesModule from './figures/ranges';
import type { Reading } from './figures/reading';
import * as figureTokensModule from './figures/tokens';
import * as triggerWordsModule from './figures/triggerWords';
import * as numbersLexicon from './text/lexicon/numbers';
import * as lowerCaseModule from './text/lowerCase';
import type { Token } from './figures/tokens';
import type { Figure, ParsedArticle, Span } from './types';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { checkBudget } = budgetModule;
const { dateReference, dateWords } = datesModule;
const { currencySignClass } = currenciesModule;
const { findUrls } = identifiersModule;
const { lendCurrencies } = moneyModule;
const { readAt } = rangesModule;
const { tokenize } = figureTokensModule;
const { hasTriggerWord } = triggerWordsModule;
const { numberWords, ordinalWords } = numbersLexicon;
const { lowerCaseOnce } = lowerCaseModule;

export { formatFigure } from './figures/formatFigure';
export { figuresAgree, sameDimension, sameFigure } from './figures/sameFigure';

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
	const lowered = lowerCaseOnce(parsed.text);
	for (const paragraph of parsed.paragraphs) {
		const prose = parsed.text.slice(paragraph.start, paragraph.end);
		if (!triggerSignPattern.test(prose) && !hasTriggerWord(parsed.text, paragraph.start, paragraph.end)) {
			continue;
		}
		const tokens = tokenize(parsed.text, paragraph.start, paragraph.end, lowered);
		const sentenceStart: number[] = [];
		let first = 0;
		let lastAgo = -1;
		for (let i = 0; i < tokens.length; i++) {
			if (tokens[i].lower === 'ago') {
				lastAgo = i;
			}
			const before = sentence;
			while (sentence < parsed.sentences.length - 1 && parsed.sentences[sentence].end <= tokens[i].start) {
				sentence++;
			}
			if (sentence !== before) {
				first = i;
			}
			sentenceStart.push(first);
		}
		const context: DateContext = { text: parsed.text, tokens, reference, sentenceStart, previousDate: -1, lastAgo };
		const readings = readParagraph(context, paragraph);
		lendCurrencies(readings, sentenceStart);
		for (const reading of readings) {
			figures.push(toFigure(reading, tokens, parsed.article.text));
		}
	}
	return withoutCutDecimals(figures, parsed.text);
}

/**
 * Leaves out the two halves of a decimal that a line break cut: text rebuilt one sentence a line
 * ends a line at "as a magnitude 6." and starts the next with "1 quake strikes the coast", which
 * would read as a 6 and a 1, each set against another outlet's 6.1. Neither half is the figure, so
 * neither is compared. A paragraph that opens with a number after one that ends in a number and
 * a full stop is such a cut: a sentence seldom starts with digits, and never right after one that
 * ends in them.
 */
function withoutCutDecimals(figures: Figure[], text: string): Figure[] {
	const cut = new Set<Figure>();
	for (let n = 1; n < figures.length; n++) {
		const [before, after] = [figures[n - 1], figures[n]];
		// "Aged 91.", then a date line "07 June 2031": a date or a time is read whole, not cut.
		if (after.kind !== 'date' && after.kind !== 'time' && /^\d/.test(after.text) && /\d$/.test(before.text) && /^\.[ \t]*(?:\r?\n[ \t]*){2,}$/.test(text.slice(before.end, after.start))) {
			cut.add(before).add(after);
		}
	}
	return cut.size === 0 ? figures : figures.filter((figure) => !cut.has(figure));
}

/** Reads every figure of one paragraph, left to right, longest first. */
function readParagraph(context: DateContext, paragraph: Span): Reading[] {
	const { tokens } = context;
	const urls = findUrls(context.text, paragraph);
	const readings: Reading[] = [];
	let i = 0;
	// The addresses are sorted and apart, and so are the tokens: one pointer walks both.
	let url = 0;
	while (i < tokens.length) {
		checkBudget();
		while (url < urls.length && urls[url].end <= tokens[i].start) {
			url++;
		}
		if (url < urls.length && urls[url].start <= tokens[i].start) {
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

/**
 * Anything that can make a figure: a digit, a currency sign, a number, ordinal or date word, or
 * a relative period ("last week"). A paragraph without any is skipped before it is tokenised,
 * which is most of the reading time saved. NOTE: the signs first, found by a scan for one class
 * of characters; the words then, read one by one (`hasTriggerWord`).
 */
const triggerSignPattern = new RegExp(`[0-9${currencySignClass}]`);

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

/** A reading as the figure the contract promises. */
function toFigure(reading: Reading, tokens: Token[], text: string): Figure {
	const start = tokens[reading.first].start;
	const end = tokens[reading.last].end;
	// NOTE: fields set one by one, not spread from temporary objects (one figure per number of the
	// text); in this order, `text` last, as the JSON report lists them.
	const figure: Omit<Figure, 'text'> & { text?: string } = { start, end, kind: reading.kind, value: reading.value, unit: reading.unit };
	if (reading.scale) {
		figure.scale = reading.scale;
	}
	if (reading.high !== undefined) {
		figure.high = reading.high;
	}
	if (reading.iso) {
		figure.iso = reading.iso;
	}
	figure.text = text.slice(start, end);
	return figure as Figure;
}
