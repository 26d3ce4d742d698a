import { isEnglishWord } from '../text/lexicon/englishWords';
import type { TaggedToken } from '../text/tagger';
import { lastBefore, readPhrase, textBetween, type ClauseSubject } from './clausePhrase';

/**
 * Speakers named before a colon or by a headline: "The surge does not surprise the pollster Dara
 * Shore: “…”", "More from Jones: “…”", "Ortiz: ‘We were never asked.’", and a headline in title
 * case ("Mara Quill Says Harbour Levy ‘Will Sink The Port’").
 */

// The `\p{…}` patterns of the rules below, built once: under tsx (the tests, the bench) a literal
// with `\p{…}` inside a function is rebuilt at every call (see `entities/wordShapes.ts`).
/** A capital first ("Ortiz"). */
const capitalStartPattern = /^\p{Lu}/u;
/** Four letters or more first. */
const longWordStartPattern = /^\p{L}{4,}/u;

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
	// One word will do after a dash that sets off a digest's heading: "Polls missed the upset - PortPoll: “…”".
	if ((end - first < 2 && !isDashToken(tokens[first - 1])) || governedByPreposition(tokens, first)) {
		return undefined;
	}
	const name = tokens.slice(first, end);
	return { name: textBetween(tokens, first, end), span: { start: name[0].start, end: name[name.length - 1].end }, kind: 'name' };
}

/** A word of a name: a capitalised word may be tagged as a noun or a verb ("Dara Shore [VERB]:"). */
function isNameWord(token: TaggedToken | undefined): boolean {
	return token !== undefined && (token.pos === 'PROPN' || (nameWordTags.has(token.pos) && capitalStartPattern.test(token.text)));
}

/** The tags a capitalised word of a name may have besides PROPN. */
const nameWordTags = new Set(['NOUN', 'VERB', 'ADJ']);

/** The dashes that stand alone between words. */
const dashTexts = new Set(['-', '–', '—', '―', '--']);

/** A dash standing alone between words ("race - PortPoll", "vote — More from Vos"), not a hyphen inside a word. */
function isDashToken(token: TaggedToken | undefined): boolean {
	return token !== undefined && dashTexts.has(token.text);
}

/**
 * Prepositions whose object is who is spoken to or about, not who speaks: "Vos set out her case to
 * the Kentish weekly Harbour Courier: “…”" (the paper hears it; Vos speaks).
 */
const addresseePrepositions = new Set(['to', 'with', 'for', 'about', 'against', 'on', 'at', 'in', 'from', 'toward', 'towards']);

/** The tags of a noun phrase's words ("the Kentish weekly Harbour Courier"). */
const nounPhraseTags = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);

/** Whether the noun phrase of the name that starts at `first` ("the Kentish weekly Harbour Courier") is a preposition's object. */
function governedByPreposition(tokens: TaggedToken[], first: number): boolean {
	for (let i = first - 1; i >= 0 && i >= first - 5; i--) {
		const token = tokens[i];
		if (addresseePrepositions.has(token.lower) && token.pos === 'ADP') {
			return true;
		}
		if (!nounPhraseTags.has(token.pos)) {
			return false;
		}
	}
	return false;
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
	// "What it means for the vote - More from Vos: “…”": a digest's heading before a dash is a clause of its own.
	let start = 0;
	for (let k = colon - 1; k > 0; k--) {
		if (isDashToken(tokens[k])) {
			start = k + 1;
			break;
		}
	}
	if (colon < 1 || tokens[colon].text !== ':' || tokens.slice(start, colon).some((token) => token.pos === 'VERB' || /^[“"‘]$/.test(token.text))) {
		return undefined;
	}
	const first = tokens.findIndex((token, k) => k > 0 && k >= start && k < colon && token.pos === 'PROPN');
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
 * Whether a sentence is written in title case, a headline's style: four words of four letters or
 * more, most of them capitalised ("Lena Cole Wins The Harbour Vote").
 */
export function isTitleCase(tokens: TaggedToken[]): boolean {
	const words = tokens.filter((token) => longWordStartPattern.test(token.text));
	return words.length >= 4 && words.filter((token) => capitalStartPattern.test(token.text)).length >= 0.8 * words.length;
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
	if (!isTitleCase(tokens) || tokens[0]?.end > quoteStart) {
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
 * A headline in title case may name its speaker after the quote: "Docks Are ‘The Worst Deal In
 * Decades,’ Ada Vos Tells Harbour Board" (a name of two to four capitalised words, then a
 * capitalised verb of speech).
 *
 * @param tokens The sentence's tokens, tagged.
 * @param quoteEnd Where the quote's closing mark ends.
 * @param isSpeechVerb Whether a lower-case word is a verb of speech ("tells", "says").
 */
export function titleCaseTailSpeaker(tokens: TaggedToken[], quoteEnd: number, isSpeechVerb: (word: string) => boolean): ClauseSubject | undefined {
	if (!isTitleCase(tokens)) {
		return undefined;
	}
	let first = tokens.findIndex((token) => token.start >= quoteEnd);
	while (first >= 0 && first < tokens.length && [',', '’', '”', '"'].includes(tokens[first].text)) {
		first++;
	}
	if (first < 0) {
		return undefined;
	}
	return nameThenSpeechVerb(tokens, first, isSpeechVerb) ?? headlineEndSpeaker(tokens, quoteEnd, isSpeechVerb);
}

/** A name of two to four proper nouns from `first`, then a capitalised verb of speech ("Ada Vos Tells"). */
function nameThenSpeechVerb(tokens: TaggedToken[], first: number, isSpeechVerb: (word: string) => boolean): ClauseSubject | undefined {
	for (let end = first + 2; end < tokens.length && end <= first + 4; end++) {
		const name = tokens.slice(first, end);
		// "‘Not Sure’ If We Could Have Known …": a name's words are proper nouns, not a clause's capitalised words.
		if (!name.every((token) => capitalStartPattern.test(token.text) && token.pos === 'PROPN')) {
			return undefined;
		}
		if (capitalStartPattern.test(tokens[end].text) && isSpeechVerb(tokens[end].lower)) {
			return { name: name.map((token) => token.text).join(' '), span: { start: name[0].start, end: name[name.length - 1].end }, kind: 'name' };
		}
	}
	return undefined;
}

/**
 * "‘Harbour Thief’ Tom Reed Is Like A Pirate Without A Ship, Ida Vos Says.": a headline in title
 * case that ends in a comma, a name and a verb of speech is that name's words, a quote anywhere
 * before the comma too.
 */
function headlineEndSpeaker(tokens: TaggedToken[], quoteEnd: number, isSpeechVerb: (word: string) => boolean): ClauseSubject | undefined {
	const last = tokens.at(-1)?.text === '.' ? tokens.length - 2 : tokens.length - 1;
	for (let comma = last - 3; comma >= last - 5 && comma >= 0; comma--) {
		if (tokens[comma].text === ',' && tokens[comma].start >= quoteEnd) {
			const found = nameThenSpeechVerb(tokens, comma + 1, isSpeechVerb);
			return found && found.span.end < tokens[last].start && tokens[last - 1].end <= found.span.end ? found : undefined;
		}
	}
	return undefined;
}
