import type { Root, Sentence as SentenceNode } from 'nlcst';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { checkBudget } from './budget';
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
 * own, and a paragraph longer than `maxParseLength` in pieces cut between sentences (see `pieces`).
 *
 * @param text The blanked text.
 * @param paragraphs Paragraph spans from `findParagraphs`.
 * @returns Sentences with their words, in order.
 */
export function findSentences(text: string, paragraphs: Span[]): Sentence[] {
	const sentences: Sentence[] = [];
	paragraphs.forEach((paragraph, index) => {
		checkBudget();
		for (const piece of pieces(text, paragraph)) {
			const tree = englishParser.parse(text.slice(piece.start, piece.end)) as Root;
			for (const block of tree.children) {
				if (block.type !== 'ParagraphNode') {
					continue;
				}
				for (const child of block.children) {
					if (child.type === 'SentenceNode') {
						sentences.push(toSentence(child, piece.start, index));
					}
				}
			}
		}
	});
	return sentences;
}

/**
 * The longest text handed to the English parser at once. parse-latin's time grows faster than
 * the text within one paragraph (64 KB of "Mr. Mr. …" takes a second, 256 KB half a minute) and
 * it recurses once per word in some runs (256 KB of "1.1.1…" or "Aa-Aa-…" overflows the stack),
 * so a longer paragraph is parsed in pieces. News paragraphs are far shorter: they are parsed whole.
 */
export const maxParseLength = 4000;

/**
 * Cuts a paragraph into pieces of at most `maxParseLength` characters: after the last sentence
 * end in the window ("… the port. The union …" cuts before "The"), else at the last white space,
 * else (one huge token) anywhere. Each cut is found by one backward scan of the window, so the
 * whole paragraph is read a bounded number of times.
 */
export function pieces(text: string, paragraph: Span): Span[] {
	if (paragraph.end - paragraph.start <= maxParseLength) {
		return [paragraph];
	}
	const found: Span[] = [];
	let start = paragraph.start;
	while (paragraph.end - start > maxParseLength) {
		const cut = cutBefore(text, start, start + maxParseLength);
		found.push({ start, end: cut });
		start = cut;
		while (start < paragraph.end && isSpace(text.charCodeAt(start))) {
			start++;
		}
	}
	if (start < paragraph.end) {
		found.push({ start, end: paragraph.end });
	}
	return found;
}

/** Where to cut `[from, limit)`: after a sentence end followed by white space, else at white space, else at `limit`. */
function cutBefore(text: string, from: number, limit: number): number {
	const floor = from + (limit - from) / 2;
	let space = -1;
	for (let i = limit - 1; i > floor; i--) {
		if (!isSpace(text.charCodeAt(i))) {
			continue;
		}
		space = space < 0 ? i : space;
		// "… the port. The": a full stop, a question or exclamation mark (and closing marks) before the space.
		let j = i - 1;
		while (j > from && '"”’)]»'.includes(text[j])) {
			j--;
		}
		if ('.!?…'.includes(text[j]) && isSpace(text.charCodeAt(i)) && !isSpace(text.charCodeAt(i + 1))) {
			return i;
		}
	}
	return space >= 0 ? space : avoidSurrogateSplit(text, limit);
}

/** Never cut between the two halves of a surrogate pair ("😀"). */
function avoidSurrogateSplit(text: string, at: number): number {
	const code = text.charCodeAt(at);
	return code >= 0xdc00 && code <= 0xdfff ? at - 1 : at;
}

function isSpace(code: number): boolean {
	return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x2028 || code === 0x2029 || (code >= 0x2000 && code <= 0x200a) || code === 0x3000 || code === 0x202f || code === 0x205f;
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
