/**
 * The sentence splitter: a paragraph into sentences and their words, in one pass over the word
 * scanner of `words.ts`, so a sentence's words are exactly the words every other view reads.
 *
 * A sentence may end after end marks (. ! ? … 。) and the closing quotation marks and brackets
 * after them (“We are leaving.” / ‘Go!’ / (see above.) / »Nein.«);
 * whether it does is decided at the next word (`sentenceEnds.ts`): "“Stop!” she said" and
 * "Gov. Ames" go on, "… in the port. The union …" ends. An item of a list at the start of a line
 * ("• first", "- second") starts a sentence with or without a full stop before it.
 * NOTE: one pass, each character read a bounded number of times, whatever the input: a
 * paragraph of a million full stops or of one endless word is read in linear time.
 */
import type { Sentence, Span } from '../types';
import * as sentenceEnds from './sentenceEnds';
import type { Ending } from './sentenceEnds';
import * as wordScanner from './words';

// NOTE: imports read once, as in `entities/tokens.ts`: this loop runs for every character of every article.
const { continuesSentence, endsBefore, isBullet, isCloser, isTerminal } = sentenceEnds;
const { asciiClass, charLength, classAt, letterClass, spaceClass, wordEnd } = wordScanner;

/**
 * The longest sentence: a longer run without an end mark is cut between two words, so that no
 * reader of sentences (the tagger, the speaker rules, the aligner's units) meets a sentence of a
 * megabyte. News sentences are far shorter (the longest of the development data: about 1,100
 * characters).
 */
export const maxSentenceLength = 4000;

/**
 * Splits one paragraph into sentences, each with its words, and appends them to `into`.
 *
 * @param text The text.
 * @param paragraph The paragraph's span.
 * @param index The paragraph's index, stored in each sentence.
 * @param into Where the sentences go, in order.
 */
export function splitSentences(text: string, paragraph: Span, index: number, into: Sentence[]): void {
	const to = paragraph.end;
	let start = -1;
	let last = -1;
	let words: number[] = [];
	let ending: Ending | undefined;
	// Where the next sentence starts if `ending` ends this one: its first mark, "“" of `. “We`.
	let next = -1;
	// Whether only white space stands between the last line break and here.
	let lineStart = false;
	let lastWordEnd = -1;
	// NOTE: a sentence is closed by `into.push` where it ends, not by a helper declared here: tsx
	// names every function declared inside another at each call (one `Object.defineProperty` a paragraph).
	let i = paragraph.start;
	while (i < to) {
		const code = text.charCodeAt(i);
		const ascii = code < 128;
		const kind = ascii ? asciiClass(code) : classAt(text, i);
		if (kind === spaceClass) {
			lineStart ||= code === 10 || code === 13 || code === 0x2028;
			i++;
			continue;
		}
		if (kind === letterClass) {
			const end = wordEnd(text, i, to);
			if (ending && endsBefore(text, ending, next, i, end)) {
				into.push({ start, end: ending.end, paragraph: index, words });
				words = [];
				start = next >= 0 ? next : i;
			} else if (words.length > 0 && i - start > maxSentenceLength) {
				// Hundreds of words without an end mark (a list run together, noise): cut before this word.
				into.push({ start, end: last, paragraph: index, words });
				words = [];
				start = i;
			}
			ending = undefined;
			start = start < 0 ? i : start;
			words.push(i, end);
			last = lastWordEnd = end;
			lineStart = false;
			i = end;
			continue;
		}
		if (lineStart && isBullet(code) && words.length > 0 && isSpaceAt(text, i + 1, to)) {
			// "…the first item\n• The second": a list item starts a sentence.
			into.push({ start, end: last, paragraph: index, words });
			words = [];
			start = i;
			ending = undefined;
		}
		lineStart = false;
		start = start < 0 ? i : start;
		if (isTerminal(code)) {
			// Glued to what follows or not ("the 1%...There", "wounded.--Ann Kaye"): the next word decides.
			const glued = lastWordEnd === i ? wordStartBefore(words) : -1;
			ending = endingAt(text, i, to, glued, glued === start);
			next = -1;
			last = i = ending.end;
			continue;
		}
		if (ending) {
			if (continuesSentence(code)) {
				ending = undefined;
			} else if (next < 0) {
				next = i;
			}
		}
		i += ascii ? 1 : charLength(text, i);
		last = i;
	}
	if (start >= 0) {
		into.push({ start, end: last, paragraph: index, words });
	}
}

/** The end marks from `i` ("?!", "...", "…") and the closing marks after them. */
function endingAt(text: string, i: number, to: number, wordStart: number, first: boolean): Ending {
	let j = i + 1;
	while (j < to && isTerminal(text.charCodeAt(j))) {
		j++;
	}
	const marksEnd = j;
	// A mark that may open a quote opens the next one when a word follows it: `born.”“Your`.
	while (j < to && isCloser(text.charCodeAt(j)) && !(mayOpen(text.charCodeAt(j)) && j + 1 < to && classAt(text, j + 1) === letterClass)) {
		j++;
	}
	return { start: i, marksEnd, end: j, wordStart, first };
}

/** Where the last word found starts: the word an end mark is glued to. */
function wordStartBefore(words: number[]): number {
	return words.length > 0 ? words[words.length - 2] : -1;
}

/**
 * A curly mark that opens a quotation in English (“ ‘) or German („). A straight one glued on
 * both sides more often closes the quote before it (`he said."We` lost a space after it).
 */
function mayOpen(code: number): boolean {
	return code === 0x201c || code === 0x2018 || code === 0x201e;
}

function isSpaceAt(text: string, i: number, to: number): boolean {
	return i < to && classAt(text, i) === spaceClass;
}

/**
 * A sentence's words as spans, for a reader that wants them so (most count or walk the flat
 * starts and ends of `Sentence.words`).
 *
 * @param sentence The sentence.
 * @returns Its words, in order.
 */
export function wordSpans(sentence: Sentence): Span[] {
	const spans: Span[] = [];
	for (let i = 0; i < sentence.words.length; i += 2) {
		spans.push({ start: sentence.words[i], end: sentence.words[i + 1] });
	}
	return spans;
}

/**
 * How many of a sentence's words lie wholly inside a span.
 *
 * @param sentence The sentence.
 * @param span The span, inside the sentence or across it.
 * @returns The count.
 */
export function wordsWithin(sentence: Sentence, span: Span): number {
	let count = 0;
	for (let i = 0; i < sentence.words.length; i += 2) {
		count += sentence.words[i] >= span.start && sentence.words[i + 1] <= span.end ? 1 : 0;
	}
	return count;
}
