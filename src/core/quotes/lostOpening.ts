/**
 * A quote whose opening mark was lost: a paste, a text rebuilt from tokens, a typo. Its closing
 * mark stands alone in its paragraph, after the comma that ends a quoted sentence, and the one who
 * speaks follows it: "It will be hard, and yet every crew will sail on, ” says one captain." The
 * words before the mark are the quote, from the paragraph's first word.
 */
import { speechVerbs } from '../text/lexicon/speech';
import type { Span } from '../types';
import type { Mark } from './marks';
import { charBefore } from './openQuotes';

/** Words read after the mark for the verb of speech: "says one", "said Ada Vey", "the harbour master Ada Vey said". */
const wordsToVerb = 6;

/** A word after the mark, past white space: "says", "one". */
const wordPattern = /\p{L}[\p{L}'’-]*/gu;

/** The first letter or digit of a paragraph, where the quote starts; built once (see `entities/wordShapes.ts`). */
const firstWordPattern = /[\p{L}\p{N}]/u;

/**
 * The quote before a lone closing mark, when the mark is the paragraph's first of its family,
 * ends a phrase with a comma and a verb of speech follows within `wordsToVerb` words ("…sail on,
 * ” says one captain"; "…sail on,” the captain said"). A closing mark after a full stop
 * ("…sail on.”") or with no speaker after it ("…in caucuses and primaries.”") may end a quote
 * the paragraph before opened, and is left alone.
 *
 * @param text The article's prose.
 * @param paragraph The paragraph.
 * @param marks The paragraph's marks.
 * @param k The lone closing mark's index among them.
 * @returns The quote's span (from the first word to the mark) and its words, or undefined.
 */
export function quoteWithLostOpening(text: string, paragraph: Span, marks: Mark[], k: number): { span: Span; inner: Span } | undefined {
	const mark = marks[k];
	if (mark.family !== 'double' || mark.role === 'open' || marks.some((before, i) => i < k && before.family === 'double')) {
		return undefined;
	}
	if (charBefore(text, mark.at, paragraph.start) !== ',' || !speakerFollows(text, mark.at + mark.width, paragraph.end)) {
		return undefined;
	}
	const first = text.slice(paragraph.start, mark.at).search(firstWordPattern);
	const start = paragraph.start + first;
	return first >= 0 ? { span: { start, end: mark.at + mark.width }, inner: { start, end: mark.at } } : undefined;
}

/** Whether a verb of speech stands among the first few words after the mark. */
function speakerFollows(text: string, from: number, to: number): boolean {
	wordPattern.lastIndex = 0;
	// Up to the end of the sentence: "…sail on,” for now. Ada Vey said so" gives no speaker.
	const after = /^[^.!?;:]*/.exec(text.slice(from, Math.min(to, from + 80)))![0];
	let count = 0;
	for (let match = wordPattern.exec(after); match && count < wordsToVerb; match = wordPattern.exec(after), count++) {
		if (speechVerbs.has(match[0].toLowerCase())) {
			return true;
		}
	}
	return false;
}
