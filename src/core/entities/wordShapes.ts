import * as abbreviationsLexicon from '../text/lexicon/abbreviations';
import * as titlesLexicon from '../text/lexicon/titles';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { dottedAbbreviations } = abbreviationsLexicon;
const { arabicNamePrefixes } = titlesLexicon;

/** The shape of a word (see `shapeOf`). */
export type WordShape = 'cap' | 'upper' | 'initial' | 'lower' | 'other';

/** A contracted verb after an apostrophe: "I'm", "I've", "We'll", "They're", "I'd", "Don't". */
const contractionPattern = /['’](?:m|ve|ll|re|d|t)$/i;

/** A word of plain ASCII letters only ("Borodin", "said", "NATO"). */
const plainWordPattern = /^[A-Za-z]+$/;

/**
 * The patterns of `shapeOf` and `wantsDot`, built once.
 * NOTE: a literal with `\p{…}` inside a function is rebuilt at every call once compiled for
 * Node 20 (esbuild writes it as `new RegExp(…)`): the name finder asks for every word's shape.
 */
const singleCapitalPattern = /^\p{Lu}$/u;
const initialPattern = /^\p{Lu}\.$/u;
const innerDotPattern = /\.\p{L}/u;
const dottedAcronymPattern = /^(?:\p{Lu}\.){1,20}$/u;
const lowerStartPattern = /^\p{Ll}/u;
const lowerPattern = /\p{Ll}/u;
const pluralAcronymPattern = /^\p{Lu}{2,}s$/u;
const upperStartPattern = /^\p{Lu}/u;
const upperPattern = /\p{Lu}/gu;

/** A lower-case prefix of an Arabic name, a hyphen and a capital ("al-Assad", "bin-Laden"). */
const arabicPrefixPattern = new RegExp(`^(?:${[...arabicNamePrefixes].join('|')})-\\p{Lu}`, 'u');

/** An initial ("J."), a known abbreviation ("St.", "Sen.", "Dec.", "Tenn.") or a dotted word ("p.m."). */
export function wantsDot(word: string): boolean {
	return singleCapitalPattern.test(word) || word.includes('.') || dottedAbbreviations.has(word.toLowerCase());
}

/** The shape of a word: "Borodin" cap, "NATO"/"U.S." upper, "J." initial, "said" lower, "2021"/"I" other. */
export function shapeOf(word: string): WordShape {
	// The common cases first, without Unicode patterns: plain lower-case, capitalised, upper-case words, numbers.
	const first = word.charCodeAt(0);
	if (first >= 97 && first <= 122 && !word.includes('-')) {
		return 'lower';
	}
	if (first >= 48 && first <= 57) {
		return 'other';
	}
	if (plainWordPattern.test(word)) {
		if (/[a-z]/.test(word)) {
			return /^[A-Z]+s$/.test(word) && word.length > 2 ? 'upper' : 'cap';
		}
		return word.length >= 2 ? 'upper' : 'other';
	}
	if (initialPattern.test(word)) {
		return 'initial';
	}
	// "MTV.com", "p.m.": a dot inside a word that is not an acronym.
	if (innerDotPattern.test(word) && !dottedAcronymPattern.test(word)) {
		return 'other';
	}
	if (lowerStartPattern.test(word)) {
		return arabicPrefixPattern.test(word) ? 'cap' : 'lower';
	}
	// "I'm", "I've", "We'll": a pronoun with its verb; "Dh472": a unit and a number.
	// NOTE: two tests, not `\p{Ll}.*\d|\d.*\p{Ll}`, which reads to the end from every lower-case letter of a huge word.
	if (contractionPattern.test(word) || (/\d/.test(word) && lowerPattern.test(word))) {
		return 'other';
	}
	// "KOs", "CEOs": an acronym in the plural.
	if (pluralAcronymPattern.test(word)) {
		return 'upper';
	}
	if (!upperStartPattern.test(word)) {
		return 'other';
	}
	if (lowerPattern.test(word)) {
		return 'cap';
	}
	// "NATO", "U.S.", "G20"; a lone capital without a dot ("I", "A") is no name.
	return (word.match(upperPattern) ?? []).length >= 2 ? 'upper' : 'other';
}
