import { workCuesBefore } from '../text/lexicon/works';
import { followsNamingVerb } from './namingVerb';
import type { Span } from '../types';
import { alternatives } from '../text/lexicon/wordSets';

/**
 * Words in title case that someone is said to call a person or a thing are their characterisation,
 * a piece of their speech, not the title of a work (issue 13, item 2):
 *   The mayor called her rival “The Harbour Thief” twice.        → speech
 *   She referred to the agency as the “Harbour Office,” …        → speech
 *   a documentary called “Salt and Iron”                         → a title still (a word for a work names it)
 */

/** "refer to X as", "referring to the board as the": up to eight words between "to" and "as". */
const referAsPattern = /\brefer(?:s|red|ring)?\s+to\s+(?:[^\s.;:!?“”"]+\s+){0,8}?as\s+(?:(?:the|a|an)\s+)?$/i;

/** A word for a work, then "called" or "named" ("a film called", "a book, named"). */
const workCalledPattern = new RegExp(`\\b(?:${alternatives(workCuesBefore)})[\\s,]+(?:called|named)[\\s,]+(?:the\\s+)?$`, 'i');

/**
 * Whether the quote follows a verb of naming in its clause ("called her rival", "described as",
 * "labelled") or "refer to … as", and no word for a work stands before that verb.
 *
 * @param text The article's prose.
 * @param quote The quote, with its marks.
 * @param from Where its sentence starts, when known: by default its paragraph's start, at most 100 characters back.
 */
export function isCharacterisedName(text: string, quote: Span, from = text.lastIndexOf('\n', quote.start - 1) + 1): boolean {
	// The quote's own paragraph: a line before it ("Harbour plans\n\nThey called it …") is no clause of it.
	const floor = Math.max(0, quote.start - 100, from);
	const before = text.slice(floor, quote.start);
	if (workCalledPattern.test(before)) {
		return false;
	}
	return referAsPattern.test(before) || followsNamingVerb(text, floor, quote.start);
}
