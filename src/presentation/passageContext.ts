import type { Span } from '../core/types';

/** A passage with the sentence around it, cut to a readable length. */
export interface PassageInContext {
	/** The sentence's text before the passage ("…" first when cut). */
	before: string;
	/** The passage itself. */
	inside: string;
	/** The sentence's text after it ("…" last when cut). */
	after: string;
}

/** The most shown on either side of the passage, in characters. */
const maxSide = 140;

/**
 * The sentence around a short passage, so that a figure can be judged where it stands: "two
 * jurors" alone says little; "Two jurors were dismissed on Monday" says what it counts. The
 * sentence ends at `.`, `!` or `?` followed by a space, or at a line end (a paragraph, a headline).
 *
 * @param text The article's text.
 * @param span The passage.
 * @returns The passage with what comes before and after it in its sentence.
 */
export function sentenceAround(text: string, span: Span): PassageInContext {
	let start = span.start;
	while (start > 0 && start > span.start - maxSide && text[start - 1] !== '\n' && text[start - 1] !== '\r' && !/[.!?]["'”’)]?\s$/.test(text.slice(Math.max(0, start - 3), start))) {
		start--;
	}
	let end = span.end;
	while (end < text.length && end < span.end + maxSide && text[end] !== '\n' && text[end] !== '\r' && !/^[.!?]["'”’)]?(?:\s|$)/.test(text.slice(end, end + 3))) {
		end++;
	}
	// Keep the full stop that ends the sentence.
	const stop = /^[.!?]["'”’)]?/.exec(text.slice(end, end + 2));
	if (stop && end < span.end + maxSide) {
		end += stop[0].length;
	}
	const cutBefore = start > 0 && start <= span.start - maxSide;
	const cutAfter = end < text.length && end >= span.end + maxSide;
	const before = text.slice(start, span.start).replace(/\s+/g, ' ').trimStart();
	const after = text.slice(span.end, end).replace(/\s+/g, ' ').trimEnd();
	return {
		before: cutBefore ? `…${before.replace(/^\S*\s/, '')}` : before,
		inside: text.slice(span.start, span.end).replace(/\s+/g, ' '),
		after: cutAfter ? `${after.replace(/\s\S*$/, '')}…` : after,
	};
}
