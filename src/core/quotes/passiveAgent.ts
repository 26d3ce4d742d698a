import { puttingToVerbs } from '../text/lexicon/askingVerbs';
import type { Named, Token } from './attributionTypes';
import { nounPhraseAfter } from './phrases';

/**
 * A question or words put to someone, said by the agent of the passive: "Brandt was asked by host
 * Lena Ortiz, “Did you read the contract?”" is Ortiz's question, not Brandt's words.
 */

/**
 * The agent of a passive verb of asking at `v` ("was asked by host Lena Ortiz"), read up to `end`.
 *
 * @param tokens The tokens before the quote.
 * @param v The verb's index (its auxiliary stands before it).
 * @param end Where the tokens before the quote's marks end.
 */
export function passiveAgent(tokens: Token[], v: number, end: number): Named | undefined {
	if (!puttingToVerbs.has(tokens[v].lower) || tokens[v + 1]?.lower !== 'by') {
		return undefined;
	}
	return nounPhraseAfter(tokens, v + 2, end)?.named;
}
