import { workCuesAfter, workCuesBefore, workPhrasesBefore } from '../text/lexicon/works';
import type { Span } from '../types';
import { alternatives } from '../text/lexicon/wordSets';

/**
 * Names of works: a film, book or song title is a capitalised phrase after a word for the work
 * ("the film “Harbour Lights”", "his role in “Salt and Iron”") or before a word for who made
 * or played in it ("the “Harbour Lights” star").
 */
const workBefore = new RegExp(`\\b(?:${alternatives(workCuesBefore)}|${alternatives(workPhrasesBefore)})[\\s,]*$`, 'i');
const workAfter = new RegExp(`^[\\s,]*(?:${alternatives(workCuesAfter)})\\b`, 'i');

/**
 * Whether a word for a work stands right before or after a quote ("the podcast “Low Tide”", "the
 * “Low Tide” star").
 *
 * @param text The article's prose.
 * @param quote The quote, with its marks.
 */
export function hasWorkCue(text: string, quote: Span): boolean {
	const before = text.slice(Math.max(0, quote.start - 40), quote.start);
	const after = text.slice(quote.end, quote.end + 20);
	return workBefore.test(before) || workAfter.test(after);
}
