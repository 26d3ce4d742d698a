import { weekdays } from '../text/lexicon/time';
import { speechNouns, speechVerbs } from '../text/lexicon/speech';
import type { TaggedToken } from '../text/tagger';
import { lastBefore, type ClauseSubject } from './clausePhrase';

// Built once: under tsx (the tests) a literal with `\p{…}` inside a function is rebuilt at every call (see `entities/wordShapes.ts`).
/** A capital first ("Ortiz"). */
const capitalStartPattern = /^\p{Lu}/u;

/**
 * Words a person owns by a possessive and a noun of speech, whatever the clause's subject:
 *
 *   Orr stood by his remark on Monday that “the piers are finished,” and left.   → his (Orr)
 *   From Ada Vos’s Facebook post: “We will not pay.”                            → Ada Vos
 *   Critics mocked Tom Brandt’s “ferry first” pledge.                           → Tom Brandt
 */

/** How many words may stand between the possessive and the noun ("Vos’s recent, much-shared Facebook post"). */
const maxModifiers = 3;

/** Tags of the words between the possessive and the noun of speech. */
const modifierTags = new Set(['ADJ', 'NOUN', 'PROPN', 'ADV', 'VERB']);

/**
 * The possessor right before `end` (inclusive): "Ada Vos ’s" → Ada Vos; "his", "her" → the pronoun,
 * to resolve. Undefined for anything else.
 */
function possessorEndingAt(tokens: TaggedToken[], end: number): ClauseSubject | undefined {
	const token = tokens[end];
	if (!token) {
		return undefined;
	}
	if (token.lower === 'his' || token.lower === 'her') {
		return { name: token.lower === 'his' ? 'he' : 'she', span: { start: token.start, end: token.end }, kind: 'pronoun' };
	}
	// "Vos ’s", "Vos’s" (one token or two), "Brandts ’".
	const mark = /^['’]s?$/.test(token.text) ? end - 1 : /['’]s$/.test(token.text) ? end : -1;
	if (mark < 0) {
		return undefined;
	}
	const lastWord = tokens[mark];
	const lastText = mark === end ? lastWord.text.replace(/['’]s$/, '') : lastWord.text;
	if (!lastWord || lastWord.pos !== 'PROPN' || !capitalStartPattern.test(lastText)) {
		return undefined;
	}
	let first = mark;
	while (first > 0 && first > mark - 3 && tokens[first - 1].pos === 'PROPN' && capitalStartPattern.test(tokens[first - 1].text)) {
		first--;
	}
	const name = [...tokens.slice(first, mark).map((word) => word.text), lastText].join(' ');
	return { name, span: { start: tokens[first].start, end: tokens[first].start + name.length }, kind: 'name' };
}

/**
 * Whether the word at `i` is a noun of speech: tagged a noun, or right after a possessive, where
 * only a noun can stand ("Ivo Marsh’s aside that …", which the tagger reads as an adverb).
 */
function isSpeechNounAt(tokens: TaggedToken[], i: number): boolean {
	const token = tokens[i];
	return token !== undefined && speechNouns.has(token.lemma) && (token.pos === 'NOUN' || possessorEndingAt(tokens, i - 1) !== undefined);
}

/**
 * The owner of the words of a quote by a noun of speech before it ("his remark on Monday that
 * “…”", "Vos’s Facebook post: “…”") or right after it ("Brandt’s “ferry first” pledge").
 *
 * @param tokens The quote's sentence, tagged.
 * @param quoteStart Where the quote's opening mark stands.
 * @param quoteEnd Where the quote's closing mark ends.
 */
export function possessedWordsOwner(tokens: TaggedToken[], quoteStart: number, quoteEnd: number): ClauseSubject | undefined {
	let k = lastBefore(tokens, quoteStart);
	// "Brandt’s “ferry first” pledge": the possessor right before the quote, the noun right after it.
	const after = tokens.findIndex((token) => token.start >= quoteEnd);
	if (after >= 0 && speechNouns.has(tokens[after].lemma) && tokens[after].pos === 'NOUN') {
		const owner = possessorEndingAt(tokens, k);
		if (owner) {
			return owner;
		}
	}
	while (k >= 0 && [',', ':', '—', '–', '-'].includes(tokens[k].text)) {
		k--;
	}
	if (tokens[k]?.lower === 'that') {
		k--;
	}
	// "his remark Monday that", "his remark on Monday that": a day between the noun and "that".
	if (weekdays.has(tokens[k]?.lower ?? '')) {
		k -= tokens[k - 1]?.lower === 'on' ? 2 : 1;
	}
	if (!tokens[k] || !isSpeechNounAt(tokens, k)) {
		return undefined;
	}
	for (let m = k - 1; m >= 0 && m >= k - 1 - maxModifiers; m--) {
		const owner = possessorEndingAt(tokens, m);
		if (owner) {
			return owner;
		}
		if (!modifierTags.has(tokens[m].pos) && tokens[m].text !== '-') {
			return undefined;
		}
	}
	return undefined;
}

/**
 * The owner of a claim whose "that", "to", "for" or "of" phrase holds the quote, however far in it the
 * quote stands: "Vos’s accusation that Brandt is playing the “harbour card” set off a row" → Vos,
 * not Brandt, the subject nearest the quote; "Brandt’s pledge to stay “neutral” in the talks" →
 * Brandt; "It was Vos’s stirring rejection of “a politics of fear” that won the hall" → Vos.
 * No verb of speech may stand between that word and the quote (then that verb's subject
 * speaks).
 *
 * @param tokens The quote's sentence, tagged.
 * @param quoteStart Where the quote's opening mark stands.
 */
export function claimOwner(tokens: TaggedToken[], quoteStart: number): ClauseSubject | undefined {
	const last = lastBefore(tokens, quoteStart);
	for (let that = last; that > 0; that--) {
		const token = tokens[that];
		if (speechVerbs.has(token.lower) || token.text === ';') {
			return undefined;
		}
		if (!['that', 'to', 'for', 'of'].includes(token.lower)) {
			continue;
		}
		// "Vos’s boldest claim is that the board is a “closed shop”": the claim is what "that" says.
		const copula = token.lower === 'that' && ['is', 'was'].includes(tokens[that - 1]?.lower ?? '') ? 1 : 0;
		const noun = isSpeechNounAt(tokens, that - 1 - copula) ? that - 1 - copula : token.lower === 'that' ? nounBeforeComplement(tokens, that) : -1;
		if (noun < 0) {
			continue;
		}
		// "Vos’s recent evidence-free claim that": a hyphen joins two words of one modifier.
		const hyphens = tokens.slice(Math.max(0, noun - 2 * maxModifiers), noun).filter((word) => word.text === '-').length;
		for (let m = noun - 1; m >= 0 && m >= noun - 1 - maxModifiers - hyphens; m--) {
			const owner = possessorEndingAt(tokens, m);
			// "his claim that …": a pronoun is left to the readings of the clause.
			if (owner) {
				return owner.kind === 'name' ? owner : undefined;
			}
			if (!modifierTags.has(tokens[m].pos) && tokens[m].text !== '-') {
				return undefined;
			}
		}
		return undefined;
	}
	return undefined;
}

/** The longest phrase after a preposition between a noun of speech and its "that" ("at a televised debate"). */
const maxComplement = 5;

/** Tags of a preposition's short noun phrase. */
const complementTags = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * The noun of speech before a short phrase with a preposition that stands before "that", or -1:
 *   Mr. Brandt's patronizing suggestion at a debate that she was ''likable enough''          → "suggestion"
 *   Mr. Brandt's remark at a hastily called meeting that the pier was ''a lost cause''   → "remark"
 */
function nounBeforeComplement(tokens: TaggedToken[], that: number): number {
	let k = that - 1;
	// "at a similarly timed debate": an adverb and a participle in -ed may describe the noun too.
	while (k > 0 && that - k <= maxComplement && (complementTags.has(tokens[k].pos) || tokens[k].pos === 'ADV' || (tokens[k].pos === 'VERB' && tokens[k].lower.endsWith('ed')))) {
		k--;
	}
	return k < that - 1 && tokens[k].pos === 'ADP' && isSpeechNounAt(tokens, k - 1) ? k - 1 : -1;
}
