import type { DateContext } from './dates';
import * as numberWordsModule from './numberWords';
import * as numbersLexicon from '../text/lexicon/numbers';
import type { Numeral } from './numberWords';
import * as ordinalsModule from './ordinals';
import type { Token } from './tokens';
import { isEnglishWord } from '../text/lexicon/englishWords';
import * as bareNumbersModule from './bareNumbers';
import type { UnitReading } from './counts';
import * as countsModule from './counts';
import * as currenciesModule from './currencies';
import * as identifiersModule from './identifiers';
import * as moneyModule from './money';
import * as percentModule from './percent';
import * as scalesModule from './scales';
import type { Reading, Step } from './reading';
import * as unitsModule from './units';
import * as wordClassesModule from './wordClasses';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { readBare } = bareNumbersModule;
const { readCompound, readCountedNoun, readSuspended } = countsModule;
const { endOfGluedRun, isIdentifierDigits, readPhoneLike } = identifiersModule;
const { readCurrencyPrefix, readCurrencySuffix } = moneyModule;
const { readPercentWord } = percentModule;
const { magnitudeBeforeQuake, richterAfter, scaleBefore } = scalesModule;
const { applyScale, readNumeral, readScale } = numberWordsModule;
const { readOrdinal } = ordinalsModule;
const { notNouns, numberWords } = numbersLexicon;
const { currencyCodes } = currenciesModule;
const { canonicalMeasures, scaleNames, timeUnits, unitSuffixes } = unitsModule;
const { isCapitalised } = wordClassesModule;

/** Words before "one" that make it a pronoun: "no one", "every one", "the one", "this one". */
const pronounOneBefore = new Set([
	'no', 'any', 'every', 'each', 'some', 'the', 'this', 'that', 'which', 'another', 'someone', 'anyone', 'everyone',
	'only', 'last', 'first', 'next', 'little', 'big', 'new', 'old', 'right', 'wrong', 'such',
]);

/**
 * Reads an amount at token `i`: money, a percentage, a count, a duration, an ordinal, or a bare
 * number; or a skip over an identifier's digits ("COVID-19", "G20", "800-555-0134").
 */
export function readAmount(context: DateContext, i: number): Step {
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
	// "magnitude 6.1", "magnitude-6.1": a scale named first (before "COVID-19" is read as a name's digits).
	const scale = scaleBefore(tokens, i);
	if (scale) {
		// "Magnitude 6. 1 Strikes Tarn": the scale before says the spaced decimal is one number.
		const numeral = readSpacedDecimal(context, i, false, true) ?? readNumeral(tokens, i, text);
		return numeral ? { first: scale.first, last: numeral.last, kind: 'count', value: numeral.value, unit: scale.unit } : undefined;
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
	// "two USB 2.0 ports", "an HDMI 1.4 cable": a decimal right after a word in capitals is the
	// version of what the word names, never a count of what follows.
	if (numeral.last === i && !numeral.scale && tokens[i].text.includes('.') && isVersionedName(tokens[i - 1])) {
		return { skipTo: i };
	}
	const suffix = tokens[numeral.last + 1];
	if (
		suffix?.glued &&
		suffix.type === 'word' &&
		!unitSuffixes.has(suffix.lower) &&
		!timeUnits[suffix.lower] &&
		!currencyCodes[suffix.text] &&
		suffix.lower !== 'pct' &&
		suffix.lower !== 'pc'
	) {
		// "5G", "3D", "76ers": letters glued to digits make a name.
		return { skipTo: endOfGluedRun(tokens, i) };
	}
	return readUnit(context, i, numeral);
}

/**
 * "51. 2 percent", "14. 4 points", "a 6. 1-magnitude quake": text rebuilt from tokens puts a
 * space after a decimal point. Read as one number only inside one sentence, for at most three
 * digits before the point and two after, and before "%" or a word in lower case (hyphenated to
 * the fraction or not), or after a scale's name ("magnitude 4. 6", `scaleBefore`).
 */
function readSpacedDecimal(context: DateContext, i: number, shortScales = false, scaleBefore = false): Numeral | undefined {
	const { tokens, text, sentenceStart } = context;
	const [whole, point, fraction] = [tokens[i], tokens[i + 1], tokens[i + 2]];
	// "a 6. 1-magnitude quake": the unit hyphenated to the fraction.
	const hyphenated = tokens[i + 3]?.text === '-' && tokens[i + 3].glued && tokens[i + 4]?.type === 'word' && tokens[i + 4].glued;
	const unit = hyphenated ? tokens[i + 4] : tokens[i + 3];
	if (
		!/^\d{1,3}$/.test(whole.text) ||
		point?.text !== '.' ||
		!point.glued ||
		!fraction ||
		!/^\d{1,2}$/.test(fraction.text) ||
		text.slice(point.end, fraction.start) !== ' ' ||
		sentenceStart[i + 2] !== sentenceStart[i]
	) {
		return undefined;
	}
	if (scaleBefore) {
		return { value: Number(`${whole.text}.${fraction.text}`), last: i + 2, spelled: false };
	}
	if (!unit || (unit.glued && !shortScales && !hyphenated)) {
		return undefined;
	}
	// "4. 6-Magnitude Quake Recorded": a scale's name hyphenated to the fraction, in a headline's capitals.
	const scaleHyphenated = hyphenated && scaleNames.has(unit.lower);
	if (
		unit.text !== '%' &&
		!(unit.type === 'word' && !isCapitalised(unit.text)) &&
		!(shortScales && unit.type === 'word' && unit.glued) &&
		!scaleHyphenated
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
	const j = numeral.last + 1;
	const next = tokens[j];
	const percent = readPercentWord(tokens, j);
	if (percent) {
		return measured(i, numeral, { last: percent.last, kind: 'percent', unit: percent.unit });
	}
	const money = readCurrencySuffix(tokens, j, numeral);
	if (money) {
		return measured(i, numeral, { last: money.last, kind: 'money', unit: money.code }, money.value);
	}
	// "6.4 on the Richter scale": a magnitude, as "a 6.4-magnitude quake" (`scales.ts`).
	const richter = richterAfter(tokens, j);
	if (richter !== undefined) {
		return measured(i, numeral, { last: richter, kind: 'count', unit: 'magnitude' });
	}
	// "a 6.4 quake": the quake's magnitude, not a count of quakes.
	if (!numeral.scale && magnitudeBeforeQuake(tokens, j, numeral.value)) {
		return measured(i, numeral, { last: numeral.last, kind: 'count', unit: 'magnitude' });
	}
	const compound = readCompound(tokens, j, numeral) ?? readSuspended(tokens, j, context.text);
	if (compound) {
		return measured(i, numeral, compound);
	}
	// "100km", "5kg", "10lbs": a unit glued to the digits.
	if (next?.glued && next.type === 'word' && unitSuffixes.has(next.lower)) {
		return measured(i, numeral, perHour(tokens, { last: j, kind: 'count', unit: next.lower.replace(/s$/, '') }));
	}
	const counted = readCountedNoun(tokens, j, numeral.value);
	if (counted) {
		return measured(i, numeral, perHour(tokens, counted));
	}
	const part = partOfWhole(context, j, numeral.value);
	if (part) {
		return measured(i, numeral, part);
	}
	return readBare(context, i, numeral);
}

/** Words between a part and the whole it is counted from: "six of the nine members", "two of its 12 ships". */
const wholeDeterminers = new Set(['the', 'its', 'their', 'his', 'her', 'our']);

/**
 * A part of a counted whole counts what the whole counts, out of that whole: "six of the nine
 * members voted for it" is a count of "member of 9", set against another outlet's "Seven of the
 * nine committee members", never against a count of members as such ("One guard was hurt" / "two
 * of the five guards were hurt": a part is no toll of its own; "landed 31 of his 90 jabs" / "landed
 * one jab" in another round). The figure is the part's number alone (the whole is a figure of
 * its own), and the whole must be larger ("one of the aides", with no number, is no count).
 */
function partOfWhole(context: DateContext, j: number, value: number): UnitReading | undefined {
	const { tokens, text } = context;
	if (tokens[j]?.lower !== 'of' || !wholeDeterminers.has(tokens[j + 1]?.lower ?? '')) {
		return undefined;
	}
	const whole = readNumeral(tokens, j + 2, text);
	const counted = whole && whole.value > value ? readCountedNoun(tokens, whole.last + 1, whole.value) : undefined;
	return counted?.kind === 'count' ? { last: j - 1, kind: 'count', unit: `${counted.unit} of ${whole!.value}` } : undefined;
}

/** Hours after "per", "an" or "a", or after a slash glued to the unit ("km/h"): a length per hour is a speed. */
const hourWords = new Set(['hour', 'h', 'hr']);

/**
 * A length per hour is a speed: "150 km/h", "150km/h", "150 kilometres per hour", "93 miles an
 * hour" (the unit `kph` or `mph`, one dimension, so that "150 km/h (93 mph)" is one speed
 * converted); any other unit is as read.
 */
function perHour(tokens: Token[], reading: UnitReading): UnitReading {
	const length = reading.kind === 'count' ? (canonicalMeasures[reading.unit] ?? reading.unit) : '';
	const speed = length === 'km' ? 'kph' : length === 'mile' ? 'mph' : undefined;
	if (!speed) {
		return reading;
	}
	const [joint, hour] = [tokens[reading.last + 1], tokens[reading.last + 2]];
	const slashed = joint?.text === '/' && joint.glued && hour?.glued && hourWords.has(hour.lower);
	const spelled = (joint?.lower === 'per' || joint?.lower === 'an' || joint?.lower === 'a') && hour?.lower === 'hour';
	return slashed || spelled ? { last: reading.last + 2, kind: 'count', unit: speed } : reading;
}

/**
 * The reading of a number from token `first` and what it measures, the numeral's scale kept.
 * NOTE: built field by field, not spread from a base object: one per figure of the text.
 */
function measured(first: number, numeral: Numeral, unit: UnitReading, value = numeral.value): Reading {
	const reading: Reading = { first, last: unit.last, kind: unit.kind, value, unit: (unit.kind === 'count' && canonicalMeasures[unit.unit]) || unit.unit };
	if (numeral.scale) {
		reading.scale = numeral.scale;
	}
	return reading;
}

/**
 * An acronym before a version ("USB", "HDMI", "LTE"): a word in capitals of two letters or more
 * that is no everyday word, so that a headline in capitals keeps its figures ("STOCKS FALL 2.5
 * PERCENT", "QUAKE OF 6.1").
 */
function isVersionedName(token: Token | undefined): boolean {
	return token !== undefined && token.type === 'word' && /^[A-Z]{2,}$/.test(token.text) && !isEnglishWord(token.lower);
}
