import { labellingVerbs } from '../text/lexicon/speech';
import { titleAbbreviations } from '../text/lexicon/sentenceAbbreviations';

/**
 * A word or two quoted right after a verb of naming or describing ("calling the mayor a
 * “liar”", "what critics have called a “shell game”", "described the talks as “useful”", "a
 * loophole dubbed the “back door”") is someone's characterisation, a piece of their speech,
 * even when the text does not say whose (issue 13, item 2). "A self-described “moderate”" is
 * one word, no verb: the words of the person described.
 */

/** The most words between the verb and the quote: "calling the harbour master a “…”" holds four. */
const maxWordsBetween = 4;

/** The text after the last mark that ends a clause (or a quote) before the quote. */
const clauseTailPattern = /[^.;:!?,()“”"]*$/u;

/** One capital letter: an initial. */
const initialPattern = /^\p{Lu}$/u;

/** A word and the full stop after it ("Mrs.", "J."). */
const abbreviationPattern = /(\p{L}+)\./gu;

/** A word, hyphens and apostrophes inside it ("self-described", "Vos’s"). */
const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu;

/**
 * Whether the quote that starts at `quoteStart` follows a verb of naming in its clause, with at
 * most four words between (its object, an article, "as").
 *
 * @param text The article's prose.
 * @param sentenceStart Where the quote's sentence starts.
 * @param quoteStart Where the quote's opening mark stands.
 */
export function followsNamingVerb(text: string, sentenceStart: number, quoteStart: number): boolean {
	// "Ada Vos called Mrs. Brandt a “…”": the full stop of a title or an initial ends no clause.
	const before = text
		.slice(Math.max(sentenceStart, quoteStart - 80), quoteStart)
		.replace(abbreviationPattern, (found, word: string) => (titleAbbreviations.has(word.toLowerCase()) || initialPattern.test(word) ? `${word} ` : found));
	const clause = clauseTailPattern.exec(before)?.[0] ?? '';
	const words = clause.match(wordPattern) ?? [];
	for (let k = words.length - 1; k >= 0 && words.length - 1 - k <= maxWordsBetween; k--) {
		if (labellingVerbs.has(words[k])) {
			return true;
		}
	}
	return false;
}
