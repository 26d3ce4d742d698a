import { subordinators } from '../text/lexicon/functionWords';
import type { Token } from './attributionTypes';

/**
 * A speech verb inside a clause that opens with "when", "as", "after" … and closes with a comma
 * speaks for that clause only: "When the mayor claimed the ferries would leave, Ortiz hit back: “…”"
 * (Ortiz, not the mayor), "After Brandt spoke, the union urged its members to reject “…”" (the
 * union), read by the sentence's structure. A clause with "as" is left alone.
 */

/**
 * Whether the subject that starts at `first` opens a subordinate clause that a comma closes after
 * the verb at `v`, with words of a main clause between that comma and `end` (the quote).
 *
 * @returns The index of that comma, or -1.
 */
export function subordinateClauseEnd(tokens: Token[], first: number, v: number, end: number): number {
	const opener = tokens[first - 1];
	const atStart = first - 1 === 0 || (tokens[first - 2] !== undefined && !tokens[first - 2].word);
	// "As Vos noted, the grant was halved, “…”": a clause with "as" says whose words follow.
	if (!opener || !subordinators.has(opener.lower) || opener.lower === 'as' || !atStart) {
		return -1;
	}
	const comma = tokens.findIndex((token, k) => k > v && k < end && token.text === ',');
	return comma > 0 && tokens.slice(comma + 1, end).some((token) => token.word) ? comma : -1;
}
