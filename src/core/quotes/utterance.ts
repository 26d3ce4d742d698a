import { labellingVerbs } from '../text/lexicon/speech';
import { union } from '../text/lexicon/wordSets';
import { namingWords, workCuesBefore } from '../text/lexicon/works';
import type { Span } from '../types';

/**
 * A quote that reads as something said even without a verb of speech: a sentence that a colon
 * introduces ("The letter had one line: “We Are Closing.”"), or a quoted sentence of its own after
 * another sentence of its paragraph ("“The tide is late,” Vos said. “Very late.”").
 * NOTE: a cry or a question of one or two words ("“Never!” the crowd answered") read as speech was
 * measured: PolNeAR train span F1 +0.001, dev unchanged and one dev speaker lost; left out.
 * NOTE: a quoted sentence after another sentence of its paragraph (`isStandingSentence`): PolNeAR
 * train 10 more direct quotes, all over gold quotes, one more gold quote found, no speaker changed.
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

/** The end of a sentence right before a quote, on its line: "…,” Vos said. " (a closing mark may follow the stop). */
const sentenceBeforePattern = /[.?!…][)'’"”]*[ \t\u00a0]+$/u;

/** What may follow a sentence: white space then a capital, a mark or a digit, or the end of the paragraph. */
const nextSentencePattern = /^(?:\s*$|\s*\n|[ \t\u00a0]+[\p{Lu}\p{N}"“‘'«(])/u;

/**
 * Whether a quote is a sentence of its own that follows another sentence of its paragraph: "“The
 * tide is late,” Vos said. “Very late.”", "The clerk looked up. “Mr. Brandt?”". It ends as a
 * sentence ends, a sentence ends right before it on its line, and a new sentence or the paragraph's
 * end follows it. One or two words so set are said, not set off as a scare quote; words in title
 * case so set are said, not a title. A quote that opens its paragraph is left out: "“Never!”" alone
 * on a line may be a cry from a crowd or a caption.
 *
 * @param text The article's prose.
 * @param quote The quote, with its marks.
 * @param inner The quote's words, without its marks.
 */
export function isStandingSentence(text: string, quote: Span, inner: string): boolean {
	return sentenceEndPattern.test(inner) && sentenceBeforePattern.test(text.slice(Math.max(0, quote.start - 10), quote.start)) && nextSentencePattern.test(text.slice(quote.end, quote.end + 3));
}
