import * as numberWordsModule from './numberWords';
import type { Numeral } from './numberWords';
import type { Token } from './tokens';
import * as currenciesModule from './currencies';
import type { Reading } from './reading';
import * as wordClassesModule from './wordClasses';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { applyScale } = numberWordsModule;
const { currencyCodes, currencyNames, currencySigns, dollarPrefixes, dollarQualifiers, scaledCurrencyNames, subunits } = currenciesModule;
const { isCapitalised } = wordClassesModule;

/** A currency after a number: its last token, ISO code, and the value in whole units ("50 cents" is 0.5). */
interface MoneyReading {
	/** Index of the currency's last token. */
	last: number;
	/** ISO 4217 code. */
	code: string;
	/** The amount in whole units. */
	value: number;
}

/** A currency written before an amount, and the token the number starts at. */
export function readCurrencyPrefix(
	tokens: Token[], i: number, text: string,
): { code: string; numberAt: number } | undefined {
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

/**
 * "123 billion dollars", "40 million euros", "5 billion USD", "40 million Canadian dollars", "3 million pounds", "50
 * cents".
 */
export function readCurrencySuffix(tokens: Token[], i: number, numeral: Numeral): MoneyReading | undefined {
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
 * Bare numbers that a money figure of the same sentence lends its currency to: "trade rose to
 * $123 billion, and the target is 200 billion" makes the second US$200 billion too. Only numbers
 * with a scale word, or after "to", "from" or "than" ("up to $5,000 from 4,000") borrow; the
 * nearest money figure lends. "Lost eight of 10" next to a salary stays a number.
 */
export function lendCurrencies(readings: Reading[], sentenceStart: number[]): void {
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
