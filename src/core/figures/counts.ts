import * as pluralsModule from './plurals';
import * as numbersLexicon from '../text/lexicon/numbers';
import type { Numeral } from './numberWords';
import * as numberWordsModule from './numberWords';
import type { Token } from './tokens';
import type { FigureKind } from '../types';
import * as unitsModule from './units';
import * as wordClassesModule from './wordClasses';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { singular } = pluralsModule;
const { notNouns, numberWords } = numbersLexicon;
const { readNumeral } = numberWordsModule;
const { canonicalMeasures, measures, scaleNames, temperatureScales, timeUnits } = unitsModule;
const { isCapitalised } = wordClassesModule;

/** What follows a number and makes it a count, a duration or a percentage. */
export interface UnitReading {
	/** Index of the unit's last token. */
	last: number;
	/** The kind of figure it makes. */
	kind: FigureKind;
	/** The normalised unit. */
	unit: string;
}

/**
 * Adjectives often found between a number and its unit that are not in `notNouns`: "five more years", "two other
 * countries".
 */
const quantityAdjectives = new Set([
	'more', 'other', 'additional', 'extra', 'new', 'full', 'long', 'straight', 'consecutive', 'separate', 'different',
]);

/**
 * A number glued by a hyphen to its unit: "20-year treaty", "a three-hour meeting" (durations),
 * "a 51-year-old", "her 2-month-old son" (ages: durations too), "a 10-game stretch", "a
 * 12-member panel" (counts).
 * NOTE: "two-thirds", "one-time", "two-way" and "one-on-one" are not counts.
 */
export function readCompound(tokens: Token[], i: number, numeral: Numeral): UnitReading | undefined {
	const hyphen = tokens[i];
	const word = tokens[i + 1];
	if (hyphen?.text !== '-' || !hyphen.glued || !word?.glued || word.type !== 'word') {
		return undefined;
	}
	const time = timeUnits[word.lower];
	if (time) {
		// "a 24-year-old", and a group's ages: "18- to 24-year-olds".
		const old = tokens[i + 2]?.text === '-' && tokens[i + 2].glued && /^olds?$/.test(tokens[i + 3]?.lower ?? '');
		return { last: old ? i + 3 : i + 1, kind: 'duration', unit: time };
	}
	if (
		(numeral.spelled && numeral.value === 1) ||
		notNouns.has(word.lower) ||
		word.lower.length < 3 ||
		singular(word.lower) !== undefined ||
		// "a 4.6-Magnitude quake" in a headline's capitals still names its scale.
		(isCapitalised(word.text) && !scaleNames.has(word.lower)) ||
		numberWords.has(word.lower)
	) {
		return undefined;
	}
	const area = squareMeasure(tokens, i + 1);
	if (area) {
		return area;
	}
	if (tokens[i + 2]?.glued && tokens[i + 2].text === '-') {
		// "5-foot-9": a height, not a count.
		return undefined;
	}
	return { last: i + 1, kind: 'count', unit: word.lower };
}

/** The words that join a suspended pair: "13- and 15-inch", "two- or three-bedroom", "18- to 24-year-olds". */
const suspendedJoiners = new Set(['and', 'or', 'to']);

/**
 * The first number of a suspended pair takes the unit the second is hyphenated to: in "the 13-
 * and 15-inch models" the 13 is a size in inches, as "two- or three-bedroom flats" counts
 * bedrooms. Read alone it would be a bare 13, and an outlet that writes only "the 13-inch model"
 * would seem to give 15 inches against 13. Joined by "to", the two are one range ("18- to
 * 24-year-olds": 18 to 24 years).
 *
 * @param tokens The tokens.
 * @param j The token after the first number (its hyphen).
 * @param text The text the tokens point into.
 */
export function readSuspended(tokens: Token[], j: number, text: string): UnitReading | undefined {
	const [hyphen, joiner] = [tokens[j], tokens[j + 1]];
	if (hyphen?.text !== '-' || !hyphen.glued || joiner?.type !== 'word' || !suspendedJoiners.has(joiner.lower)) {
		return undefined;
	}
	const second = readNumeral(tokens, j + 2, text);
	const unit = second ? readCompound(tokens, second.last + 1, second) : undefined;
	// The hyphen ends the first number before "to", which then reads the pair as one range (`ranges.ts`).
	return unit ? { last: joiner.lower === 'to' ? j : j - 1, kind: unit.kind, unit: unit.unit } : undefined;
}

/**
 * The noun a number counts or the unit it measures, up to two adjectives away: a time unit makes
 * a duration ("eleven months", "five more years"), a plural noun a count ("150 million doses",
 * "three new ships", "two well-known actors"), a measure a count even in the singular ("100
 * meter"). Of two plural nouns in a row the second is the head ("nine alleged rules violations").
 * One of something is counted when its noun ends the phrase ("one minister said", "One big
 * difference between"), not when more words follow ("one harbour police armored van").
 */
export function readCountedNoun(tokens: Token[], from: number, value: number): UnitReading | undefined {
	let j = from;
	for (let skipped = 0; skipped <= 2 && j < tokens.length; skipped++) {
		const word = tokens[j];
		if (word.type !== 'word' || (word.glued && j !== from)) {
			return undefined;
		}
		const unit = countedUnit(tokens, j, value);
		if (unit) {
			let last = unit.through ?? j;
			// "91 years old" is an age, as "91-year-old".
			if (unit.kind === 'duration' && unit.unit === 'year' && tokens[j + 1]?.lower === 'old') {
				last = j + 1;
			}
			const next = tokens[j + 1];
			// "12 degrees Celsius" / "54 degrees Fahrenheit": two scales, never one temperature told two ways.
			const scale = unit.unit === 'degree' && next?.type === 'word' && (next.text.length > 1 || /^[CFK]$/.test(next.text)) ? temperatureScales[next.lower] : undefined;
			if (scale) {
				return { last: j + 1, kind: 'count', unit: `degree ${scale}` };
			}
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
function countedUnit(tokens: Token[], i: number, value: number): (Omit<UnitReading, 'last'> & { through?: number }) | undefined {
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
	// "one rocket propelled grenade launcher": the compound's last noun is what is counted.
	const head = compoundHead(tokens, i + 1);
	if (head !== undefined) {
		return { kind: 'count', unit: singular(tokens[head].lower) ?? tokens[head].lower, through: head };
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

/**
 * The last noun of a compound that a participle at `i` opens with the words after it: "one rocket
 * propelled grenade launcher" counts launchers, not rockets, where "one rocket landed near the port"
 * and "one man killed himself" count what they say. Two lower-case words or more that are no
 * function words, numbers, adverbs or participles follow the participle; the compound ends before
 * the first other token ("launcher" of "… grenade launcher, grenades and …"). A participle with
 * one noun after it, then another participle ("one police armored van burned"), opens none.
 */
function compoundHead(tokens: Token[], i: number): number | undefined {
	const participle = tokens[i];
	const noun = (token: Token | undefined) => token !== undefined && token.type === 'word' && !token.glued && !isCapitalised(token.text) && !notNouns.has(token.lower) && !numberWords.has(token.lower) && !/(?:ly|ed)$/.test(token.lower);
	if (participle?.type !== 'word' || !/ed$/.test(participle.lower) || !noun(tokens[i + 1]) || !noun(tokens[i + 2])) {
		return undefined;
	}
	let last = i + 2;
	while (noun(tokens[last + 1])) {
		last++;
	}
	return last;
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
 * An area hyphenated to its number: "a 15,800-square-metre building", "a 170,000-square-foot
 * hall". Its unit is "square" and the measure, as one spelling names it (`canonicalMeasures`), so
 * that square feet are never set against square metres as one quantity.
 *
 * @param tokens The tokens.
 * @param j The token after the number's hyphen ("square").
 */
function squareMeasure(tokens: Token[], j: number): { last: number; kind: 'count'; unit: string } | undefined {
	const [word, hyphen, measure] = [tokens[j], tokens[j + 1], tokens[j + 2]];
	if (word?.lower !== 'square' || hyphen?.text !== '-' || !hyphen.glued || measure?.type !== 'word' || !measure.glued) {
		return undefined;
	}
	const canonical = canonicalMeasures[measure.lower] ?? canonicalMeasures[singular(measure.lower) ?? ''];
	return canonical ? { last: j + 2, kind: 'count', unit: `square ${canonical}` } : undefined;
}
