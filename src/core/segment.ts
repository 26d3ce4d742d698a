import * as budgetModule from './budget';
import * as sentencesModule from './text/sentences';
import type { Sentence, Span } from './types';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { checkBudget } = budgetModule;
const { splitSentences } = sentencesModule;

/**
 * Splits the prose of an article into paragraphs.
 *
 * A blank line always ends a paragraph. A single line break ends one too when the line before it
 * is complete ("…said Xi.") or is a short heading ("POUTINE can hardly wait"), so that files with
 * one paragraph a line work without blank lines; hard-wrapped prose ("…the two\nleaders met") stays
 * one paragraph.
 *
 * @param text The blanked text (same length as the article).
 * @param from Where the body starts.
 * @returns Paragraph spans, trimmed of white space.
 */
export function findParagraphs(text: string, from: number): Span[] {
	const paragraphs: Span[] = [];
	const linePattern = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
	linePattern.lastIndex = from;
	let current: Span | undefined;
	let previousLine = '';
	for (let match = linePattern.exec(text); match && match[0] !== ''; match = linePattern.exec(text)) {
		const line = match[0].replace(/[\r\n]+$/, '');
		const lineStart = match.index;
		const trimmed = line.trim();
		if (trimmed === '') {
			current = undefined;
			previousLine = '';
			continue;
		}
		const start = lineStart + (line.length - line.trimStart().length);
		const end = lineStart + line.trimEnd().length;
		if (current && continuesParagraph(previousLine.trim(), trimmed)) {
			current.end = end;
		} else {
			current = { start, end };
			paragraphs.push(current);
		}
		previousLine = line;
	}
	return paragraphs;
}

/** A line break inside a paragraph: the line before it stops mid-sentence and is not a heading. */
function continuesParagraph(previous: string, line: string): boolean {
	if (/[.!?…:;"”’»)\]]$/.test(previous)) {
		return false;
	}
	// Hard-wrapped prose continues in lower case or after a long line; a short line is a heading.
	return continuationPattern.test(line) || previous.length >= 60;
}

/** A line that goes on from the one before: lower case, a digit, "(" or ",". Built once (see `entities/wordShapes.ts`). */
const continuationPattern = /^[\p{Ll}\p{N}(,]/u;

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
