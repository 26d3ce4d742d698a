import * as spanIndexModule from '../spanIndex';
import * as wordsModule from '../text/words';
import type { Quote } from '../types';
import type { Attribution, Named, QuoteSpan, Token } from './attributionTypes';
import { lastMarkOf, maxReach, type ArticleText } from './articleText';
import * as peopleLexicon from '../text/lexicon/people';
import * as speechLexicon from '../text/lexicon/speech';
import { titleWords } from '../text/lexicon/titles';
import * as phrasesModule from './phrases';
import { asideAccording, isPassive, readAccording, readAccordingLead, readQuotedAsSaying } from './relayPhrases';
import * as speechTokensModule from './speechTokens';
import * as verbObjectModule from './verbObject';
import * as verbSubjectModule from './verbSubject';
import { participleSubject } from './participleSubject';
import { maxAppositionAfter } from './appositiveSubject';
import { subordinateClauseEnd } from './mainClause';
import { passiveAgent } from './passiveAgent';
import { withComplement } from './complementAfter';
import { functionWordSurname } from './functionWordSurname';
import { namerInRelative } from './relativeNamer';

/**
 * The attribution that touches a quote: a reporting verb and its subject right after it ("“…,”
 * said Lund", "“…,” he added") or right before it ("Marrek told Lund: “…”"), the quote before it in
 * the same sentence, or the last speaker when the quote stands alone.
 */

// NOTE: imports read once, as in `entities/tokens.ts`.
const { firstStartingAt } = spanIndexModule;
const { wordStartAfter } = wordsModule;
const { personPronouns, roleNouns } = peopleLexicon;
const { characterisingVerbs, clauseAuxiliaries, speechVerbs } = speechLexicon;
const { nounPhraseAfter } = phrasesModule;
const { findLast, isNameDot, tokenize } = speechTokensModule;
const { readObject, readQuotedBy, readSourceAfter, relayBefore } = verbObjectModule;
const { verbSubject } = verbSubjectModule;

/** A lower-case word or a comma after a quote ("“Vos for Mayor” pins", "“The Crane,” said"). */
const lowerAfterPattern = /^[\s,]*[\p{Ll},]/u;

/** The most words of a quote read as part of an attribution around it ("“Vos for Mayor” pins"). */
const maxInsideWords = 5;

/** Whether a quote holds a few words and no end of a sentence: a title or a slogan, not speech. */
function isFewWords(text: string, quote: QuoteSpan): boolean {
	const words = text.slice(quote.inner.start, quote.inner.end).trim();
	return words.split(/\s+/).length <= maxInsideWords && !/[.?!]/.test(words);
}

/** Where the sentence a quote's attribution follows in ends. */
function sentenceAfterEnd(article: ArticleText, quote: QuoteSpan): number {
	return article.sentenceAfterQuote(quote)?.end ?? quote.end;
}

/** A name of up to four words, a verb of speech and the sentence's end: "Ortiz said.", "Ada B. Vos added." */
function endsOnVerb(tokens: Token[], from: number): boolean {
	let v = from;
	while (v < tokens.length && v < from + 6 && (tokens[v].cap || isNameDot(tokens, v)) && !tokens[v].verb) {
		v++;
	}
	return v > from && tokens[v]?.verb === true && (tokens[v + 1] === undefined || tokens[v + 1].text === '.');
}

/**
 * Reads the attribution of a direct quote: after it in its sentence, else before it, else
 * shared with the quote before it in the same sentence, else carried over from the last
 * quote when this one stands alone.
 *
 * @param quote The quote.
 * @param previous The speech quote before it, as attributed.
 * @param lastSpoken The last speech quote that got a speaker.
 */
export function readAround(article: ArticleText, quote: QuoteSpan, previous: Quote | undefined, lastSpoken: Quote | undefined): Attribution | undefined {
	const startParagraph = article.paragraphAt(quote.start);
	const endParagraph = article.paragraphAt(quote.end - 1);
	const following = article.quotes[firstStartingAt(article.quotes, quote.end)];
	// "“…,” Tom Orr, wearing “Vos for Mayor” pins, said": a few words quoted inside the attribution
	// (a title, a slogan) do not end it; the next quote after them does.
	// A quoted word between two words of a name is a nickname ("Ada “Dot” Vos"), which ends the reading.
	const inside = following && sentenceAfterEnd(article, quote) > following.end && isFewWords(article.text, following) && lowerAfterPattern.test(article.text.slice(following.end, following.end + 3));
	const next = inside ? article.quotes[firstStartingAt(article.quotes, following.end)] : following;
	const sentenceAfter = article.sentenceAfterQuote(quote);
	const afterEnd = Math.min(sentenceAfter?.end ?? quote.end, article.parsed.paragraphs[endParagraph].end, next?.start ?? Infinity, quote.end + maxReach);
	const after = tokenize(article.text, quote.end, afterEnd);

	const sentenceBefore = article.sentenceAt(quote.start);
	const previousEnd = previous && article.paragraphAt(previous.end - 1) === startParagraph ? previous.end : 0;
	const beforeStart = Math.max(sentenceBefore?.start ?? quote.start, previousEnd, article.parsed.paragraphs[startParagraph].start, wordStartAfter(article.text, quote.start - maxReach));
	const before = tokenize(article.text, beforeStart, quote.start);

	// "Brandt said, “Why now?” He went on, “…”": a question introduced by its speaker keeps them; the
	// words after it begin the next sentence.
	const introduced = /[?!]$/.test(lastMarkOf(article.text, quote)) ? readBefore(article, before) : undefined;
	// "In a clip that Judge Ada Vos called “vile,” Lund vowed …": the words a relative clause's
	// verb of naming takes are its subject's, not the main clause's after the quote.
	const named = namerInRelative(article, before);
	const found = named ?? (introduced?.adjacent && introduced.speaker ? introduced : undefined) ?? readAfter(article, after, quote) ?? introduced ?? readBefore(article, before);
	if (found) {
		found.source ??= readSourceAfter(after);
		return found;
	}
	const according = readAccording(after, after[0]?.text === ',' ? 1 : 0, after.length);
	if (according) {
		// "“…,” according to the Admiralty": nobody else is named, so the Admiralty speaks.
		return { speaker: according, adjacent: true };
	}
	if (previous?.speaker && previousEnd > (sentenceBefore?.start ?? quote.start)) {
		// "…that “a new model …” which includes a “determination …”": one verb, two quotes.
		return { speaker: { ...previous.speaker }, adjacent: false };
	}
	// A quote standing alone right after a quote with a speaker: the same person goes on.
	const alone = !before.some((token) => token.word) && !after.some((token) => token.word);
	// "“…,” said Bell.¶Vos recalled the winter. “…”": a sentence of the quote's paragraph stands between,
	// and the structure reads who that sentence is about.
	const told = article.sentenceIndexAt(quote.start) - 1;
	const between = told >= 0 && article.parsed.sentences[told].start >= (lastSpoken?.end ?? 0) && article.paragraphAt(article.parsed.sentences[told].start) === startParagraph;
	if (alone && !between && lastSpoken?.speaker && previous === lastSpoken && startParagraph - article.paragraphAt(lastSpoken.end - 1) <= 1) {
		return { speaker: { name: lastSpoken.speaker.name, span: lastSpoken.speaker.span, via: 'previous' }, adjacent: false };
	}
	return undefined;
}
/**
 * The attribution after a quote: "“…,” said Lu", "“…,” Lu said", "“…,” he added",
 * "“…,” said Ivo Marrek to Lund", "“…,” the Tarn News Agency quoted Lund as saying",
 * "“…” the actress's rep Jack Smith told the magazine". A quote ending in a full stop is
 * followed by a new sentence ("“…on time.” Ortiz told Tidewire that …"), unless the verb
 * comes at once ("“….” he said").
 */
function readAfter(article: ArticleText, tokens: Token[], quote: QuoteSpan): Attribution | undefined {
	let from = 0;
	while (from < tokens.length && !tokens[from].word && ',—–-\'"’”'.includes(tokens[from].text)) {
		from++;
	}
	if (from >= tokens.length) {
		return undefined;
	}
	const innerEnd = article.text.slice(quote.inner.start, quote.inner.end).trimEnd().slice(-1);
	const first = tokens[from];
	const pronounVerb = personPronouns.has(first.lower) && tokens[from + 1]?.verb === true;
	const tight = first.verb || pronounVerb;
	// "“… the files.” Ortiz said." still attributes it, with nothing after the verb; "“….” Ortiz said
	// the plan …" starts a sentence of its own.
	if (from === 0 && '.;:'.includes(innerEnd) && !tight && !endsOnVerb(tokens, from)) {
		return undefined;
	}
	// "“…this season!” She answered him that …": after "!" or "?", a capitalised pronoun and a verb that
	// reports a clause of its own ("that") begin a new sentence, not the quote's attribution.
	if (from === 0 && '?!'.includes(innerEnd) && pronounVerb && first.cap && tokens.slice(from + 2, from + 6).some((token) => token.lower === 'that')) {
		return undefined;
	}
	// "“…,” Read said": a surname that is also a function word.
	const surname = functionWordSurname(tokens, from, innerEnd);
	if (surname) {
		const object = readObject(tokens, from + 1, tokens.length);
		return { speaker: surname, addressee: object.addressee, source: object.source, adjacent: true };
	}
	if (first.verb) {
		const phrase = nounPhraseAfter(tokens, from + 1, tokens.length);
		// "Lund, citing “the old magic,” said the mayor could win": the phrase after the verb opens
		// what is said, and the speaker stands before the quote.
		if (!phrase || clauseAuxiliaries.has(tokens[phrase.end]?.lower ?? '')) {
			return undefined;
		}
		const described = withComplement(tokens, phrase, tokens.length, nounPhraseAfter);
		if (described) {
			return { speaker: described.named, adjacent: true };
		}
		const object = tokens[phrase.end]?.lower === 'to' ? nounPhraseAfter(tokens, phrase.end + 1, tokens.length) : undefined;
		return { speaker: phrase.named, addressee: object?.named, adjacent: true };
	}
	let comma = false;
	for (let v = from + 1; v < tokens.length && v <= from + maxAppositionAfter; v++) {
		// "“…,” Brandt, 52, told the court": an apposition may stand between subject and verb;
		// "“…!” Rep. Glen Tomson, R-Pa., said": with the abbreviations of a party and a state.
		const token = tokens[v];
		const abbreviation = token.text === '.' && tokens[v - 1].word && tokens[v - 1].cap && tokens[v - 1].text.length <= 5;
		// "Andrews’ campaign manager": the apostrophe of a possessive after a final s.
		const possessive = "'’".includes(token.text) && /s$/.test(tokens[v - 1].text) && tokens[v + 1]?.word === true;
		// "“…,” Ida Lorne, an analyst at Cobb Fisher & Sons, wrote": a firm's ampersand, like its brackets and dashes.
		if (!token.word && token.text !== ',' && !isNameDot(tokens, v) && !abbreviation && !possessive && !'()-–&“”"$'.includes(token.text)) {
			return undefined;
		}
		comma ||= token.text === ',';
		// A long apposition ("“…,” Elna Kamar, a senior fellow at the institute and a delegate,
		// wrote") is closed by a comma before the verb.
		if (v > from + 12 && !(comma && tokens[v - 1].text === ',') && token.word && token.verb) {
			return undefined;
		}
		if (tokens[v].lower === 'quoted') {
			return readQuotedAsSaying(tokens, from, v);
		}
		if (tokens[v].verb) {
			// "“…,” as Ortiz said on the radio": the clause may open with "as".
			const opening = tokens[from].lower === 'as' ? from + 1 : from;
			const subject = verbSubject(article, tokens, v, opening);
			if (!subject || (subject.first !== opening && !isOrganizationBefore(tokens, opening, subject.first, v))) {
				return undefined;
			}
			const object = readObject(tokens, v, tokens.length);
			return { ...subject.attribution, addressee: object.addressee, source: object.source, adjacent: true };
		}
	}
	return undefined;
}

/** Small words inside an organisation's name ("Pilots for Safe Ports", "Friends of the Pier"). */
const organizationJoiners = new Set(['for', 'of', 'and', 'the', '&', '$']);

/**
 * Whether the tokens from `from` up to the speaker's phrase at `first` are an organisation's
 * name written before the role: "“…,” Pilots for $20 Wages organizing director Ivo Marsh said"
 * (capitalised words, numbers and a few small words, the first capitalised; the phrase read
 * before the verb holds the rest of it).
 */
function isOrganizationBefore(tokens: Token[], from: number, first: number, verb: number): boolean {
	const words = tokens.slice(from, first);
	const edge = (token: Token | undefined) => token !== undefined && token.word && (token.cap || /^\d/.test(token.text));
	// The role in lower case that the organisation's name stands before: "… organizing director Ivo Marsh".
	const role = tokens.slice(first, verb).some((token) => !token.cap && (roleNouns.has(token.lower) || titleWords.has(token.lower)));
	return role && words.length >= 2 && edge(words[0]) && words.every((token) => edge(token) || organizationJoiners.has(token.lower));
}

/**
 * The attribution before a quote, in its sentence: "Marrek told Lund: “…”", "He said: “…”",
 * "Lu is quoted by Tianbao as saying, “…”", "…, saying, “…”", and for a quote inside a sentence
 * the nearest speech verb with its subject ("Ortiz said she and Brandt reject “any plan to close the port”").
 */
export function readBefore(article: ArticleText, tokens: Token[]): Attribution | undefined {
	let end = tokens.length;
	let introduces = false;
	while (end > 0 && !tokens[end - 1].word && ':,—–-'.includes(tokens[end - 1].text)) {
		end--;
		introduces = true;
	}
	if (end === 0) {
		return undefined;
	}
	if (tokens[end - 1].lower === 'saying' && tokens[end - 2]?.lower === 'as') {
		const quoted = findLast(tokens, end - 2, (token) => token.lower === 'quoted');
		if (quoted >= 0) {
			return tokens[quoted + 1]?.lower === 'by' ? readQuotedBy(article, tokens, quoted, end - 2) : readQuotedAsSaying(tokens, 0, quoted);
		}
	}
	for (let v = end - 1; v >= 0; v--) {
		const token = tokens[v];
		const finite = token.verb;
		// "Brandt was asked by host Lena Ortiz, “…?”": the agent puts the question.
		const agent = finite && isPassive(tokens, v) ? passiveAgent(tokens, v, end) : undefined;
		if (agent) {
			return { speaker: agent, adjacent: introduces };
		}
		// "The clerk, Ada Vos, interrupted me to announce, “…”": a verb of speech after "to" speaks for the clause's subject.
		const infinitive = !finite && !token.participle && isSpeechInfinitive(tokens, v);
		if ((!finite && !token.participle && !infinitive) || isPassive(tokens, v)) {
			continue;
		}
		const subject = finite ? verbSubject(article, tokens, v, 0) : participleSubject(article, tokens, v, 0);
		if (!subject) {
			continue;
		}
		const clauseEnd = finite ? subordinateClauseEnd(tokens, subject.first, v, end) : -1;
		if (clauseEnd >= 0) {
			// "When the mayor claimed …, Ortiz hit back: “…”": not the mayor; the sentence's structure reads the main clause.
			return undefined;
		}
		const object = readObject(tokens, v, end);
		// "Vos replied with: “…?”", "Vos responds to Brandt with, “…?”": "with" ends the introduction.
		const next = tokens[object.next]?.lower === 'with' ? object.next + 1 : object.next;
		const adjacent = v === end - 1 || (introduces && next >= end);
		const outer = finite ? relayBefore(article, tokens, subject.first) : undefined;
		const according = readAccordingLead(tokens, end);
		return {
			...subject.attribution,
			addressee: object.addressee,
			source: object.source ?? according?.named ?? outer,
			adjacent,
		};
	}
	const according = readAccordingLead(tokens, end)?.named ?? accordingAside(tokens, end);
	return according ? { speaker: according, adjacent: false } : undefined;
}

/**
 * "For Brandt, according to former port secretary Ada Vos, the speech is “a test”": "according to"
 * set off by commas inside the sentence names who says it.
 */
function accordingAside(tokens: Token[], end: number): Named | undefined {
	for (let a = 1; a < end - 2; a++) {
		if (tokens[a].lower === 'according' && tokens[a + 1].lower === 'to' && tokens[a - 1].text === ',') {
			// "The mayor, according to aides, called the vote “a farce”": an aside between a subject and
			// its verb of characterising leaves that verb's subject to speak.
			const close = tokens.findIndex((token, k) => k > a + 1 && k < end && token.text === ',');
			const next = tokens[close + 1];
			return close > 0 && next?.word && !next.cap && characterisingVerbs.has(next.lower) ? undefined : asideAccording(tokens, a + 2, end);
		}
	}
	return undefined;
}

/**
 * A verb of speech in its bare form after "to" ("to announce", "to ask", "to declare"): one whose
 * "-s" or "-ed" form is a reporting verb.
 */
function isSpeechInfinitive(tokens: Token[], v: number): boolean {
	const token = tokens[v];
	return tokens[v - 1]?.lower === 'to' && token.word && !token.cap && (speechVerbs.has(`${token.lower}s`) || speechVerbs.has(`${token.lower}d`) || speechVerbs.has(`${token.lower}ed`));
}
