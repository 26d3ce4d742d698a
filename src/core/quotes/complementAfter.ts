import { documentNouns } from '../text/lexicon/sources';
import type { Named, Token } from './attributionTypes';
import { textOf } from './speechTokens';
import { isSureSpeaker } from './sureSpeaker';

/**
 * A role or a document read after its verb keeps what it belongs to, as it does before the verb
 * ("a longtime adviser to Ada Vos said" → "longtime adviser to Ada Vos"):
 *
 *   “…,” said a longtime adviser to Ada Vos.                → longtime adviser to Ada Vos
 *   “…,” said a spokeswoman for Kent Docks.                 → spokeswoman for Kent Docks
 *   …, according to a 2019 study by economists Ada Vos and Tom Brandt.  → 2019 study by economists Ada Vos and Tom Brandt
 *   “…,” reads a Tuesday editorial in The Dover Courier.     → Tuesday editorial in The Dover Courier
 *
 * The role alone ("longtime adviser") says less, and the name after "to" is no addressee. Only a
 * complement that names someone (a capital word) is kept: "said the mayor to the crowd" and "said
 * the mayor in a statement" stay the mayor. A document is also kept with the outlet it appeared in
 * ("an editorial in the Courier"), even when a day opens it ("Tuesday editorial"); a person "in"
 * a place is not ("a voter in Dover").
 */

/** Prepositions that join a role or a document to whom it belongs ("aide to", "spokesman for", "study by"). */
const complementPrepositions = new Set(['to', 'for', 'of', 'by']);

/** A capital first ("Vos"). */
const capitalStartPattern = /^\p{Lu}/u;

/** How a noun phrase is read from a token on (`phrases.ts`'s `nounPhraseAfter`, passed in: that module uses this one). */
type PhraseReader = (tokens: Token[], from: number, to: number) => { named: Named; end: number } | undefined;

/**
 * The phrase `phrase` (as `readPhrase` read it) with its complement, when the phrase is a role or
 * a document in lower case and a preposition and a name follow.
 *
 * @returns The longer name and the index past it, or `undefined` when no complement is to be kept.
 */
export function withComplement(tokens: Token[], phrase: { named: Named; end: number }, to: number, readPhrase: PhraseReader): { named: Named; end: number } | undefined {
	const preposition = tokens[phrase.end];
	const document = documentNouns.has(phrase.named.name.split(/\s+/).at(-1) ?? '');
	if (!preposition || !(complementPrepositions.has(preposition.lower) || (document && preposition.lower === 'in'))) {
		return undefined;
	}
	if ((capitalStartPattern.test(phrase.named.name) && !document) || !isSureSpeaker(phrase.named.name)) {
		return undefined;
	}
	let complement = readPhrase(tokens, phrase.end + 1, to);
	// "a study by economists Ada Vos and Tom Brandt": two names joined.
	const joined = complement && tokens[complement.end]?.lower === 'and' && tokens[complement.end + 1]?.cap ? readPhrase(tokens, complement.end + 1, to) : undefined;
	complement = joined ?? complement;
	if (!complement || !tokens.slice(phrase.end + 1, complement.end).some((token) => token.word && token.cap)) {
		return undefined;
	}
	// "said a spokesman for Kent Docks, Ada Vos": the name set off after it is who speaks (`apposition.ts`).
	if (tokens[complement.end]?.text === ',' && tokens[complement.end + 1]?.cap) {
		return undefined;
	}
	const first = tokens.findIndex((token) => token.start === phrase.named.span.start);
	const span = { start: phrase.named.span.start, end: tokens[complement.end - 1].end };
	return { named: { name: textOf(tokens, first, complement.end - 1), span }, end: complement.end };
}
