/**
 * Double quotation marks of two styles, straight (") and curly (“ ”): a quote opened with one
 * style may hold a quote in the other, as marks of one family otherwise do not nest: "The sign
 * read “Closed,” and we left," Vos said.
 */

/** What these rules read of a mark (`quotes.ts` reads the rest). */
export interface StyledMark {
	/** The mark itself. */
	char: string;
	/** Which marks it pairs with. */
	family: string;
	/** What it may do here. */
	role: string;
	/** Characters it takes: 2 for a mark typed as two apostrophes. */
	width: number;
}

/** Straight or curly. */
function styleOf(char: string): 'straight' | 'curly' {
	return char === '"' ? 'straight' : 'curly';
}

/** A double mark of one character. */
function isDouble(mark: StyledMark): boolean {
	return mark.family === 'double' && mark.width === 1;
}

/**
 * A double mark that opens inside a quote opened with the other style nests in it: "The sign read
 * “Closed,” and we left," Vos said. Only when the paragraph holds a later mark of the inner style
 * that closes it, and after that one of the outer style; or, when the outer quote opens the
 * paragraph, no mark of its style at all: a quote running on over paragraphs closes only in the
 * last one.
 *
 *   "The board is not about “fair play” anymore. It is about a plan.¶"The plan …"   → one quote, “fair play” inside
 *
 * @param outer The mark that opened the quote still open.
 * @param marks The paragraph's marks.
 * @param k The index of the mark read.
 * @param opensParagraph The outer mark opens the paragraph, or a paragraph before it (a quote run on).
 */
export function nestsInOtherStyle(outer: StyledMark, marks: StyledMark[], k: number, opensParagraph = false): boolean {
	const mark = marks[k];
	if (!isDouble(mark) || !isDouble(outer) || mark.role !== 'open' || styleOf(outer.char) === styleOf(mark.char)) {
		return false;
	}
	const closes = (other: StyledMark, style: string) => isDouble(other) && styleOf(other.char) === style && other.role !== 'open';
	const inner = marks.findIndex((other, i) => i > k && closes(other, styleOf(mark.char)));
	if (inner <= k) {
		return false;
	}
	const outerAfter = marks.some((other, i) => i > inner && isDouble(other) && styleOf(other.char) === styleOf(outer.char));
	return outerAfter ? marks.some((other, i) => i > inner && closes(other, styleOf(outer.char))) : opensParagraph;
}

/**
 * The open quote of the mark's own style that a quote of the other style nests in: a straight
 * mark closes the straight quote ("…“Closed,” and we left,"), a curly one the curly quote.
 *
 * @param open The opening marks of the quotes still open, outermost first.
 * @param mark A closing mark.
 * @returns Its index in `open`, or -1 when no quote of the other style nests in one of its own.
 */
export function ownStyleOwner(open: StyledMark[], mark: StyledMark): number {
	if (!isDouble(mark)) {
		return -1;
	}
	let own = open.length - 1;
	while (own >= 0 && !(isDouble(open[own]) && styleOf(open[own].char) === styleOf(mark.char))) {
		own--;
	}
	return own >= 0 && open.some((other, i) => i > own && other.family === 'double' && styleOf(other.char) !== styleOf(mark.char)) ? own : -1;
}
