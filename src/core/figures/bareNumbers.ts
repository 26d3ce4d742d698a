import type { DateContext } from './dates';
import type { Numeral } from './numberWords';
import type { Token } from './tokens';
import type { Step } from './reading';
import * as wordClassesModule from './wordClasses';
import * as numbersLexicon from '../text/lexicon/numbers';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { isCapitalised } = wordClassesModule;
const { notNouns } = numbersLexicon;

/** Words that hedge an amount at the start of a sentence: "About 200 came", "Only 12 left". */
const hedgeWords = new Set([
	'about', 'around', 'nearly', 'almost', 'over', 'under', 'some', 'roughly', 'approximately', 'only', 'just',
	'exactly', 'more', 'less', 'fewer',
]);

/**
 * A number without unit: an age when the context says so ("Scott Russell, 46, was hurt",
 * "aged 91", "died at 91"), nothing when it is a list marker ("1. Open the file") or names
 * something ("Highway 214", "Interstate 5"), else a bare number.
 */
export function readBare(context: DateContext, i: number, numeral: Numeral): Step {
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
	// ".519", ".314 from the line": a share as sports tables write it (unit `share`), never the
	// whole number 519, and no count: "scored 100 points fewer times than the Gulls' six" is not it.
	// "(. 641)" as rebuilt text spaces "(.641)": a point right after a bracket opens a decimal whatever follows.
	const bracketPoint = previous?.text === '.' && previous.glued && tokens[i - 2]?.text === '(' && context.text.slice(previous.end, tokens[i].start) === ' ';
	const point = previous?.text === '.' && (tokens[i].glued || bracketPoint) && !(tokens[i - 2]?.type === 'num' && previous.glued);
	if (point && !numeral.spelled && numeral.last === i && /^\d+$/.test(tokens[i].text)) {
		return { ...base, value: Number(`0.${tokens[i].text}`), kind: 'number', unit: 'share', lendable: false };
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
