/** The singular of a counted noun ("doses" → "dose") and back, for the figure grammar and its wording. */
import * as numbersLexicon from '../text/lexicon/numbers';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { invariantPlurals, irregularPlurals, notPlurals } = numbersLexicon;

/**
 * The singular of a counted noun when it looks plural ("doses" → "dose", "countries" → "country",
 * "men" → "man", "people" → "person"), else `undefined`.
 *
 * Simple English rules: an irregular list first, then "-ies" → "-y", "-sses"/"-xes"/"-ches"/"-shes"/"-zzes"
 * lose "-es", "-men" → "-man", any other "-s" (not "-ss", "-us", "-is") loses it.
 */
export function singular(word: string): string | undefined {
	if (irregularPlurals[word]) {
		return irregularPlurals[word];
	}
	if (invariantPlurals.has(word)) {
		return word;
	}
	if (word.length < 3 || notPlurals.has(word)) {
		return undefined;
	}
	// "policemen", "women", "gunmen"; but "specimen", "omen", "abdomen" are singular.
	if (word.endsWith('men')) {
		return /(?:^o|speci|abdo|regi|sta|^a)men$/.test(word) ? undefined : `${word.slice(0, -3)}man`;
	}
	if (!word.endsWith('s') || /(?:ss|us|is|ous)$/.test(word)) {
		return undefined;
	}
	if (word.endsWith('ies') && word.length > 4) {
		return `${word.slice(0, -3)}y`;
	}
	if (/(?:sses|xes|ches|shes|zzes)$/.test(word)) {
		return word.slice(0, -2);
	}
	return word.slice(0, -1);
}

/** Singular to plural for `formatFigure`: "dose" → "doses", "country" → "countries", "person" → "people". */
export function plural(word: string): string {
	if (invariantPlurals.has(word)) {
		return word;
	}
	for (const [pluralForm, singularForm] of Object.entries(irregularPlurals)) {
		if (singularForm === word) {
			return pluralForm;
		}
	}
	if (word.endsWith('man')) {
		return `${word.slice(0, -3)}men`;
	}
	if (/[^aeiou]y$/.test(word)) {
		return `${word.slice(0, -1)}ies`;
	}
	return /(?:s|x|ch|sh|z)$/.test(word) ? `${word}es` : `${word}s`;
}
