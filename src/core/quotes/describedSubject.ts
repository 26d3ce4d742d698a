import type { Named, Token } from './attributionTypes';
import { nounPhraseBefore } from './phrases';
import { isSureSpeaker } from './sureSpeaker';

/**
 * A speaker described by a role and what it belongs to: "a spokesman for Kent Docks said", "a man
 * in the crowd yelled", "the board of the harbour said", "a message on the website said". The phrase right before the verb is only
 * the role's complement ("Kent Docks", "the crowd"): the role speaks, named with its complement.
 */

/** Prepositions that join a role to what it belongs to or where it stands. */
const complementPrepositions = new Set(['for', 'of', 'at', 'in', 'on', 'from', 'with', 'to']);

/**
 * The description whose complement is the phrase that starts at `first` ("Kent Docks" after "a
 * spokesman for"), when its head is a role, a person or an organisation ("spokesman", "man",
 * "board") in lower case.
 *
 * @returns The whole description ("spokesman for Kent Docks") and the index of its first token.
 */
export function describedSubject(text: string, tokens: Token[], first: number, last: number, floor: number): { named: Named; first: number } | undefined {
	const preposition = tokens[first - 1];
	if (!preposition || !complementPrepositions.has(preposition.lower) || first - 2 < floor) {
		return undefined;
	}
	const head = nounPhraseBefore(tokens, first - 2, floor);
	const headWord = tokens[first - 2];
	// "Officials in Dover said": a capital that only opens the sentence; "Brandt in Dover" is a name.
	const opening = head !== undefined && (head.first === 0 || !tokens[head.first - 1].word);
	if (!head || !headWord.word || (headWord.cap && !opening) || !isSureSpeaker(head.named.name.toLowerCase())) {
		return undefined;
	}
	const span = { start: head.named.span.start, end: tokens[last].end };
	return { named: { name: text.slice(span.start, span.end), span }, first: head.first };
}
