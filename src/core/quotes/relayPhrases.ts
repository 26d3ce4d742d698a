import * as functionWordsLexicon from '../text/lexicon/functionWords';
import * as peopleLexicon from '../text/lexicon/people';
import * as timeLexicon from '../text/lexicon/time';
import type { Attribution, Named, Token, Who } from './attributionTypes';
import { withComplement } from './complementAfter';
import { phraseName } from './phraseName';
import { nounPhraseAfter } from './phrases';
import { isNameDot } from './speechTokens';

/**
 * The phrases that relay what someone said, read on the speaker rules' tokens: "according to X",
 * "X quoted Y as saying", a passive ("was told"), and where the clause of what is said starts.
 */

// NOTE: imports read once, as in `entities/tokens.ts`.
const { phraseStopWords: functionWords } = functionWordsLexicon;
const { personPronouns } = peopleLexicon;
const { weekdays } = timeLexicon;

/** "was told", "is said to", "be asked": the subject does not speak. */
export function isPassive(tokens: Token[], v: number): boolean {
	const before = tokens[v - 1]?.lower ?? '';
	return ['is', 'was', 'were', 'be', 'been', 'being', 'are'].includes(before) || (tokens[v].lower === 'said' && tokens[v + 1]?.lower === 'to');
}

/** "according to X" from `from` up to `to`: the name of X. */
export function readAccording(tokens: Token[], from: number, to: number): Named | undefined {
	if (tokens[from]?.lower !== 'according' || tokens[from + 1]?.lower !== 'to') {
		return undefined;
	}
	const phrase = nounPhraseAfter(tokens, from + 2, to);
	// "according to a 2019 study by economists Ada Vos and Tom Brandt": the document with its authors.
	return phrase && (withComplement(tokens, phrase, to, nounPhraseAfter) ?? phrase).named;
}

/** The most tokens of a phrase set off by commas after "according to" ("Tom Lund’s former harbour secretary Ada J. Vos"). */
const maxAsideTokens = 14;

/**
 * The name an "according to" aside gives, between "to" (`from`) and the comma that closes it:
 * "For the port, according to Tom Lund’s former harbour secretary Ada J. Vos, the vote is “…”"
 * → Ada J. Vos, a phrase longer than a noun phrase is read at most (words, a possessive and an
 * initial's full stop; no verb, no small word of a clause).
 */
export function asideAccording(tokens: Token[], from: number, end: number): Named | undefined {
	const phrase = nounPhraseAfter(tokens, from, end);
	if (phrase && tokens[phrase.end]?.text === ',') {
		return phrase.named;
	}
	let comma = from;
	while (comma < end && comma < from + maxAsideTokens && (isNameDot(tokens, comma) || (tokens[comma].word && !tokens[comma].verb && !functionWords.has(tokens[comma].lower)))) {
		comma++;
	}
	return comma > from && tokens[comma]?.text === ',' ? phraseName(tokens, from, comma - 1) : undefined;
}

/** "According to the Admiralty, …" (or "According to the Courier: “…”") at the start: the name, and the token after the comma or colon. */
export function readAccordingLead(tokens: Token[], to: number): { named: Who; next: number } | undefined {
	const found = readAccording(tokens, 0, to);
	if (!found) {
		return undefined;
	}
	// The comma may be the last token read ("According to Rosa Imre, “…”": `to` stops before it).
	const comma = tokens.findIndex((token, i) => i <= to && (token.text === ',' || token.text === ':'));
	if (comma <= 0) {
		return undefined;
	}
	return { named: subjectWithParticulars(tokens, comma + 1, to) ? { ...found, closed: true } : found, next: comma + 1 };
}

/**
 * Whether the words after an "According to X," lead are the reported clause's own subject with
 * its particulars, an age, a "who" clause or a home town before its verb ("According to police,
 * Tomas Vell, 36, of Dover, hit a cyclist", "…, Ada Brandt, who runs the ferry, closed the pier",
 * "…, Tomas Vell of Dover struck …"), rather than X's name in apposition ("According to his
 * lawyer, Ada Vos, the deal will close"): then X says it, whoever the clause is about.
 */
function subjectWithParticulars(tokens: Token[], at: number, to: number): boolean {
	let i = at;
	while (i < to && i < at + 6 && ((tokens[i].word && tokens[i].cap) || isNameDot(tokens, i))) {
		i++;
	}
	if (i === at) {
		return false;
	}
	const next = tokens[i + 1];
	if (tokens[i]?.text === ',') {
		return next !== undefined && (/^\d/.test(next.text) || next.lower === 'who' || next.lower === 'whose');
	}
	if (tokens[i]?.lower !== 'of' || !next?.cap) {
		return false;
	}
	// "Tomas Vell of Dover struck": the town, then the clause goes on in lower case (no comma closing an apposition).
	let j = i + 1;
	while (j < to && tokens[j].word && tokens[j].cap) {
		j++;
	}
	return tokens[j]?.word === true && !tokens[j].cap;
}

/** "the Kestrel news agency quoted Orlov as saying": speaker Orlov, source the Kestrel news agency. */
export function readQuotedAsSaying(tokens: Token[], from: number, quoted: number): Attribution | undefined {
	const as = tokens.findIndex((token, i) => i > quoted && token.lower === 'as' && tokens[i + 1]?.lower === 'saying');
	if (as < 0) {
		return undefined;
	}
	// "“…,” Ada Vos is quoted as saying": the subject of the passive is the speaker, and no source is named.
	if (as === quoted + 1 && ['is', 'was', 'were', 'are', 'been'].includes(tokens[quoted - 1]?.lower ?? '')) {
		const subject = tokens[quoted - 2];
		if (subject && personPronouns.has(subject.lower) && quoted - 2 === from) {
			return { speaker: { name: subject.text, span: { start: subject.start, end: subject.end }, pronoun: subject.start }, adjacent: true };
		}
		const passive = phraseName(tokens, from, quoted - 2);
		return passive ? { speaker: passive, adjacent: true } : undefined;
	}
	const speaker = phraseName(tokens, quoted + 1, as - 1);
	const source = phraseName(tokens, from, quoted - 1);
	return speaker ? { speaker, source, adjacent: true } : undefined;
}

/**
 * Where the reported clause starts after a verb and its object: after "that", also after a short
 * adverbial ("said on Wednesday that"), or at once for "said"/"told" ("said he understood",
 * "said berthing fees would …"); `undefined` when no clause follows ("warned Russia of
 * aggression", "said in a statement", "said to be").
 * NOTE: "said he hoped that …" reports from "he", not from the second "that".
 */
export function clauseAfter(tokens: Token[], at: number, to: number, bare: boolean): number | undefined {
	const first = tokens[at];
	if (!first?.word) {
		return undefined;
	}
	if (first.lower === 'that') {
		return at + 1 < to ? at + 1 : undefined;
	}
	if (functionWords.has(first.lower) || weekdays.has(first.lower)) {
		for (let i = at + 1; i < to && i < at + 8 && tokens[i].word; i++) {
			if (tokens[i].lower === 'that') {
				return i + 1 < to ? i + 1 : undefined;
			}
		}
		const opens = ['it', 'there', 'this', 'no'].includes(first.lower);
		return bare && opens && to - at >= 4 ? at : undefined;
	}
	const verbLike = first.verb || first.participle;
	return bare && !verbLike && to - at >= 4 ? at : undefined;
}
