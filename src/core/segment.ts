import * as budgetModule from './budget';
import * as sentencesModule from './text/sentences';
import * as wordsModule from './text/words';
import type { Sentence, Span } from './types';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { checkBudget } = budgetModule;
const { splitSentences } = sentencesModule;
const { isSpaceCode } = wordsModule;

/**
 * Splits the prose of an article into paragraphs.
 *
 * A blank line always ends a paragraph. A single line break ends one too when the line before it
 * is complete ("…said Lu.") or is a short heading ("BORODINE can hardly wait"), so that files with
 * one paragraph a line work without blank lines; hard-wrapped prose ("…the two\nleaders met") stays
 * one paragraph.
 *
 * @param text The blanked text (same length as the article).
 * @param from Where the body starts.
 * @returns Paragraph spans, trimmed of white space.
 */
export function findParagraphs(text: string, from: number): Span[] {
	const paragraphs: Span[] = [];
	let current: Span | undefined;
	// The line before, trimmed (`previousEnd` < 0: none, or blank).
	let previousStart = -1;
	let previousEnd = -1;
	// NOTE: a scan of character codes, not a pattern a line and three trims: this runs on every line of every article.
	// Without a carriage return, each line ends at the next "\n", found by `indexOf` (a native scan).
	const newlinesOnly = text.indexOf('\r', from) < 0;
	let lineStart = from;
	while (lineStart < text.length) {
		let lineEnd = lineStart;
		if (newlinesOnly) {
			lineEnd = text.indexOf('\n', lineStart);
			lineEnd = lineEnd < 0 ? text.length : lineEnd;
		}
		while (lineEnd < text.length && !isLineBreak(text.charCodeAt(lineEnd))) {
			lineEnd++;
		}
		let start = lineStart;
		while (start < lineEnd && isTrimmed(text.charCodeAt(start))) {
			start++;
		}
		let end = lineEnd;
		while (end > start && isTrimmed(text.charCodeAt(end - 1))) {
			end--;
		}
		if (start === end) {
			current = undefined;
			previousEnd = -1;
		} else {
			if (current && previousEnd >= 0 && continuesParagraph(text, previousStart, previousEnd, start, end)) {
				current.end = end;
			} else {
				current = { start, end };
				paragraphs.push(current);
			}
			previousStart = start;
			previousEnd = end;
		}
		// One line end: "\r\n", "\r" or "\n".
		lineStart = text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? lineEnd + 2 : lineEnd + 1;
	}
	return paragraphs;
}

/** "\n" or "\r": what ends a line here (a line separator U+2028 stays inside the line, and is trimmed). */
function isLineBreak(code: number): boolean {
	return code === 10 || code === 13;
}

/** What `String.prototype.trim` removes: white space (Unicode spaces, the byte-order mark) and line terminators, as `\s`. */
const isTrimmed = isSpaceCode;

/** Marks that complete a line: "…said Lu." and "…(see above)" end their paragraph. */
const lineEndMarks = '.!?…:;"”’»)]';

/** A line that goes on from the one before: lower case, a digit, "(" or ",". Built once (see `entities/wordShapes.ts`). */
const continuationPattern = /^[\p{Ll}\p{N}(,]/u;

/**
 * A line break inside a paragraph: the line before it (`text[previousStart, previousEnd)`,
 * trimmed) stops mid-sentence and is not a heading.
 */
function continuesParagraph(text: string, previousStart: number, previousEnd: number, start: number, end: number): boolean {
	if (lineEndMarks.includes(text[previousEnd - 1])) {
		return false;
	}
	// Hard-wrapped prose continues in lower case or after a long line; a short line is a heading.
	// (The pattern reads one character, of one or two code units.)
	return continuationPattern.test(text.slice(start, Math.min(end, start + 2))) || previousEnd - previousStart >= 60;
}

/**
 * Splits paragraphs into sentences and their words (`text/sentences.ts`), each paragraph on its own.
 *
 * @param text The blanked text.
 * @param paragraphs Paragraph spans from `findParagraphs`.
 * @returns Sentences with their words, in order.
 */
export function findSentences(text: string, paragraphs: Span[]): Sentence[] {
	const sentences: Sentence[] = [];
	paragraphs.forEach((paragraph, index) => {
		checkBudget();
		splitSentences(text, paragraph, index, sentences);
	});
	return sentences;
}
