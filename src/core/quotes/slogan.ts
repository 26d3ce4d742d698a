import { chantWords, displayNouns } from '../text/lexicon/speech';
import type { Span } from '../types';
import { alternatives } from '../text/lexicon/wordSets';

/** "chanted “…”", "chants of “…”", "cries of “…”": a word for calling out loud right before the mark. */
const chantBefore = new RegExp(`\\b(?:${alternatives(chantWords)})(?:\\s+of)?[\\s,:\u2014\u2013-]*$`, 'i');
/** "… read “…”", "reading, “…”", "saying “…”": the verb of a slogan's words right before the mark. */
const sloganVerbBefore = /\b(?:read|reads|reading|say|says|said|saying)[\s,:\u2014\u2013-]*$/i;
/** A word for a thing that carries a slogan, as a whole word. */
const displayNoun = new RegExp(`\\b(?:${alternatives(displayNouns)})\\b`, 'i');

/**
 * Words in title case that someone called out or wrote on a sign are theirs, not a title:
 *   Some chanted “Go Kent! Go Kent!”                      → speech
 *   He held up a sign that read “Sailors For Vos” and waved it.  → speech
 * Only a sign-like thing makes "read" a slogan's verb: "she read “Salt and Iron” twice" is a book.
 */
export function isChantOrSlogan(text: string, quote: Span): boolean {
	const before = text.slice(Math.max(0, quote.start - 60), quote.start);
	if (chantBefore.test(before)) {
		return true;
	}
	const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1);
	return sloganVerbBefore.test(sentence) && displayNoun.test(sentence);
}
