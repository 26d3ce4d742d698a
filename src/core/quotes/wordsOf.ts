import type { TaggedToken } from '../text/tagger';
import { lastBefore, type ClauseSubject } from './clausePhrase';

/**
 * Whose words a quote is, said right before it: "in the Courier’s words, “…”", "In Vos’ words:
 * “…”", "in the words of Ada Vos, “…”". The owner of the words speaks, whatever the clause's
 * subject ("Tolls rose again and, in the Courier’s words, “…”" → the Courier, not the tolls).
 *
 * @param tokens The sentence's tokens, tagged.
 * @param quoteStart Where the quote's opening mark stands.
 * @returns The owner, a name of one to four proper nouns, or nothing.
 */
export function wordsOwner(tokens: TaggedToken[], quoteStart: number): ClauseSubject | undefined {
	let k = lastBefore(tokens, quoteStart);
	while (k >= 0 && (tokens[k].text === ',' || tokens[k].text === ':')) {
		k--;
	}
	if (tokens[k]?.lower === 'words') {
		// "in the Courier’s words", "in Vos’ words": the possessive mark, then the name before it.
		const mark = tokens[k - 1];
		if (!mark || !/^['’]s?$/.test(mark.text)) {
			return undefined;
		}
		return nameEndingAt(tokens, k - 2, (first) => tokens[first - 1]?.lower === 'in' || (tokens[first - 1]?.lower === 'the' && tokens[first - 2]?.lower === 'in'));
	}
	// "in the words of Ada Vos": the name after "of".
	let first = k;
	while (first > 0 && tokens[first - 1].pos === 'PROPN') {
		first--;
	}
	const opens = tokens[first - 1]?.lower === 'of' && tokens[first - 2]?.lower === 'words' && tokens[first - 3]?.lower === 'the' && tokens[first - 4]?.lower === 'in';
	return opens && first <= k && k - first < 4 ? named(tokens, first, k) : undefined;
}

/** The run of proper nouns that ends at `last`, when `opens` accepts where it starts. */
function nameEndingAt(tokens: TaggedToken[], last: number, opens: (first: number) => boolean): ClauseSubject | undefined {
	let first = last;
	while (first > 0 && tokens[first - 1].pos === 'PROPN' && last - first < 3) {
		first--;
	}
	return last >= 0 && tokens[last].pos === 'PROPN' && opens(first) ? named(tokens, first, last) : undefined;
}

function named(tokens: TaggedToken[], first: number, last: number): ClauseSubject {
	return { name: tokens.slice(first, last + 1).map((token) => token.text).join(' '), span: { start: tokens[first].start, end: tokens[last].end }, kind: 'name' };
}
