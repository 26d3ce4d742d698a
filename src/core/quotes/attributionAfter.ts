import * as peopleLexicon from '../text/lexicon/people';
import * as speechLexicon from '../text/lexicon/speech';
import { titleWords } from '../text/lexicon/titles';
import type { Attribution, QuoteSpan, Token } from './attributionTypes';
import type { ArticleText } from './articleText';
import * as phrasesModule from './phrases';
import { readQuotedAsSaying } from './relayPhrases';
import * as speechTokensModule from './speechTokens';
import * as verbObjectModule from './verbObject';
import * as verbSubjectModule from './verbSubject';
import { maxAppositionAfter } from './appositiveSubject';
import { withComplement } from './complementAfter';
import { functionWordSurname } from './functionWordSurname';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { personPronouns, roleNouns } = peopleLexicon;
const { clauseAuxiliaries } = speechLexicon;
const { nounPhraseAfter } = phrasesModule;
const { isNameDot } = speechTokensModule;
const { readObject } = verbObjectModule;
const { verbSubject } = verbSubjectModule;

/** A name of up to four words, a verb of speech and the sentence's end: "Ortiz said.", "Ada B. Vos added." */
function endsOnVerb(tokens: Token[], from: number): boolean {
	let v = from;
	while (v < tokens.length && v < from + 6 && (tokens[v].cap || isNameDot(tokens, v)) && !tokens[v].verb) {
		v++;
	}
	return v > from && tokens[v]?.verb === true && (tokens[v + 1] === undefined || tokens[v + 1].text === '.');
}

/**
 * The attribution after a quote: "“…,” said Lu", "“…,” Lu said", "“…,” he added",
 * "“…,” said Ivo Marrek to Lund", "“…,” the Tarn News Agency quoted Lund as saying",
 * "“…” the actress's rep Jack Smith told the magazine". A quote ending in a full stop is
 * followed by a new sentence ("“…on time.” Ortiz told Tidewire that …"), unless the verb
 * comes at once ("“….” he said").
 */
export function readAfter(article: ArticleText, tokens: Token[], quote: QuoteSpan): Attribution | undefined {
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
