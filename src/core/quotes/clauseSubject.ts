import { isEnglishWord } from '../text/lexicon/englishWords';
import type { TaggedToken } from '../text/tagger';
import type { Span } from '../types';
import { postnominalAdjectives } from '../text/lexicon/people';
import { possessiveDeterminers, relativeWords, sentenceOpeners, subordinators } from '../text/lexicon/functionWords';
import { tellingLemmas } from '../text/lexicon/speech';
import { timePrepositions, timeSpanNouns, timeWords } from '../text/lexicon/time';

// The `\p{…}` patterns of the rules below, built once: under tsx (the tests, the bench) a literal
// with `\p{…}` inside a function is rebuilt at every call (see `entities/wordShapes.ts`).
/** A capital first ("Ortiz"). */
const capitalStartPattern = /^\p{Lu}/u;
/** Four letters or more first. */
const longWordStartPattern = /^\p{L}{4,}/u;

/**
 * Attribution by sentence structure, for quotes that no reporting verb touches: the person who
 * speaks is the subject of the clause the quote stands in, whatever its verb.
 *
 *   Senator Lena Ortiz says the plan appeals to the “worst instincts” of voters.   → Lena Ortiz
 *   In an interview on Friday, the harbour master called it a “disgrace.”           → harbour master
 *   Brandt, who once described the port as “a relic,” voted against it.             → Brandt
 *   As the Courier reported, “the vote was delayed twice.”                           → the Courier
 *   “Go home,” Ortiz snapped, and left the room.                                     → Ortiz
 *   Ortiz on the harbour vote: ‘We were never asked.’                                 → Ortiz (a headline)
 *
 * Each function reads tagged tokens (`text/tagger.ts`) and returns the subject phrase as written;
 * the caller resolves a pronoun to its person.
 */

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

/** Tags that open an introductory phrase before the subject ("In an interview, …", "Despite …, …", "Asked about it, …"). */
const introTags = new Set(['ADP', 'SCONJ', 'VERB', 'ADV']);


/** The longest "of …" or "at …" that follows a speaker's name after a quote ("Lewis of the Martin Center for Arms Studies"). */
const maxModifierAfter = 10;

/** The longest noun phrase of time that opens a sentence ("The day after the primary, …", "Last month, …"). */
const maxTimePhrase = 6;

/** The longest appositive or relative clause skipped between a subject and its verb ("Brandt, the port's lawyer since 2009, said"). */
const maxAppositive = 30;

/**
 * The subject of the clause a quote stands in, read before the quote: the noun phrase that a
 * verb follows, after any introductory phrase and appositive.
 *
 * @param tokens The sentence's tokens, tagged.
 * @param quoteStart Where the quote's opening mark stands.
 * @returns The subject, or nothing when the clause before the quote has none (a headline, a fragment).
 */
export function subjectBefore(tokens: TaggedToken[], quoteStart: number): ClauseSubject | undefined {
	const before = tokens.filter((token) => token.end <= quoteStart);
	let i = 0;
	while (i < before.length && (sentenceOpeners.has(before[i].lower) || before[i].pos === 'CCONJ' || before[i].text === ',')) {
		i++;
	}
	i = pastAge(before, i);
	// "But, said Sollo, “…”": an opening conjunction and its comma stand before the verb.
	const inverted = invertedSubject(before, i);
	if (inverted) {
		return inverted;
	}
	const asClause = asClauseSubject(before, i, quoteStart);
	if (asClause) {
		return asClause;
	}
	for (let round = 0; round < 2; round++) {
		const found = subjectAt(before, i, quoteStart);
		if (found) {
			return found;
		}
		// "In an interview on Friday, the harbour master called it …": skip the introduction once; a
		// short one may be a noun phrase of time ("The day after the vote, Dukes called it …").
		const comma = before.findIndex((token, k) => k > i && token.text === ',');
		if (comma < 0 || !(introTags.has(before[i]?.pos ?? '') || comma - i <= maxTimePhrase)) {
			return undefined;
		}
		i = placeGoesOn(before, comma) ?? comma + 1;
		// "On “Harbour Hour,” Ortiz said …": the comma may stand inside the closing mark.
		while (i < before.length && before[i].pos === 'PUNCT') {
			i++;
		}
		const late = invertedSubject(before, i) ?? asClauseSubject(before, i, quoteStart);
		if (late) {
			return late;
		}
	}
	return undefined;
}

/** Past an age written before a name: "76-year-old Ada Brandt, a founder, said …" → from "Ada". */
function pastAge(tokens: TaggedToken[], i: number): number {
	const [number, hyphen, year, second, old] = tokens.slice(i, i + 5);
	const isAge = number?.pos === 'NUM' && hyphen?.text === '-' && (year?.lower === 'year' || year?.lower === 'years') && second?.text === '-' && old?.lower === 'old';
	return isAge ? i + 5 : i;
}

/** "As the Courier reported, “…”", "Of course, as Joel Polk of the Courier observed, …": the subject of the "as" clause speaks. */
function asClauseSubject(before: TaggedToken[], i: number, quoteStart: number): ClauseSubject | undefined {
	if (before[i]?.lower !== 'as') {
		return undefined;
	}
	// The name before its complement: "as Joel Polk of the Courier observed".
	const head = readPhrase(before, i + 1);
	const object = head && before[head.next]?.pos === 'ADP' ? readPhrase(before, head.next + 1) : undefined;
	if (head && object && isTelling(before[object.next])) {
		return head.subject;
	}
	// "As Akil Amar, a professor of law, put it, “…”": with an appositive.
	const appositive = before[i + 1]?.pos === 'PROPN' ? subjectAt(before, i + 1, quoteStart) : undefined;
	if (appositive) {
		return appositive;
	}
	const verb = before[head?.next ?? -1];
	return head && isTelling(verb) ? head.subject : undefined;
}

/**
 * A verb of telling in an "as" clause ("As the Courier reported", "as Polk put it"); "As the hall
 * began to clap, Morlan quipped, “…”" is a time, and the subject after the comma speaks.
 */
function isTelling(verb: TaggedToken | undefined): boolean {
	return verb !== undefined && (verb.pos === 'VERB' || verb.pos === 'AUX') && tellingLemmas.has(verb.lemma);
}

/**
 * An introduction that ends in a place goes on with the place's region or country: "Speaking at a
 * rally in Dover, Kent, Ortiz went after Brandt" (Kent is no subject).
 *
 * @returns Where the clause starts after the region's comma, or nothing.
 */
function placeGoesOn(before: TaggedToken[], comma: number): number | undefined {
	if (before[comma - 1]?.pos !== 'PROPN') {
		return undefined;
	}
	let k = comma + 1;
	while (k < before.length && k <= comma + 3 && before[k].pos === 'PROPN') {
		k++;
	}
	if (k === comma + 1 || before[k]?.text !== ',') {
		return undefined;
	}
	// "In Dover, Ortiz, the mayor, said": there the name is the subject, and what follows its comma no clause.
	const phrase = readPhrase(before, k + 1);
	const verb = phrase ? before[phrase.next] : undefined;
	return verb?.pos === 'VERB' || verb?.pos === 'AUX' ? k + 1 : undefined;
}

/**
 * "Said Ortiz, who grew up by the quay, “…”", "In other words, explained moderator Nan Cord: “…”":
 * the verb first, then its subject, which ends at a comma, a colon or the quote.
 */
function invertedSubject(before: TaggedToken[], v: number): ClauseSubject | undefined {
	if (before[v]?.pos !== 'VERB') {
		return undefined;
	}
	const phrase = readPhrase(before, v + 1);
	const next = phrase ? before[phrase.next] : undefined;
	return phrase && (next === undefined || next.text === ',' || next.text === ':') ? phrase.subject : undefined;
}

/**
 * The subject of the last verb before a quote, when the clause the quote stands in is not the
 * sentence's first: "It is odd that Dale would denounce “self-rule,”" → Dale; "Ortiz warned that
 * he would “fight it”" → he. Only a name or a pronoun: a description there is seldom the speaker.
 *
 * @param tokens The sentence's tokens, tagged.
 * @param quoteStart Where the quote's opening mark stands.
 */
export function nearestSubject(tokens: TaggedToken[], quoteStart: number): ClauseSubject | undefined {
	return nearestClause(tokens, quoteStart)?.subject;
}

/**
 * The subject of a relative clause the quote ends: "Bloomberg put it at $2 billion, which Dale
 * called “a disgrace”" → Dale, not Bloomberg; "a clip that Judge Mel Moss called “distasteful”";
 * "what aide Kevin Pill called “a new era”". There the clause's own subject characterises.
 */
export function relativeClauseSubject(tokens: TaggedToken[], quoteStart: number): ClauseSubject | undefined {
	const clause = nearestClause(tokens, quoteStart);
	return clause && relativeWords.has(tokens[clause.first - 1]?.lower ?? '') && !isComplementizer(tokens, clause.first - 1) ? clause.subject : undefined;
}

/**
 * A "that" opening what a verb says, not a relative clause: "Vos said that Ortiz looks “tired”"
 * (tagged so), "Vos said on Monday that …", "Vos argued this week that …" (a phrase of time
 * between the verb and "that"). There the clause's subject is what is spoken of, and the
 * speaker is the verb's subject, read elsewhere.
 */
function isComplementizer(tokens: TaggedToken[], that: number): boolean {
	if (tokens[that].lower !== 'that') {
		return false;
	}
	if (tokens[that].pos === 'SCONJ') {
		return true;
	}
	let k = that - 1;
	if (!timeSpanNouns.has(tokens[k]?.lower ?? '') && !timeWords.has(tokens[k]?.lower ?? '')) {
		return false;
	}
	while (k > that - 4 && k > 0 && tokens[k].pos !== 'VERB') {
		k--;
	}
	return tokens[k]?.pos === 'VERB';
}


function nearestClause(tokens: TaggedToken[], quoteStart: number): { subject: ClauseSubject; first: number } | undefined {
	let v = lastBefore(tokens, quoteStart);
	while (v >= 0 && tokens[v].pos !== 'VERB') {
		if (tokens[v].text === '“' || tokens[v].text === '"' || tokens[v].text === ';') {
			return undefined;
		}
		v--;
	}
	let end = v;
	// "Cruz pledged to oppose …", "Ortiz went on to promote …": the subject of the verb that governs the infinitive.
	for (let chain = 0; chain < 3; chain++) {
		while (end > 0 && (tokens[end - 1].pos === 'AUX' || tokens[end - 1].pos === 'ADV' || tokens[end - 1].pos === 'PART' || tokens[end - 1].lower === 'to')) {
			end--;
		}
		if (end > 0 && tokens[end - 1].pos === 'VERB' && tokens[end]?.lower === 'to') {
			end--;
			continue;
		}
		break;
	}
	// "Sen. Ada Vos (D-Ore.) said …": a parenthesis between the subject and its verb.
	if (tokens[end - 1]?.text === ')') {
		let open = end - 2;
		while (open > 0 && open > end - 8 && tokens[open].text !== '(') {
			open--;
		}
		end = open > 0 && tokens[open].text === '(' ? open : end;
	}
	let start = end;
	while (start > 0 && isPhraseWord(tokens[start - 1])) {
		start--;
	}
	if (start === end && end > 0 && ['he', 'she'].includes(tokens[end - 1].lower)) {
		start = end - 1;
	}
	// "…with Brandt, who has called the ferry deal “madness”": "who" stands for the name before it.
	if (start === end && tokens[end - 1]?.lower === 'who' && tokens[end - 2]?.text === ',') {
		let first = end - 2;
		while (first > 0 && tokens[first - 1].pos === 'PROPN') {
			first--;
		}
		// "Senator Marsh of Kent, who …": the person before "of" is meant, not the place.
		let last = end - 2;
		if (tokens[first - 1]?.lower === 'of' && tokens[first - 2]?.pos === 'PROPN') {
			last = first - 1;
			first = last;
			while (first > 0 && tokens[first - 1].pos === 'PROPN') {
				first--;
			}
		}
		const phrase = first < last ? readPhrase(tokens, first) : undefined;
		if (phrase && phrase.next === last && phrase.subject.kind === 'name') {
			return { subject: phrase.subject, first };
		}
	}
	// "…ago that Mara Bloom, who is thinking of running, said it was “impossible”": a relative
	// clause or an appositive between the subject and its verb.
	for (let comma = end - 2; start === end && tokens[end - 1]?.text === ',' && comma > 0 && comma >= end - maxAppositive; comma--) {
		if (['“', '"', ';', ':'].includes(tokens[comma].text)) {
			break;
		}
		if (tokens[comma].text === ',') {
			end = comma;
			start = end;
			while (start > 0 && isPhraseWord(tokens[start - 1])) {
				start--;
			}
		}
	}
	// The phrase starts at its first noun or name: "which Dale called" is read from "Dale".
	while (start < end && !(isPhraseWord(tokens[start]) && tokens[start].pos !== 'PART') && !['he', 'she'].includes(tokens[start].lower)) {
		start++;
	}
	// "Ortiz during a Sunday visit thanked …": the phrase is a preposition's object, and a name
	// before the preposition is the subject.
	const owner = start < end && tokens[start - 1]?.pos === 'ADP' ? nameBefore(tokens, start - 1) : undefined;
	if (owner) {
		return owner;
	}
	const phrase = start < end ? readPhrase(tokens, start) : undefined;
	return phrase && phrase.next === end && phrase.subject.kind !== 'description' ? { subject: phrase.subject, first: start } : undefined;
}

/** A word of a noun phrase: "the [DET] port's [PROPN, PART] opening [NOUN] speech", "his [PRON] speech". */
function isPhraseWord(token: TaggedToken): boolean {
	return ['PROPN', 'NOUN', 'ADJ', 'DET', 'PART'].includes(token.pos) || (token.pos === 'PRON' && possessiveDeterminers.has(token.lower));
}

/** A name that ends right before `next` and opens its clause ("…that Ortiz during a visit …"). */
function nameBefore(tokens: TaggedToken[], next: number): { subject: ClauseSubject; first: number } | undefined {
	let start = next;
	while (start > 0 && tokens[start - 1].pos === 'PROPN') {
		start--;
	}
	const opens = start === 0 || ['SCONJ', 'PUNCT', 'CCONJ'].includes(tokens[start - 1].pos) || tokens[start - 1].lower === 'that' || subordinators.has(tokens[start - 1].lower);
	const phrase = start < next && opens ? readPhrase(tokens, start) : undefined;
	return phrase && phrase.next === next && phrase.subject.kind === 'name' ? { subject: phrase.subject, first: start } : undefined;
}

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
	const phrase = readPhrase(after, i);
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
	if (isVerbAfterQuote(after[i])) {
		return readPhrase(after, i + 1)?.subject;
	}
	return undefined;
}

/**
 * After an open quote a name and one everyday word, then a particle or the sentence's end: the
 * word is the verb, though the tagger reads the pair as one noun phrase ("“…,” Pell points
 * [NOUN] out", "“…,” Vance shot [NOUN] back with a laugh").
 */
function verbInPhrase(after: TaggedToken[], first: number, next: number): ClauseSubject | undefined {
	const last = next - 1;
	const word = after[last];
	const following = after[next];
	if (last - first < 1 || word.pos !== 'NOUN' || !isEnglishWord(word.lower) || (following && !['ADP', 'ADV', 'PUNCT'].includes(following.pos))) {
		return undefined;
	}
	const name = after.slice(first, last);
	if (!name.every((token) => token.pos === 'PROPN')) {
		return undefined;
	}
	return { name: name.map((token) => token.text).join(' '), span: { start: name[0].start, end: name[name.length - 1].end }, kind: 'name' };
}

/** Index of the last token that ends at or before `offset` (-1 when none does). */
function lastBefore(tokens: TaggedToken[], offset: number): number {
	let k = tokens.length - 1;
	while (k >= 0 && tokens[k].end > offset) {
		k--;
	}
	return k;
}

/**
 * A name that ends its clause right before a colon and the quote: "The surge does not surprise
 * the pollster Dara Shore: “…”", "…, it was the stage itself, as Joel Polk of the Courier saw it:"
 * stops at the name ("Dara Shore").
 *
 * @param tokens The sentence's tokens, tagged.
 * @param quoteStart Where the quote's opening mark stands.
 */
export function nameBeforeColon(tokens: TaggedToken[], quoteStart: number): ClauseSubject | undefined {
	const colon = lastBefore(tokens, quoteStart);
	// A capitalised word of the name may be tagged as a noun or a verb ("Dara Shore [VERB]:").
	const isNameWord = (token: TaggedToken | undefined) => token !== undefined && (token.pos === 'PROPN' || (['NOUN', 'VERB', 'ADJ'].includes(token.pos) && capitalStartPattern.test(token.text)));
	// The tagger may keep "):" as one token.
	if (colon < 2 || (tokens[colon].text !== ':' && tokens[colon].text !== '):')) {
		return undefined;
	}
	// "Rep. Nils Ostby (R-S.C.): “…”": the party and state in parentheses end the name.
	const close = tokens[colon].text === '):' ? colon : tokens[colon - 1].text === ')' ? colon - 1 : -1;
	const end = close >= 0 ? skipParenthesisBack(tokens, close) : colon;
	if (end < 2 || !isNameWord(tokens[end - 1])) {
		return undefined;
	}
	let first = end - 1;
	while (first > 0 && (isNameWord(tokens[first - 1]) || (tokens[first - 1].text === '.' && isNameWord(tokens[first - 2])))) {
		first--;
	}
	if (end - first < 2) {
		return undefined;
	}
	const name = tokens.slice(first, end);
	return { name: textBetween(tokens, first, end), span: { start: name[0].start, end: name[name.length - 1].end }, kind: 'name' };
}

/** Where the parenthesis that closes at `close` opens, if it is short ("(R-S.C.)"); else `close + 1`. */
function skipParenthesisBack(tokens: TaggedToken[], close: number): number {
	for (let open = close - 1; open >= 0 && open >= close - 10; open--) {
		if (tokens[open].text === '(') {
			return open;
		}
	}
	return close + 1;
}

/**
 * The person a verbless introduction presents before a colon: "More from Jones: “…”", "Here is
 * Ortiz in December 1992: “…”" (no verb before the colon but "is"; the first name there).
 *
 * @param tokens The sentence's tokens, tagged.
 * @param quoteStart Where the quote's opening mark stands.
 */
export function presentedBeforeColon(tokens: TaggedToken[], quoteStart: number): ClauseSubject | undefined {
	const colon = lastBefore(tokens, quoteStart);
	if (colon < 1 || tokens[colon].text !== ':' || tokens.slice(0, colon).some((token) => token.pos === 'VERB' || /^[“"‘]$/.test(token.text))) {
		return undefined;
	}
	const first = tokens.findIndex((token, k) => k > 0 && k < colon && token.pos === 'PROPN');
	const phrase = first > 0 ? readPhrase(tokens, first) : undefined;
	return phrase?.subject.kind === 'name' ? phrase.subject : undefined;
}

/**
 * "Ortiz: ‘We were never asked.’", "Ortiz on the harbour vote: ‘…’": a headline's speaker is the
 * name it starts with, when a colon introduces the quote and no verb stands before the name's end.
 *
 * @param tokens The sentence's tokens, tagged.
 * @param quoteStart Where the quote's opening mark stands.
 */
export function headlineSpeaker(tokens: TaggedToken[], quoteStart: number): ClauseSubject | undefined {
	const before = tokens.filter((token) => token.end <= quoteStart);
	const colon = before.findIndex((token) => token.text === ':');
	if (colon < 0) {
		return undefined;
	}
	// "Ortiz: Harbour Plan a ‘Betrayal’": the colon may stand well before the quote.
	const phrase = readPhrase(before, 0);
	if (!phrase || phrase.subject.kind !== 'name') {
		return undefined;
	}
	const next = before[phrase.next];
	return phrase.next === colon || ((next.lower === 'on' || next.lower === 'to') && before.at(-1)?.text === ':') ? phrase.subject : undefined;
}

/**
 * A verb right after a quote and its subject. The tagger, trained on prose, reads a rare past tense
 * there as an adjective ("“Not one more ship,” Ortiz fumed [ADJ]"); after an open quote a word in
 * -ed is the verb of the attribution.
 */
function isVerbAfterQuote(token: TaggedToken | undefined): boolean {
	return token !== undefined && (token.pos === 'VERB' || (token.pos === 'ADJ' && token.lower.endsWith('ed')));
}

/** The subject at `i` when a verb of its clause follows before the quote, or the quote sits inside its appositive. */
function subjectAt(before: TaggedToken[], i: number, quoteStart: number): ClauseSubject | undefined {
	const phrase = readPhrase(before, i);
	if (!phrase) {
		return undefined;
	}
	// "Mr. Smith shot [NOUN] back: “…”": as after a quote, a name and an everyday word before a particle.
	const following = before[phrase.next];
	const split = following && (following.pos === 'ADV' || following.pos === 'ADP' || following.text === ':') ? verbInPhrase(before, i, phrase.next) : undefined;
	if (split) {
		return split;
	}
	let v = skipParenthesis(before, phrase.next);
	// A description's own complement: "Another delegate on the Ortiz slate, Bo Lund, said …" (the
	// name in apposition follows), "A spokesman for Platte Docks declined …", "Another source
	// familiar with Ruiz's thinking said …" (the description with it is the subject).
	if (phrase.subject.kind === 'description') {
		const preposition = before[v]?.pos === 'ADJ' && postnominalAdjectives.has(before[v].lower) ? v + 1 : v;
		const object = before[preposition]?.pos === 'ADP' ? readPhrase(before, preposition + 1) : undefined;
		if (object && before[object.next]?.text === ',') {
			v = object.next;
		} else if (object && isVerbAt(before, object.next, quoteStart)) {
			const last = before[object.next - 1];
			return { ...phrase.subject, name: textBetween(before, i, object.next), span: { start: phrase.subject.span.start, end: last.end } };
		}
	}
	if (before[v]?.text !== ',') {
		return isVerbAt(before, v, quoteStart) ? phrase.subject : undefined;
	}
	// "Brandt, the port's lawyer, said …"; "Brandt, who once called it “a relic,” voted …".
	const close = before.findIndex((token, k) => k > v && token.text === ',');
	// "The port's lawyer, Ada Brandt, said …": the name in apposition is the person.
	const named = phrase.subject.kind === 'description' || before.slice(i, phrase.next).some((token) => token.pos === 'PART') ? readPhrase(before, v + 1) : undefined;
	if (named?.subject.kind === 'name' && named.next === close) {
		phrase.subject = named.subject;
	}
	if (close < 0) {
		// "Last month, Port Director Jim Dale called it “careless”": a verb right after the phrase that
		// follows the comma makes the first phrase an introduction, and the second the subject.
		const next = readPhrase(before, v + 1);
		if (next && isVerbAt(before, skipParenthesis(before, next.next), quoteStart)) {
			return next.subject;
		}
		return v + 1 < before.length ? phrase.subject : undefined;
	}
	// "Mara Quill, a professor who worked for Sen. Ann Loy (R-Ore.), one of its authors, called it …":
	// the appositive may hold commas of its own; the verb follows one of them.
	for (let comma = close; comma >= 0 && comma - v <= maxAppositive; comma = before.findIndex((token, k) => k > comma && token.text === ',')) {
		if (isVerbAt(before, comma + 1, quoteStart)) {
			return phrase.subject;
		}
	}
	return undefined;
}

/** The text of tokens `first` to `next` (exclusive) as written, leading articles left out. */
function textBetween(tokens: TaggedToken[], first: number, next: number): string {
	while (first < next && tokens[first].pos === 'DET') {
		first++;
	}
	return tokens
		.slice(first, next)
		.map((token, k) => (k > 0 && token.start > tokens[first + k - 1].end ? ' ' : '') + token.text)
		.join('');
}

/** Past a parenthesis right after a name ("Rep. Hal Jeffs (D-N.Y.) reacted"), at most a few words long. */
function skipParenthesis(tokens: TaggedToken[], at: number): number {
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
function isVerbAt(before: TaggedToken[], v: number, quoteStart: number): boolean {
	// A title's closing marks may stand between: "author of ‘The Charter,’ put it".
	while (before[v]?.pos === 'ADV' || before[v]?.pos === 'PART' || ['’', '”', "'", '"'].includes(before[v]?.text ?? '')) {
		v++;
	}
	v = pastTimeAdverbial(before, v);
	const verb = before[v];
	return verb !== undefined && (verb.pos === 'VERB' || verb.pos === 'AUX') && verb.end <= quoteStart;
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

/**
 * A noun phrase from `i`: an optional article, then adjectives, nouns, proper nouns, possessives
 * and "of" + name ("Rep. Tom Cole of Oklahoma"), or a single pronoun.
 */
function readPhrase(tokens: TaggedToken[], i: number): { subject: ClauseSubject; next: number } | undefined {
	const first = tokens[i];
	if (!first) {
		return undefined;
	}
	if (first.pos === 'PRON') {
		return first.lower === 'he' || first.lower === 'she' ? { subject: { name: first.text, span: { start: first.start, end: first.end }, kind: 'pronoun' }, next: i + 1 } : undefined;
	}
	let end = i;
	while (end < tokens.length) {
		const token = tokens[end];
		const joins = (token.lower === 'of' || token.lower === 'and' || token.text === '.') && end > i && ['PROPN', 'NOUN'].includes(tokens[end + 1]?.pos ?? '') && tokens[end - 1].pos === 'PROPN';
		if (!phraseTags.has(token.pos) && !joins) {
			break;
		}
		// "Ortiz last week invited …", "Vos this month called …": a phrase of time after a name ends it.
		if (end > i && tokens[end - 1].pos === 'PROPN' && pastTimeAdverbial(tokens, end) > end) {
			break;
		}
		end++;
	}
	let start = i;
	while (start < end && tokens[start].pos === 'DET') {
		start++;
	}
	// The phrase ends in a noun: "the harbour master", not "the harbour's" or "the new".
	while (end > start && !['PROPN', 'NOUN'].includes(tokens[end - 1].pos)) {
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

/**
 * A headline written in title case names its speaker first: "Mara Quill Says Harbour Levy ‘Will
 * Sink The Port’". Its quoted words look like a title of a work, but a whole sentence in title
 * case is a headline's style, not a name.
 *
 * @param tokens The sentence's tokens, tagged.
 * @param quoteStart Where the quote's opening mark stands.
 * @returns The name of two words or more that opens the headline, if the sentence is one.
 */
export function titleCaseHeadlineSpeaker(tokens: TaggedToken[], quoteStart: number): ClauseSubject | undefined {
	const words = tokens.filter((token) => longWordStartPattern.test(token.text));
	const capitalised = words.filter((token) => capitalStartPattern.test(token.text)).length;
	if (words.length < 4 || capitalised < 0.8 * words.length || tokens[0]?.end > quoteStart) {
		return undefined;
	}
	let end = 0;
	// The name stops before the verb a title-cased headline capitalises, which the tagger may read
	// as part of the name ("Jonas Vell Blasts Council": "Blasts" is an everyday word in -s).
	const isVerb = (token: TaggedToken) => /s$/.test(token.lower) && isEnglishWord(token.lower);
	while (end < tokens.length && tokens[end].pos === 'PROPN' && tokens[end].end <= quoteStart && capitalStartPattern.test(tokens[end].text) && !(end >= 2 && isVerb(tokens[end]))) {
		end++;
	}
	if (end < 2 || end > 4) {
		return undefined;
	}
	const span = { start: tokens[0].start, end: tokens[end - 1].end };
	return { name: tokens.slice(0, end).map((token) => token.text).join(' '), span, kind: 'name' };
}

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
	let comma = -1;
	for (let k = tokens.length - 1; k >= 0 && tokens[k].start >= quoteEnd; k--) {
		if (tokens[k].text === ',') {
			// The attribution is the first clause after a comma that holds a reporting verb.
			const verb = tokens.findIndex((token, j) => j > k && isReporting(token));
			if (verb > k && verb - k <= 6) {
				comma = k;
			}
		}
	}
	if (comma < 0) {
		return undefined;
	}
	if (isReporting(tokens[comma + 1])) {
		return readPhrase(tokens, comma + 2)?.subject;
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
