import { attributeSpeech } from './quotes/speakers';
import { nestsInOtherStyle, ownStyleOwner } from './quotes/markStyles';
import { readMarks, type Family, type Mark } from './quotes/marks';
import { kindOf, type RawQuote } from './quotes/quoteKind';
import { quoteWithLostOpening } from './quotes/lostOpening';
import { checkBudget } from './budget';
import type { ParsedArticle, Quote, Span } from './types';

// Built once: under tsx (the tests) a literal with `\p{…}` inside a function is rebuilt at every call (see `entities/wordShapes.ts`).
/** A letter or a digit ("a", "7"). */
const letterOrDigitPattern = /[\p{L}\p{N}]/u;

/** A quote whose opening mark has been seen and whose closing mark has not (yet). */
interface OpenQuote {
	/** The opening mark. */
	mark: Mark;
	/** How many quotes it sits in. */
	depth: number;
}

/** How many marks-free paragraphs an unclosed quote may run through before its closing mark shows. */
const maxSkippedParagraphs = 2;

/**
 * Finds the quotations of an article: direct quotes between quotation marks (straight, curly,
 * low-9, guillemets; nested; continued over paragraph breaks; unclosed), scare quotes and titles,
 * and reported speech ("Lu said he understood …"), each with its speaker when the text names one.
 *
 * @param parsed The parsed article; marks are read in `parsed.text` (prose only).
 * @returns Quotes sorted by start; `text` is `article.text.slice(inner.start, inner.end)`.
 */
export function findQuotes(parsed: ParsedArticle): Quote[] {
	const raw = pairMarks(parsed);
	const outer = raw.filter((quote) => quote.depth === 0);
	const direct: Quote[] = raw.map((quote) => ({
		...quote,
		text: parsed.article.text.slice(quote.inner.start, quote.inner.end),
		kind: kindOf(parsed, quote, outer),
	}));
	// Only speech is direct: a title ("the film “Harbour Lights”"), a term ("the so-called “levy”")
	// and a scare quote nobody was found to say ("hailed the “new dawn”") are nobody's words.
	// NOTE: PolNeAR's annotators count some scare quotes as quotes; reporting them as direct was
	// measured: span F1 train 0.943 → 0.947, dev 0.949 → 0.945 once they are not.
	return attributeSpeech(parsed, direct)
		.map((quote) => (quote.kind !== 'speech' ? { ...quote, direct: false } : quote))
		.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Reads the marks of every paragraph and pairs them into quotes. */
function pairMarks(parsed: ParsedArticle): RawQuote[] {
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

/** What lies ahead of each mark of a paragraph, read in one backward pass (not one scan per mark). */
interface LookAhead {
	/** Index of the next mark of the same family, or -1. */
	nextOfFamily: number[];
	/**
	 * A later mark of the same family, before the end of any enclosing quote, that closes for sure:
	 * then "the players' union" kept its apostrophe ("'the players' union is split'").
	 */
	strongerCloser: boolean[];
}

const familyNumber: Record<Family, number> = { double: 0, single: 1, guillemet: 2, angle: 3 };

function lookAhead(marks: Mark[]): LookAhead {
	const nextOfFamily = new Array<number>(marks.length);
	const strongerCloser = new Array<boolean>(marks.length);
	// Per family, from the mark being read: the next mark, the next `close` mark, the next sure closer.
	const next = [-1, -1, -1, -1];
	const nextClose = [Infinity, Infinity, Infinity, Infinity];
	const nextSure = [Infinity, Infinity, Infinity, Infinity];
	for (let k = marks.length - 1; k >= 0; k--) {
		const family = familyNumber[marks[k].family];
		nextOfFamily[k] = next[family];
		// The first sure closer of the family comes before any `close` mark of another family.
		let otherClose = Infinity;
		for (let other = 0; other < 4; other++) {
			otherClose = other === family ? otherClose : Math.min(otherClose, nextClose[other]);
		}
		strongerCloser[k] = nextSure[family] < otherClose;
		next[family] = k;
		if (marks[k].role === 'close') {
			nextClose[family] = k;
		}
		if (!marks[k].weak && marks[k].role !== 'open') {
			nextSure[family] = k;
		}
	}
	return { nextOfFamily, strongerCloser };
}

/** Offset of the last letter or digit of a paragraph, or -1. */
function lastWordCharacter(text: string, paragraph: Span): number {
	for (let i = paragraph.end - 1; i >= paragraph.start; i--) {
		if (letterOrDigitPattern.test(text[i])) {
			return i;
		}
	}
	return -1;
}

/** The last character before `at` that is not white space, within the paragraph. */
function charBefore(text: string, at: number, floor: number): string {
	let before = at - 1;
	while (before > floor && /\s/.test(text[before])) {
		before--;
	}
	return before >= floor ? text[before] : '';
}

/** Index of the innermost open quote the mark can close, or -1. */
function findOwner(stack: OpenQuote[], mark: Mark): number {
	// A straight mark closes the straight quote a curly one nests in ("…“Closed,” and we left,"), and so the other way.
	const style = ownStyleOwner(stack.map((open) => open.mark), mark);
	if (style >= 0) {
		return style;
	}
	for (let i = stack.length - 1; i >= 0; i--) {
		const opening = stack[i].mark;
		if (opening.family !== mark.family) {
			continue;
		}
		// Guillemets close with the other glyph: «…» in French, »…« in German.
		if ((mark.family === 'guillemet' || mark.family === 'angle') && opening.char === mark.char) {
			return -1;
		}
		return i;
	}
	return -1;
}

function findFamily(stack: OpenQuote[], family: Family): number {
	for (let i = stack.length - 1; i >= 0; i--) {
		if (stack[i].mark.family === family) {
			return i;
		}
	}
	return -1;
}

/** Closes `stack[owner]` with `mark`; quotes opened inside it and never closed are dropped or cut. */
function closeAt(stack: OpenQuote[], owner: number, mark: Mark, quotes: RawQuote[], text: string): void {
	for (let i = stack.length - 1; i > owner; i--) {
		pushUnclosed(quotes, stack[i], mark.at, text);
	}
	const opening = stack[owner].mark;
	pushQuote(quotes, { start: opening.at, end: mark.at + mark.width, inner: { start: opening.at + opening.width, end: mark.at }, closed: true, direct: true, depth: stack[owner].depth }, text);
	stack.length = owner;
}

/** Ends `stack[owner]` (and what it holds) without a closing mark, just before `at`. */
function endBefore(stack: OpenQuote[], owner: number, at: number, quotes: RawQuote[], text: string): void {
	for (let i = stack.length - 1; i >= owner; i--) {
		pushUnclosed(quotes, stack[i], at, text);
	}
	stack.length = owner;
}

/**
 * Records a quote that has no closing mark, ending at `end` (trailing white space left out).
 * NOTE: an unclosed single mark is nearly always an apostrophe ("'cause", "goin'"), so it is
 * kept only when it is the outermost quote and opened with a curly ‘.
 */
function pushUnclosed(quotes: RawQuote[], open: OpenQuote, end: number, text: string): void {
	if (open.mark.family === 'single' && (open.depth > 0 || open.mark.char !== '‘')) {
		return;
	}
	while (end > open.mark.at + open.mark.width && /\s/.test(text[end - 1])) {
		end--;
	}
	pushQuote(quotes, { start: open.mark.at, end, inner: { start: open.mark.at + open.mark.width, end }, closed: false, direct: true, depth: open.depth }, text);
}

/**
 * Keeps a quote that holds at least one letter or digit ("“ ”" is not one); its words are
 * trimmed of the white space that spaced marks leave inside ("“ ensconced in the bosom ”").
 */
function pushQuote(quotes: RawQuote[], quote: RawQuote, text: string): void {
	const inner = { ...quote.inner };
	while (inner.start < inner.end && /\s/.test(text[inner.start])) {
		inner.start++;
	}
	while (inner.end > inner.start && /\s/.test(text[inner.end - 1])) {
		inner.end--;
	}
	if (holdsWord(text, inner.start, inner.end)) {
		quotes.push({ ...quote, inner });
	}
}

/** A letter or a digit somewhere in `text` from `from` to `to`. */
function holdsWord(text: string, from: number, to: number): boolean {
	for (let i = from; i < to; i++) {
		if (letterOrDigitPattern.test(text[i])) {
			return true;
		}
	}
	return false;
}

