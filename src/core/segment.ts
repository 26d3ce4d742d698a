import type { Root, Sentence as SentenceNode } from 'nlcst';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import type { Sentence, Span } from './types';

const englishParser = unified().use(retextEnglish);

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
	return /^[\p{Ll}\p{N}(,]/u.test(line) || previous.length >= 60;
}

/**
 * Splits paragraphs into sentences and words with retext-english, each paragraph parsed on its
 * own: parse time grows faster than linearly on one huge string, and a paragraph never shares a
 * sentence with the next one anyway.
 *
 * @param text The blanked text.
 * @param paragraphs Paragraph spans from `findParagraphs`.
 * @returns Sentences with their words, in order.
 */
export function findSentences(text: string, paragraphs: Span[]): Sentence[] {
	const sentences: Sentence[] = [];
	paragraphs.forEach((paragraph, index) => {
		const tree = englishParser.parse(text.slice(paragraph.start, paragraph.end)) as Root;
		for (const block of tree.children) {
			if (block.type !== 'ParagraphNode') {
				continue;
			}
			for (const child of block.children) {
				if (child.type === 'SentenceNode') {
					sentences.push(toSentence(child, paragraph.start, index));
				}
			}
		}
	});
	return sentences;
}

function toSentence(node: SentenceNode, base: number, paragraph: number): Sentence {
	const words: Span[] = [];
	for (const child of node.children) {
		if (child.type === 'WordNode' && child.position) {
			words.push({ start: base + child.position.start.offset!, end: base + child.position.end.offset! });
		}
	}
	return {
		start: base + node.position!.start.offset!,
		end: base + node.position!.end.offset!,
		paragraph,
		words,
	};
}
