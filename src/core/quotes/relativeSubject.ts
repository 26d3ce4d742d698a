import type { Named, Token } from './attributionTypes';
import { nounPhraseBefore } from './phrases';
import { isSureSpeaker } from './sureSpeaker';

/**
 * A subject with a restrictive relative clause before its speech verb: "a harbour official who
 * spoke anonymously to discuss the plan said, “…”" — the official speaks, not "the plan", the
 * phrase right before the verb.
 */

/** The most tokens a relative clause may hold between "who" and the verb. */
const maxClause = 14;

/**
 * The noun phrase before a "who" that opens a clause ending right before the verb at `v`, when no
 * comma stands between (a comma makes it an apposition, read elsewhere).
 *
 * @param tokens The tokens before the quote.
 * @param v The speech verb's index.
 * @param floor The first token the subject may use.
 * @returns The subject and the index of its first token.
 */
export function subjectBeforeRelativeClause(tokens: Token[], v: number, floor: number): { named: Named; first: number } | undefined {
	// "a candidate who promised …: “…”": "who" right before the verb makes the verb the clause's own.
	for (let k = v - 2; k > floor && k >= v - maxClause; k--) {
		const token = tokens[k];
		if (!token.word || tokens[v - 1].lower === 'who') {
			return undefined;
		}
		if (token.lower !== 'who') {
			continue;
		}
		const head = tokens[k - 1].word ? nounPhraseBefore(tokens, k - 1, floor) : undefined;
		return head && isSureSpeaker(head.named.name) ? head : undefined;
	}
	return undefined;
}
