import { organizationHeads } from '../text/lexicon/sources';
import type { Named } from './attributionTypes';

/**
 * Which organisation "the board" is when a quote's speaker is one said with "the": the last
 * organisation the article named before it with that word at the head of its name.
 *
 *   The Kent Board of Harbours met on Monday. “The pier stays shut,” the board said.   → Kent Board of Harbours
 *   The Dover Sea Foundation counted the boats. … the foundation warned.                → Dover Sea Foundation
 *
 * A word no capitalised name holds ("the board" with no "… Board …" before) stays as written.
 */

/** How far back (in characters) the organisation may be named. */
const maxDistance = 3000;

/** A capitalised word of a name ("Kent", "O’Hara", "AT&T"). */
const nameWord = String.raw`\p{Lu}[\p{L}\p{N}'’&.-]*`;

/** "the " or "The " right before a description. */
const theBeforePattern = /\b[Tt]he\s+$/;

/** Patterns of full names by head word, built once per word. */
const patterns = new Map<string, RegExp>();

/** The capitalised names that hold `Head` ("Kent Board of Harbours", "Dover Sea Foundation"). */
function namePattern(head: string): RegExp {
	let pattern = patterns.get(head);
	if (!pattern) {
		const title = head[0].toUpperCase() + head.slice(1);
		pattern = new RegExp(String.raw`(?:${nameWord}\s+){0,4}${title}(?:\s+(?:of|for|on)(?:\s+the)?(?:\s+${nameWord}){1,4})?(?![\p{L}])`, 'gu');
		patterns.set(head, pattern);
	}
	return pattern;
}

/**
 * The organisation a definite description stands for.
 *
 * @param text The article's text.
 * @param found The description as read ("board" after "the").
 * @returns The organisation's full name where the text last wrote it, or nothing.
 */
export function organizationOf(text: string, found: Named): Named | undefined {
	const head = found.name;
	if (!organizationHeads.has(head) || !theBeforePattern.test(text.slice(Math.max(0, found.span.start - 5), found.span.start))) {
		return undefined;
	}
	const from = Math.max(0, found.span.start - maxDistance);
	const pattern = namePattern(head);
	pattern.lastIndex = from;
	let best: Named | undefined;
	for (let match = pattern.exec(text); match && match.index < found.span.start; match = pattern.exec(text)) {
		// "The Kent Board": the article is no part of the name.
		const article = /^(?:The|A|An)\s+/.exec(match[0])?.[0].length ?? 0;
		const name = match[0].slice(article).replace(/\s+/g, ' ');
		// "Board" alone (at a sentence's start) names nothing more than "the board".
		if (name.includes(' ') && match.index + match[0].length <= found.span.start) {
			best = { name, span: { start: match.index + article, end: match.index + match[0].length } };
		}
	}
	return best;
}
