import { documentNouns } from '../text/lexicon/sources';
import type { TaggedToken } from '../text/tagger';
import { maxAppositive, readPhrase, verbInPhrase, type ClauseSubject } from './clausePhrase';

/**
 * The subject of the clause after a quote: "“Go home,” Ortiz snapped", "“…,” snapped Ortiz", and
 * the attribution that ends the quote's sentence ("Brandt “felt bound to act,” Ortiz said").
 */

/** The longest "of …" or "at …" that follows a speaker's name after a quote ("Lewis of the Martin Center for Arms Studies"). */
const maxModifierAfter = 10;

/**
 * "“Go home,” Ortiz snapped": the subject of the clause right after a quote, when a verb follows
 * it ("Ortiz snapped", "she shot back") or precedes it ("snapped Ortiz").
 *
 * @param tokens The sentence's tokens, tagged.
 * @param quoteEnd Where the quote's closing mark ends.
 * @param open Whether the quote's words end open, in a comma, "?", "!" or a dash ("“Go home,”"),
 *   as a quote does before its attribution; "a “reckless” plan" does not.
 */
export function subjectAfter(tokens: TaggedToken[], quoteEnd: number, open: boolean): ClauseSubject | undefined {
	const after = tokens.filter((token) => token.start >= quoteEnd);
	let i = 0;
	while (i < after.length && after[i].pos === 'PUNCT' && after[i].text !== '.') {
		i++;
	}
	if (!open && after[0]?.text !== ',') {
		return undefined;
	}
	const phrase = inOutlet(after, readPhrase(after, i));
	if (phrase) {
		const split = verbInPhrase(after, i, phrase.next);
		if (split) {
			return split;
		}
		let v = phrase.next;
		// "“…,” Jeffrey Lewis of the Martin Center for Arms Studies wrote": the name's "of …" and "for …".
		if (after[v]?.pos === 'ADP' && phrase.subject.kind === 'name') {
			while (v < after.length && v - phrase.next <= maxModifierAfter && ['ADP', 'DET', 'PROPN', 'NOUN', 'ADJ', 'PART'].includes(after[v].pos)) {
				v++;
			}
		}
		while (after[v]?.pos === 'ADV') {
			v++;
		}
		return isVerbAfterQuote(after[v]) ? phrase.subject : undefined;
	}
	// "“…,” snapped Ortiz"; but "“…,” referencing the crowds" is a participle with no subject after it.
	if (isVerbAfterQuote(after[i]) && !after[i].lower.endsWith('ing')) {
		return inOutlet(after, readPhrase(after, i + 1))?.subject;
	}
	return undefined;
}

/**
 * A document with the outlet it appeared in: "“…,” reads a Tuesday editorial in The Dover
 * Courier" → "Tuesday editorial in The Dover Courier", whose words name who speaks, as "the
 * Courier’s editorial" would. A person "in" a place keeps the person ("a voter in Dover").
 */
function inOutlet(tokens: TaggedToken[], phrase: ReturnType<typeof readPhrase>): ReturnType<typeof readPhrase> {
	if (!phrase || !documentNouns.has(phrase.subject.head ?? '') || tokens[phrase.next]?.lower !== 'in') {
		return phrase;
	}
	const outlet = readPhrase(tokens, phrase.next + 1);
	if (outlet?.subject.kind !== 'name') {
		return phrase;
	}
	const span = { start: phrase.subject.span.start, end: outlet.subject.span.end };
	const name = tokens
		.filter((token) => token.start >= span.start && token.end <= span.end)
		.map((token, k, all) => (k > 0 && token.start > all[k - 1].end ? ' ' : '') + token.text)
		.join('');
	return { subject: { name, span, kind: 'name', head: phrase.subject.head }, next: outlet.next };
}

/**
 * A verb right after a quote and its subject. The tagger, trained on prose, reads a rare past tense
 * there as an adjective ("“Not one more ship,” Ortiz fumed [ADJ]"); after an open quote a word in
 * -ed is the verb of the attribution.
 */
function isVerbAfterQuote(token: TaggedToken | undefined): boolean {
	return token !== undefined && (token.pos === 'VERB' || (token.pos === 'ADJ' && token.lower.endsWith('ed')));
}

/** The most words from the comma to the reporting verb of an attribution ending the sentence: short first, then with a long title. */
const shortTail = 6;
const longTail = 10;

/**
 * The attribution at the end of the sentence a quote stands in, after a comma: "Brandt “felt bound
 * to act” on the levy, Ortiz said." → Ortiz; "…, said Ada Brandt, a lawyer for the port." → Ada
 * Brandt. The whole sentence is what that person says, quote included.
 *
 * @param tokens The sentence's tokens, tagged.
 * @param quoteEnd Where the quote's closing mark ends.
 * @param isReporting Whether a word is a reporting verb ("said", "added", "told").
 */
export function tailAttribution(tokens: TaggedToken[], quoteEnd: number, isReporting: (token: TaggedToken) => boolean): ClauseSubject | undefined {
	// "“…” that would answer the union, harbour board senior legal counsel Ada Lewis Brandt wrote":
	// a long title before the name, read only when no shorter attribution is found.
	return tailWithin(tokens, quoteEnd, isReporting, shortTail) ?? tailWithin(tokens, quoteEnd, isReporting, longTail);
}

/** `tailAttribution` with at most `reach` words from the comma to the verb. */
function tailWithin(tokens: TaggedToken[], quoteEnd: number, isReporting: (token: TaggedToken) => boolean, reach: number): ClauseSubject | undefined {
	let comma = -1;
	for (let k = tokens.length - 1; k >= 0 && tokens[k].start >= quoteEnd; k--) {
		if (tokens[k].text === ',') {
			// The attribution is the first clause after a comma that holds a reporting verb.
			const verb = tokens.findIndex((token, j) => j > k && isReporting(token));
			if (verb > k && verb - k <= reach) {
				comma = k;
			}
		}
	}
	if (comma < 0) {
		return undefined;
	}
	if (isReporting(tokens[comma + 1])) {
		return readPhrase(tokens, comma + 2)?.subject ?? nameBeforeAppositive(tokens, quoteEnd, comma);
	}
	const phrase = readPhrase(tokens, comma + 1);
	if (!phrase) {
		return undefined;
	}
	let v = phrase.next;
	while (tokens[v]?.pos === 'ADV') {
		v++;
	}
	return tokens[v] && isReporting(tokens[v]) ? phrase.subject : undefined;
}

/**
 * The name that an appositive closing at `comma` follows, after the quote: "Tolls are “a plague,”
 * Ada Vos, the former governor of Kent, proclaimed." → Ada Vos.
 */
function nameBeforeAppositive(tokens: TaggedToken[], quoteEnd: number, comma: number): ClauseSubject | undefined {
	for (let open = comma - 1; open >= 0 && tokens[open].start >= quoteEnd && comma - open <= maxAppositive; open--) {
		// After a comma or the closing mark of another quote ("… and “a curse,” Ada Vos, …").
		const name = [',', '”', '"', '’'].includes(tokens[open].text) ? readPhrase(tokens, open + 1) : undefined;
		if (name && name.subject.kind === 'name' && tokens[name.next]?.text === ',' && name.next < comma) {
			return name.subject;
		}
	}
	return undefined;
}
