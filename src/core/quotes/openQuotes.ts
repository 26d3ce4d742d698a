/**
 * The stack of quotes a paragraph leaves open while its marks are paired (`pairMarks.ts`): which
 * open quote a mark closes, and the quotes recorded when one closes or a paragraph ends it.
 */
import type { Span } from '../types';
import type { Family, Mark } from './marks';
import type { RawQuote } from './quoteKind';
import { ownStyleOwner } from './markStyles';

// Built once: under tsx (the tests) a literal with `\p{…}` inside a function is rebuilt at every call (see `entities/wordShapes.ts`).
/** A letter or a digit ("a", "7"). */
const letterOrDigitPattern = /[\p{L}\p{N}]/u;

/** A quote whose opening mark has been seen and whose closing mark has not (yet). */
export interface OpenQuote {
	/** The opening mark. */
	mark: Mark;
	/** How many quotes it sits in. */
	depth: number;
}
/** What lies ahead of each mark of a paragraph, read in one backward pass (not one scan per mark). */
export interface LookAhead {
	/** Index of the next mark of the same family, or -1. */
	nextOfFamily: number[];
	/**
	 * A later mark of the same family, before the end of any enclosing quote, that closes for sure:
	 * then "the players' union" kept its apostrophe ("'the players' union is split'").
	 */
	strongerCloser: boolean[];
}

const familyNumber: Record<Family, number> = { double: 0, single: 1, guillemet: 2, angle: 3 };

export function lookAhead(marks: Mark[]): LookAhead {
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
export function lastWordCharacter(text: string, paragraph: Span): number {
	for (let i = paragraph.end - 1; i >= paragraph.start; i--) {
		if (letterOrDigitPattern.test(text[i])) {
			return i;
		}
	}
	return -1;
}

/** The last character before `at` that is not white space, within the paragraph. */
export function charBefore(text: string, at: number, floor: number): string {
	let before = at - 1;
	while (before > floor && /\s/.test(text[before])) {
		before--;
	}
	return before >= floor ? text[before] : '';
}

/** Index of the innermost open quote the mark can close, or -1. */
export function findOwner(stack: OpenQuote[], mark: Mark): number {
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

export function findFamily(stack: OpenQuote[], family: Family): number {
	for (let i = stack.length - 1; i >= 0; i--) {
		if (stack[i].mark.family === family) {
			return i;
		}
	}
	return -1;
}

/** Closes `stack[owner]` with `mark`; quotes opened inside it and never closed are dropped or cut. */
export function closeAt(stack: OpenQuote[], owner: number, mark: Mark, quotes: RawQuote[], text: string): void {
	for (let i = stack.length - 1; i > owner; i--) {
		pushUnclosed(quotes, stack[i], mark.at, text);
	}
	const opening = stack[owner].mark;
	pushQuote(quotes, { start: opening.at, end: mark.at + mark.width, inner: { start: opening.at + opening.width, end: mark.at }, closed: true, direct: true, depth: stack[owner].depth }, text);
	stack.length = owner;
}

/** Ends `stack[owner]` (and what it holds) without a closing mark, just before `at`. */
export function endBefore(stack: OpenQuote[], owner: number, at: number, quotes: RawQuote[], text: string): void {
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
export function pushUnclosed(quotes: RawQuote[], open: OpenQuote, end: number, text: string): void {
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
export function pushQuote(quotes: RawQuote[], quote: RawQuote, text: string): void {
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
