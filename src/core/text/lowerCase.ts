/**
 * Words in lower case, cut from the whole text lowered once. An article with one curly quote
 * (“ ’) is a string of two-byte characters, and lowering a two-byte word goes through the
 * Unicode library at every call, four times the cost of a plain slice: the name finder, the figure
 * grammar and the speaker rules lower nearly every word they read.
 */

/**
 * The text in lower case when lowering it at once gives every word what lowering the word alone
 * gives, so that `lowered.slice(start, end)` is `text.slice(start, end).toLowerCase()`:
 * each character then lowers on its own, to one character. Two exceptions: "İ" lowers to two
 * characters (offsets would shift), and "Σ" lowers by its context (final "ς" at a word's end
 * in "ΟΔΟΣ", "σ" inside a longer run); with either, `undefined`.
 *
 * @param text A text.
 * @returns The lowered text, or `undefined` when words must be lowered one by one.
 */
export function lowerCaseText(text: string): string | undefined {
	const lowered = text.toLowerCase();
	return lowered.length === text.length && !text.includes('\u03a3') ? lowered : undefined;
}

/**
 * `text.slice(start, end).toLowerCase()`, cut from `lowered` when the caller has it.
 * NOTE: a word of 13 characters or more ("humanitarian") is lowered alone: V8 keeps a slice that
 * long as a view of the whole lowered text, which a kept key would then keep alive.
 *
 * @param text The text.
 * @param lowered `lowerCaseText(text)`.
 * @param start Where the word starts (never inside a surrogate pair).
 * @param end Where it ends (likewise).
 * @returns The word in lower case.
 */
export function lowerWord(text: string, lowered: string | undefined, start: number, end: number): string {
	return lowered === undefined || end - start >= 13 ? text.slice(start, end).toLowerCase() : lowered.slice(start, end);
}

/** Whether `text[start, end)` is small ASCII letters only ("said", "of"): its own lower case, with nothing to lower. */
export function isSmallWord(text: string, start: number, end: number): boolean {
	for (let i = start; i < end; i++) {
		const code = text.charCodeAt(i);
		if (code < 97 || code > 122) {
			return false;
		}
	}
	return true;
}

/**
 * The last text lowered: the figure grammar, the name finder and the speaker rules read one
 * article after the other, each stretch after stretch. NOTE: one text only, not a map of every
 * article: the lowered copy is as big as the text, and a report keeps every parsed article. The
 * same string object is met again, so the comparison is one of references.
 */
let last: { text: string; lowered: string | undefined } | undefined;

/** `lowerCaseText(text)`, worked out once for consecutive calls on one article's text. */
export function lowerCaseOnce(text: string): string | undefined {
	if (last?.text !== text) {
		last = { text, lowered: lowerCaseText(text) };
	}
	return last.lowered;
}
