import { documentNouns } from '../text/lexicon/sources';
import { spanEdges, timeSpanNouns, weekdays } from '../text/lexicon/time';
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
 *   …, according to a filing lodged by attorney Ida Marsh.   → filing lodged by attorney Ida Marsh
 *   …, according to a survey last year by economists at Kent College.  → survey last year by economists at Kent College
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
	const document = isDocument(phrase.named.name);
	// "a study last year by …", "a court filing lodged by …": a time or a participle between a document and "by".
	const at = (document ? byAfterDocument(tokens, phrase.end) : undefined) ?? phrase.end;
	const preposition = tokens[at];
	if (!preposition || !(complementPrepositions.has(preposition.lower) || (document && preposition.lower === 'in'))) {
		return undefined;
	}
	if (!document && (capitalStartPattern.test(phrase.named.name) || !isSureSpeaker(phrase.named.name))) {
		return undefined;
	}
	let complement = readPhrase(tokens, at + 1, to);
	// "a study by economists at Kent University": a document's authors, named by where they work.
	const workplace = document && complement && !tokens.slice(phrase.end + 1, complement.end).some((token) => token.cap) ? placeOfWork(tokens, complement.end, to, readPhrase) : undefined;
	complement = workplace ?? complement;
	// "a study by economists Ada Vos and Tom Brandt": two names joined ("… and the University of Kent").
	const and = complement && tokens[complement.end]?.lower === 'and' ? complement.end + (tokens[complement.end + 1]?.lower === 'the' ? 2 : 1) : -1;
	const joined = and > 0 && tokens[and]?.cap ? readPhrase(tokens, and, to) : undefined;
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

/** A past participle that tells who made a document ("filed by", "commissioned by"): "-ed", or one of a few irregular ones. */
const madeByPattern = /^(?:\p{L}{3,}ed|written|drawn|done|made|undertaken)$/u;

/**
 * A document, one or several ("report", "calculations"): its head, before a time or a participle
 * that the phrase may have taken in ("study last year", "memo written").
 */
function isDocument(name: string): boolean {
	const words = name.split(/\s+/);
	let last = words.length - 1;
	if (last > 0 && madeByPattern.test(words[last])) {
		last--;
	}
	if (last > 1 && spanEdges.has(words[last - 1]) && timeSpanNouns.has(words[last])) {
		last -= 2;
	}
	const head = words[last] ?? '';
	return documentNouns.has(head) || documentNouns.has(head.replace(/s$/, ''));
}

/**
 * The index of "by" after a document when a time ("last year", "this week", "Tuesday") or a
 * participle ("filed", "written"), or both, stand between: "a study last year by …", "a court
 * document filed by …"; `undefined` when none does.
 */
function byAfterDocument(tokens: Token[], at: number): number | undefined {
	let k = at;
	if (spanEdges.has(tokens[k]?.lower ?? '') && timeSpanNouns.has(tokens[k + 1]?.lower ?? '')) {
		k += 2;
	} else if (weekdays.has(tokens[k]?.lower ?? '') && tokens[k]?.cap) {
		k++;
	}
	if (madeByPattern.test(tokens[k]?.lower ?? '')) {
		k++;
	}
	return k > at && tokens[k]?.lower === 'by' ? k : undefined;
}

/** "economists at Kent University", "researchers from the Dover Institute": authors in lower case and where they work. */
function placeOfWork(tokens: Token[], at: number, to: number, readPhrase: PhraseReader): { named: Named; end: number } | undefined {
	const preposition = tokens[at]?.lower;
	if (preposition !== 'at' && preposition !== 'from' && preposition !== 'of') {
		return undefined;
	}
	const place = readPhrase(tokens, at + 1, to);
	return place && tokens.slice(at + 1, place.end).some((token) => token.cap) ? place : undefined;
}
