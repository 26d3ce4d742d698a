/**
 * Pairs an article's quotation marks into quotes, paragraph by paragraph: a quote left open at a
 * paragraph's end may go on in the next (`findContinuation`), a mark may close, open, or be a
 * stray (`pairParagraph`); the stack of open quotes is `openQuotes.ts`'s.
 */
import { checkBudget } from '../budget';
import type { ParsedArticle, Span } from '../types';
import { quoteWithLostOpening } from './lostOpening';
import { nestsInOtherStyle } from './markStyles';
import { readMarks, type Mark } from './marks';
import { charBefore, closeAt, endBefore, findFamily, findOwner, lastWordCharacter, lookAhead, pushQuote, pushUnclosed, type LookAhead, type OpenQuote } from './openQuotes';
import type { RawQuote } from './quoteKind';

/** How many marks-free paragraphs an unclosed quote may run through before its closing mark shows. */
const maxSkippedParagraphs = 2;

/** Reads the marks of every paragraph and pairs them into quotes. */
export function pairMarks(parsed: ParsedArticle): RawQuote[] {
	const { text, paragraphs } = parsed;
	const quotes: RawQuote[] = [];
	const marksOf = paragraphs.map((paragraph) => readMarks(text, paragraph));
	let stack: OpenQuote[] = [];
	for (let index = 0; index < paragraphs.length; index++) {
		let marks = marksOf[index];
		if (stack.length > 0) {
			const outer = stack[0];
			const next = findContinuation(text, marksOf, paragraphs, index, outer.mark);
			if (next === undefined) {
				pushUnclosed(quotes, outer, paragraphs[index - 1].end, text);
				stack = [];
			} else {
				index = next.index;
				marks = marksOf[index];
				if (next.reopens) {
					marks = marks.slice(1);
				}
			}
		}
		stack = pairParagraph(text, paragraphs[index], marks, stack, quotes);
		if (index === paragraphs.length - 1 && stack.length > 0) {
			pushUnclosed(quotes, stack[0], paragraphs[index].end, text);
		}
	}
	return quotes.sort((a, b) => a.start - b.start);
}

/**
 * Decides whether a quote left open at the end of paragraph `index - 1` goes on.
 *
 * - Journalistic convention: the next paragraph opens with a mark of the same family
 *   ("…the strait.¶“And then …”"): the quote continues and that mark only re-opens it.
 * - One sentence a paragraph, as in corpora rebuilt from tokens: the next paragraphs that hold
 *   marks start with a closing one ("…the harbour.¶It will not last.""): the quote runs on
 *   until it, over at most `maxSkippedParagraphs` paragraphs with no marks.
 *
 * @returns The paragraph the quote goes on in, and whether its first mark is a re-opening one.
 */
function findContinuation(
	text: string,
	marksOf: Mark[][],
	paragraphs: Span[],
	index: number,
	opening: Mark,
): { index: number; reopens: boolean } | undefined {
	const first = marksOf[index][0];
	if (first?.at === paragraphs[index].start && first.family === opening.family && first.role !== 'close') {
		return { index, reopens: true };
	}
	for (let next = index; next < paragraphs.length && next <= index + maxSkippedParagraphs; next++) {
		const marks = marksOf[next];
		if (marks.length === 0) {
			continue;
		}
		const head = marks[0];
		const ownFamily = marks.filter((mark) => mark.family === opening.family);
		// "…for good, "she added": a mark after a comma ends the quote, whichever way it leans.
		const closes = head.family === opening.family && (head.role !== 'open' || charBefore(text, head.at, paragraphs[next].start) === ',');
		// NOTE: straight marks alternate, so a paragraph that ends a quote holds an odd number of them.
		const balanced = head.char !== '"' || ownFamily.length % 2 === 1;
		return closes && balanced ? { index: next, reopens: false } : undefined;
	}
	return undefined;
}

/**
 * Pairs the marks of one paragraph, starting with the quotes still open from the paragraphs before.
 *
 * @returns The quotes left open at the paragraph's end (outermost first).
 */
function pairParagraph(text: string, paragraph: Span, marks: Mark[], openQuotes: OpenQuote[], quotes: RawQuote[]): OpenQuote[] {
	const stack = [...openQuotes];
	const ahead = lookAhead(marks);
	const lastWord = lastWordCharacter(text, paragraph);
	for (let k = 0; k < marks.length; k++) {
		checkBudget();
		const mark = marks[k];
		const owner = findOwner(stack, mark);
		if (owner >= 0 && mark.role !== 'open') {
			if (mark.weak && ahead.strongerCloser[k]) {
				continue;
			}
			closeAt(stack, owner, mark, quotes, text);
			continue;
		}
		if (mark.role === 'close' || mark.role === 'closeOnly') {
			// A stray closing mark ("…a fair peace “. “"): nothing to close, unless it opens a quote by mistake,
			// or closes one whose opening mark was lost ("…sail on, ” says one captain": `lostOpening.ts`).
			if (opensByMistake(text, paragraph, marks, k, ahead) && findFamily(stack, mark.family) < 0) {
				stack.push({ mark, depth: stack.length });
			} else if (stack.length === 0) {
				const lost = quoteWithLostOpening(text, paragraph, marks, k);
				if (lost) {
					pushQuote(quotes, { ...lost.span, inner: lost.inner, closed: true, direct: true, depth: 0 }, text);
				}
			}
			continue;
		}
		const same = findFamily(stack, mark.family);
		if (same >= 0 && nestsInOtherStyle(stack[same].mark, marks, k, stack[same].mark.at <= paragraph.start)) {
			stack.push({ mark, depth: stack.length });
			continue;
		}
		if (same >= 0) {
			// Marks of one family do not nest ("“…“…”"): the new mark ends the open quote or starts the next.
			if (endsOpenQuote(text, paragraph, marks, k, ahead)) {
				closeAt(stack, same, mark, quotes, text);
				continue;
			}
			endBefore(stack, same, mark.at, quotes, text);
		}
		// A letter or digit somewhere after the mark in its paragraph.
		if (lastWord > mark.at) {
			stack.push({ mark, depth: stack.length });
		}
	}
	// An inner quote still open at the paragraph's end was an apostrophe ("the players' union").
	return stack.slice(0, 1);
}

/** Words after a mark, past white space and an ellipsis (" … if", " there"). */
const wordAfterPattern = /^\s*(?:…\s*)?[\p{L}\p{N}]/u;

/**
 * A closing glyph typed where an opening one belongs: "He says,” there are people who never get
 * heard.”", "” … if the mayor can visit, so can she,” it read." It opens a quote when it stands at
 * the paragraph's start or after a comma or colon, words follow it, and the next mark of its
 * family in the paragraph is another closing glyph.
 */
function opensByMistake(text: string, paragraph: Span, marks: Mark[], k: number, ahead: LookAhead): boolean {
	const mark = marks[k];
	const next = ahead.nextOfFamily[k];
	if (mark.char !== '”' || next < 0 || marks[next].char !== '”' || marks[next].role !== 'close') {
		return false;
	}
	const before = charBefore(text, mark.at, paragraph.start);
	return (mark.at === paragraph.start || before === ',' || before === ':') && wordAfterPattern.test(text.slice(mark.at + 1, mark.at + 8));
}

/**
 * An opening mark met while a quote of its family is open ends that quote when the text before
 * it ends a phrase with a comma ("…ready for us, "a friend said"), or when no later mark of the
 * family could close a new quote (a curly opening mark used as a closing one).
 */
function endsOpenQuote(text: string, paragraph: Span, marks: Mark[], k: number, ahead: LookAhead): boolean {
	if (charBefore(text, marks[k].at, paragraph.start) === ',') {
		return true;
	}
	const later = ahead.nextOfFamily[k];
	return later < 0 || marks[later].role === 'open';
}
