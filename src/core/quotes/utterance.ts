import { labellingVerbs } from '../text/lexicon/speech';
import { union } from '../text/lexicon/wordSets';
import { namingWords, workCuesBefore } from '../text/lexicon/works';
import type { Span } from '../types';

/**
 * A quote that reads as something said even without a verb of speech: a sentence that a colon
 * introduces ("The letter had one line: “We Are Closing.”").
 * NOTE: a cry or a question of one or two words ("“Never!” the crowd answered") read as speech was
 * measured: PolNeAR train span F1 +0.001, dev unchanged and one dev speaker lost; left out.
 */

/** A colon right after a word, and spaces: "had one message: ". A figure before it ("at 10:") is not a clause. */
const colonBeforePattern = /(\p{L}+)[)\]]?\s*:\s*$/u;

/** A full stop, a question or an exclamation mark, or an ellipsis last in the quote's words: a sentence. */
const sentenceEndPattern = /(?:[.?!…]|\.\.\.)[\s'’"”)]*$/u;

/** Words before a colon that announce a name, not words said: "titled: “…”", "entitled: “…”". */
const namingBeforeColon = union(workCuesBefore, labellingVerbs, namingWords);

/**
 * Whether a quote is a sentence that a colon introduces: "The banner carried one message: “Save
 * the pier.”", "He wrote back a single word: “Gladly.”". The quote must end as a sentence ends,
 * so a list of names after a colon stays what it is ("three ships: “Ada,” “Brisk” and “Cole”");
 * and a word that announces a name before the colon makes it a title ("a film titled: “…”").
 *
 * @param text The article's prose.
 * @param quote The quote, with its marks.
 * @param inner The quote's words, without its marks.
 */
export function isColonSentence(text: string, quote: Span, inner: string): boolean {
	const found = colonBeforePattern.exec(text.slice(Math.max(0, quote.start - 40), quote.start));
	if (!found || namingBeforeColon.has(found[1].toLowerCase())) {
		return false;
	}
	return sentenceEndPattern.test(inner);
}
