import { isEnglishWord } from '../text/lexicon/englishWords';
import type { TaggedToken } from '../text/tagger';
import type { Span } from '../types';
import { auxiliaryNames, possessiveDeterminers } from '../text/lexicon/functionWords';
import { timePrepositions, timeSpanNouns, timeWords } from '../text/lexicon/time';
import { titleWords } from '../text/lexicon/titles';
import { roleNouns } from '../text/lexicon/people';

/**
 * The noun phrases of a tagged sentence that the readings of a clause's subject share: a phrase
 * read from a token ("the harbour master", "Rep. Tom Cole of Oklahoma", "she"), what may stand
 * between it and its verb (a parenthesis, a phrase of time), and the verb itself.
 */

// The `\p{…}` patterns of the rules below, built once: under tsx (the tests, the bench) a literal
// with `\p{…}` inside a function is rebuilt at every call (see `entities/wordShapes.ts`).
/** A capital first ("Ortiz"). */
const capitalStartPattern = /^\p{Lu}/u;

/** A clause's subject as written. */
export interface ClauseSubject {
	/** The phrase without a leading article ("harbour master", "Donald Ortiz’s campaign manager"). */
	name: string;
	/** Where it stands. */
	span: Span;
	/** `name` holds a proper noun, `pronoun` is "he" or "she", `description` is a common noun phrase. */
	kind: 'name' | 'pronoun' | 'description';
	/** A description that points back to someone named before ("the senator", not "a senator"). */
	definite?: boolean;
	/** The phrase's last word, lower case ("master" in "the harbour master"). */
	head?: string;
}

/** Tags that a noun phrase is made of ("the [ADJ] harbour [NOUN] master [NOUN]", "Ortiz [PROPN] ’s [PART]"). */
const phraseTags = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'PART']);

/** The longest appositive or relative clause skipped between a subject and its verb ("Brandt, the port's lawyer since 2009, said"). */
export const maxAppositive = 30;

/**
 * A noun phrase from `i`: an optional article, then adjectives, nouns, proper nouns, possessives
 * and "of" + name ("Rep. Tom Cole of Oklahoma"), or a single pronoun.
 */
export function readPhrase(tokens: TaggedToken[], i: number): { subject: ClauseSubject; next: number } | undefined {
	const first = tokens[i];
	if (!first) {
		return undefined;
	}
	// "Her campaign said", "his lawyers argued": a possessive before a noun opens a description, its
	// person found when the speaker is resolved (`possessor.ts`).
	if (first.pos === 'PRON' && possessiveDeterminers.has(first.lower) && (tokens[i + 1]?.pos === 'NOUN' || tokens[i + 1]?.pos === 'ADJ')) {
		const owned = readPhrase(tokens, i + 1);
		return owned?.subject.kind === 'description' ? owned : undefined;
	}
	// "Will described the mayor as …", "which Will claims …": a capitalised auxiliary before a verb
	// in the past or in -s is a surname ("Ted Will"), for no auxiliary stands before those.
	// "And Dapping called Tolvin “…”": a capitalised word that is no English word, which the tagger
	// reads as a verb, before such a verb is a surname too.
	const unknownName = first.pos === 'VERB' && capitalStartPattern.test(first.text) && !isEnglishWord(first.lower);
	if (first.text !== first.lower && (auxiliaryNames.has(first.lower) || unknownName) && tokens[i + 1]?.pos === 'VERB' && /(?:ed|s)$|^(?:said|wrote|told)$/.test(tokens[i + 1].lower)) {
		return { subject: { name: first.text, span: { start: first.start, end: first.end }, kind: 'name', head: first.lower }, next: i + 1 };
	}
	if (first.pos === 'PRON') {
		return first.lower === 'he' || first.lower === 'she' ? { subject: { name: first.text, span: { start: first.start, end: first.end }, kind: 'pronoun' }, next: i + 1 } : undefined;
	}
	let end = i;
	// Where the named role starts after a bare role and "and" ("Former judge and harbour master Ada Vos").
	let conjunct = i;
	while (end < tokens.length) {
		const token = tokens[end];
		const joins = (token.lower === 'of' || token.lower === 'and' || token.text === '.') && end > i && ['PROPN', 'NOUN'].includes(tokens[end + 1]?.pos ?? '') && tokens[end - 1].pos === 'PROPN';
		if (token.lower === 'and' && conjunct === i && rolesJoinedAt(tokens, i, end)) {
			conjunct = end + 1;
			end++;
			continue;
		}
		// "Vos’ campaign called …": the apostrophe of a name in -s, which the tagger reads as a mark.
		const possessive = (token.text === '’' || token.text === "'") && end > i && tokens[end - 1].pos === 'PROPN' && tokens[end - 1].end === token.start && /s$/.test(tokens[end - 1].text) && ['NOUN', 'ADJ'].includes(tokens[end + 1]?.pos ?? '');
		if ((!phraseTags.has(token.pos) && !joins && !possessive) || (end > i && isVerbReadAsNoun(tokens, end))) {
			break;
		}
		// "Ortiz last week invited …", "Vos this month called …": a phrase of time after a name ends it.
		if (end > i && tokens[end - 1].pos === 'PROPN' && pastTimeAdverbial(tokens, end) > end) {
			break;
		}
		end++;
	}
	let start = conjunct;
	while (start < end && tokens[start].pos === 'DET') {
		start++;
	}
	// The phrase ends in a noun: "the harbour master", not "the harbour's" or "the new"; a role the
	// tagger reads as an adjective is a noun there ("One operative tried …", "a Kent representative").
	while (end > start && !['PROPN', 'NOUN'].includes(tokens[end - 1].pos) && !(tokens[end - 1].pos === 'ADJ' && roleNouns.has(tokens[end - 1].lower))) {
		end--;
	}
	if (end <= start) {
		return undefined;
	}
	const span = { start: tokens[start].start, end: tokens[end - 1].end };
	const kind = tokens.slice(start, end).some((token) => token.pos === 'PROPN') ? 'name' : 'description';
	const definite = start > i && ['the', 'this', 'that'].includes(tokens[start - 1].lower);
	const name = tokens
		.slice(start, end)
		.map((token, k) => (k > 0 && token.start > tokens[start + k - 1].end ? ' ' : '') + token.text)
		.join('');
	return { subject: { name, span, kind, definite, head: tokens[end - 1].lower }, next: end };
}

/** The most words of a named role after "and": "former harbour master Ada Vos". */
const maxNamedRole = 6;

/**
 * "Former judge and harbour master Ada Vos attacked …", "Former prosecutor and Kent Mayor Ada Vos":
 * a role without an article and without a name, joined by "and" (at `and`) to a role with a name,
 * is one person's two titles, and the name speaks. Not "The mayor and Ada Vos" (an article: two
 * people may be meant) nor "Author Ada Vos and journalist Tom Lund" (the first role has its name).
 */
function rolesJoinedAt(tokens: TaggedToken[], i: number, and: number): boolean {
	const role = tokens[and - 1];
	if (and === i || tokens[i].pos === 'DET' || role.text !== role.lower || !(roleNouns.has(role.lower) || titleWords.has(role.lower))) {
		return false;
	}
	for (let k = and + 1; k < tokens.length && k <= and + maxNamedRole; k++) {
		if (tokens[k].pos === 'PROPN' && capitalStartPattern.test(tokens[k].text) && tokens[k + 1]?.pos === 'PROPN') {
			return true;
		}
		if (!['ADJ', 'NOUN', 'PROPN'].includes(tokens[k].pos)) {
			return false;
		}
	}
	return false;
}

/** The text of tokens `first` to `next` (exclusive) as written, leading articles left out. */
export function textBetween(tokens: TaggedToken[], first: number, next: number): string {
	while (first < next && tokens[first].pos === 'DET') {
		first++;
	}
	return tokens
		.slice(first, next)
		.map((token, k) => (k > 0 && token.start > tokens[first + k - 1].end ? ' ' : '') + token.text)
		.join('');
}

/** Past a parenthesis right after a name ("Rep. Hal Jeffs (D-N.Y.) reacted"), at most a few words long. */
export function skipParenthesis(tokens: TaggedToken[], at: number): number {
	if (tokens[at]?.text !== '(') {
		return at;
	}
	for (let k = at + 1; k < tokens.length && k <= at + 8; k++) {
		if (tokens[k].text === ')') {
			return k + 1;
		}
	}
	return at;
}

/** Whether a verb of the clause stands at `v` (after adverbs: "also", "then"), before the quote. */
export function isVerbAt(before: TaggedToken[], v: number, quoteStart: number): boolean {
	// A title's closing marks may stand between: "author of ‘The Charter,’ put it".
	while (before[v]?.pos === 'ADV' || before[v]?.pos === 'PART' || ['’', '”', "'", '"'].includes(before[v]?.text ?? '')) {
		v++;
	}
	v = pastTimeAdverbial(before, v);
	const verb = before[v];
	return verb !== undefined && (verb.pos === 'VERB' || verb.pos === 'AUX' || isVerbReadAsNoun(before, v, true)) && verb.end <= quoteStart;
}

/** Object pronouns, after which a word in -s is the verb that takes them ("the ad hits him"). */
const objectPronouns = new Set(['him', 'her', 'them', 'it', 'us', 'me']);

/**
 * A verb in -s that the tagger read as a plural noun, right after the head of the subject and
 * before "that", an article or an object pronoun:
 *   The Vos campaign projects that “a levy of one percent” would raise $5 million.   → "projects" is the verb
 *   The harbour ad hits the mayor for taking “money from shipowners.”               → "hits" is the verb
 *   Ada Vos, a member of the board, advocates a “harbour first tax.”                 → "advocates" is the verb
 * Not before a name or a verb: "the board members Ada Vos and Tom Lund said …" keeps its noun.
 */
export function isVerbReadAsNoun(tokens: TaggedToken[], k: number, afterSubject = false): boolean {
	const token = tokens[k];
	const before = tokens[k - 1];
	const next = tokens[k + 1];
	// "Ada Vos, a member of the board, advocates a “…”": where a verb is looked for, after the subject and its appositive.
	const head = before?.pos === 'NOUN' || before?.pos === 'PROPN' || (afterSubject && before?.text === ',');
	if (token?.pos !== 'NOUN' || before === undefined || next === undefined || !head) {
		return false;
	}
	if (token.lower.length < 4 || !token.lower.endsWith('s') || token.lower.endsWith('ss') || token.start > before.end + 1) {
		return false;
	}
	return next.lower === 'that' || next.pos === 'DET' || objectPronouns.has(next.lower);
}

/**
 * Past a short phrase of time between a subject and its verb: "Quill, the port's chief, on
 * Tuesday called …", "Vos (D-Kent) last week criticised …", "Ortiz in March said …".
 *
 * @returns The index after the phrase, or `v` when none stands there.
 */
function pastTimeAdverbial(tokens: TaggedToken[], v: number): number {
	const first = tokens[v];
	// Lower case: "Harbour This Morning co-host" is a show's name, not a time.
	if (!first || capitalStartPattern.test(first.text) || !(timePrepositions.has(first.lower) || first.pos === 'DET' || first.pos === 'ADJ')) {
		return v;
	}
	let k = v + 1;
	let time = false;
	while (k < tokens.length && k <= v + 3 && ['DET', 'NUM', 'PROPN', 'NOUN', 'ADJ'].includes(tokens[k].pos)) {
		time ||= timeWords.has(tokens[k].lower) || timeSpanNouns.has(tokens[k].lower);
		k++;
	}
	return time ? k : v;
}

/** Index of the last token that ends at or before `offset` (-1 when none does). */
export function lastBefore(tokens: TaggedToken[], offset: number): number {
	let k = tokens.length - 1;
	while (k >= 0 && tokens[k].end > offset) {
		k--;
	}
	return k;
}

/** A word of a noun phrase: "the [DET] port's [PROPN, PART] opening [NOUN] speech", "his [PRON] speech". */
export function isPhraseWord(token: TaggedToken): boolean {
	return ['PROPN', 'NOUN', 'ADJ', 'DET', 'PART'].includes(token.pos) || (token.pos === 'PRON' && possessiveDeterminers.has(token.lower));
}

/**
 * After an open quote a name and one everyday word, then a particle or the sentence's end: the
 * word is the verb, though the tagger reads the pair as one noun phrase ("“…,” Pell points
 * [NOUN] out", "“…,” Vance shot [NOUN] back with a laugh").
 */
export function verbInPhrase(after: TaggedToken[], first: number, next: number): ClauseSubject | undefined {
	const last = next - 1;
	const word = after[last];
	const following = after[next];
	// "Harbour Radio Vice President for news …": a title or a role is the phrase's noun, no verb.
	if (last - first < 1 || word.pos !== 'NOUN' || !isEnglishWord(word.lower) || titleWords.has(word.lower) || roleNouns.has(word.lower) || (following && !['ADP', 'ADV', 'PUNCT'].includes(following.pos))) {
		return undefined;
	}
	const name = after.slice(first, last);
	if (!name.every((token) => token.pos === 'PROPN')) {
		return undefined;
	}
	return { name: name.map((token) => token.text).join(' '), span: { start: name[0].start, end: name[name.length - 1].end }, kind: 'name' };
}
