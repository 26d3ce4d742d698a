import * as titlesLexicon from '../text/lexicon/titles';
import * as functionWordsLexicon from '../text/lexicon/functionWords';
import * as spanIndexModule from '../spanIndex';
import * as peopleLexicon from '../text/lexicon/people';
import type { Named, Token, Who } from './attributionTypes';
import type { ClauseSubject } from './clauseSubject';
import * as phraseNameModule from './phraseName';
import * as speechTokensModule from './speechTokens';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { titleWords } = titlesLexicon;
const { auxiliaryNames, determiners, phraseStopWords: functionWords } = functionWordsLexicon;
const { firstStartingAt } = spanIndexModule;
const { postnominalAdjectives, roleNouns } = peopleLexicon;
const { afterParticiple, phraseName } = phraseNameModule;
const { isNameDot, textOf } = speechTokensModule;

// The `\p{…}` pattern of the rules below, built once: under tsx (the tests, the bench) a literal
// with `\p{…}` inside a function is rebuilt at every call (see `entities/wordShapes.ts`).
/** A capital first ("Ortiz"). */
const capitalStartPattern = /^\p{Lu}/u;

/**
 * Noun phrases read on the speaker rules' tokens: the speaker named after a verb ("said Ada
 * Brandt, a lawyer") or before it ("Admiralty adviser Oleg Varnak told"); which of its words are
 * the name is read in `phraseName.ts`, what a name is (a person, an organisation, a medium) in
 * `nameKinds.ts`, "according to X" and "quoted … as saying" in `relayPhrases.ts`.
 */

/** A clause's subject as a speaker still to resolve: a pronoun looks back, a name or a description stands. */
export function whoOf(subject: ClauseSubject): Who {
	if (subject.kind === 'pronoun') {
		return { name: subject.name, span: subject.span, pronoun: subject.span.start };
	}
	// "the senator", "the former harbour master": a role said with "the" points back to a person named before.
	const role = subject.kind === 'description' && subject.definite && subject.head !== undefined && (roleNouns.has(subject.head) || titleWords.has(subject.head));
	return role ? { name: subject.name, span: subject.span, pronoun: subject.span.start, role: true } : { name: subject.name, span: subject.span };
}

/** Index of the last comma before `end` outside brackets, or -1. */
export function lastComma(tokens: Token[], end: number): number {
	let depth = 0;
	for (let i = end - 1; i >= 0; i--) {
		const text = tokens[i].text;
		if (text === ')') {
			depth++;
		} else if (text === '(') {
			depth--;
		} else if (text === ',' && depth === 0) {
			return i;
		}
	}
	return -1;
}

/**
 * Where a closing apposition starts, which comments on the clause rather than reports it
 * ("…would be cut by 15 percent, a concession negotiators had resisted"): the last ", a"/", an".
 */
export function appositionStart(tokens: Token[], from: number, to: number): number {
	for (let i = to - 2; i > from + 2; i--) {
		if (tokens[i].text === ',' && (tokens[i + 1].lower === 'a' || tokens[i + 1].lower === 'an')) {
			return i;
		}
	}
	return to;
}

/**
 * A noun phrase that starts at `from` ("the Tarnian President", "Ivo Marrek", "his Vellish
 * counterpart", "a friend of the actress", "China's state-run Tianbao News Agency").
 *
 * @returns Its name and the index just past it.
 */
export function nounPhraseAfter(tokens: Token[], from: number, to: number): { named: Named; end: number } | undefined {
	let end = from;
	let limit = from + 8;
	// A title in quotation marks that ends the phrase names it ("the authors of the “Harbour Plan,”" → Harbour Plan).
	let titled: Named | undefined;
	while (end < to && end < limit) {
		const token = tokens[end];
		const title = end > from && (determiners.has(tokens[end - 1].lower) || tokens[end - 1].lower === 'of') ? quotedTitleAt(tokens, end, to) : undefined;
		if (title) {
			titled = { name: textOf(tokens, end + 1, title.last), span: { start: tokens[end + 1].start, end: tokens[title.last].end } };
			end = title.next;
			break;
		}
		// "a person close to the mayor": the adjective's complement belongs to the phrase.
		if (end > from && postnominalAdjectives.has(tokens[end - 1].lower) && ['to', 'with', 'on', 'in'].includes(token.lower)) {
			end++;
			limit = end + 6;
			continue;
		}
		if (!token.word) {
			// "Gov. and Harbour Committee Chairman Ed Rowe": a title's full stop before "and" and another title.
			const titleDot = token.text === '.' && titleWords.has(tokens[end - 1]?.lower ?? '') && tokens[end + 1]?.lower === 'and' && tokens[end + 2]?.cap === true;
			if (isNameDot(tokens, end) || titleDot) {
				end++;
				continue;
			}
			break;
		}
		// "a friend of the actress", "Minister of Trade Ada Brandt", "secretary of state Ada Brandt".
		const ofRole = tokens[end + 1]?.word && tokens[end + 2]?.cap && !functionWords.has(tokens[end + 1].lower);
		// "the chief of staff, Tom Bell, told": one noun after "of", then a comma, ends the role.
		const ofNoun = tokens[end + 1]?.word && !tokens[end + 1].verb && !functionWords.has(tokens[end + 1].lower) && tokens[end + 2]?.text === ',';
		if (token.lower === 'of' && end > from && tokens[end + 1]?.word && (determiners.has(tokens[end + 1].lower) || tokens[end + 1].cap || ofRole || ofNoun)) {
			end++;
			continue;
		}
		// "said former Kent Gov. and Harbour Committee Chairman Ed Rowe": two titles joined by "and".
		const titleBefore = tokens[end - 1]?.text === '.' ? tokens[end - 2] : tokens[end - 1];
		// "said radio host and former harbour master Ada Vos": a role in lower case, then "and" and a role with a name.
		const roleBefore = titleBefore !== undefined && !titleBefore.cap && roleNouns.has(titleBefore.lower) && namedRoleAt(tokens, end + 1, to);
		const titlesJoined = token.lower === 'and' && end > from && titleBefore !== undefined && ((titleWords.has(titleBefore.lower) && tokens[end + 1]?.cap === true) || roleBefore);
		if (titlesJoined) {
			limit = end + 8;
		}
		// "said the base chief known as Bob": the name the description is known by is who speaks.
		if (token.lower === 'known' && end > from && tokens[end + 1]?.lower === 'as' && tokens[end + 2]?.cap) {
			const known = nounPhraseAfter(tokens, end + 2, to);
			if (known && capitalStartPattern.test(known.named.name)) {
				return known;
			}
		}
		// "a court document lodged by …", "a survey released on Monday": a participle after the noun opens its own clause.
		const participle = end > from + 1 && !token.cap && /ed$/.test(token.lower) && !postnominalAdjectives.has(token.lower) && afterParticiple.has(tokens[end + 1]?.lower ?? '');
		// "said Vos ally Tom Brandt": a role in -ly is a noun of the phrase, not an adverb after it ("said Vos quietly").
		const adverb = !token.cap && /ly$/.test(token.lower) && end > from && !roleNouns.has(token.lower);
		if ((functionWords.has(token.lower) && !determiners.has(token.lower) && !isAuxiliaryName(tokens, end) && !titlesJoined) || token.verb || participle || adverb) {
			break;
		}
		if (determiners.has(token.lower) && end > from && tokens[end - 1].lower !== 'of' && !postnominalAdjectives.has(tokens[end - 2]?.lower ?? '')) {
			break;
		}
		end++;
	}
	const found = titled ?? phraseName(tokens, from, end - 1);
	return found ? { named: found, end } : undefined;
}

/**
 * Whether a role with a name starts at `at`: a few words in lower case, then two capitalised
 * words ("former harbour master Ada Vos").
 */
function namedRoleAt(tokens: Token[], at: number, to: number): boolean {
	for (let k = at; k < to && k < at + 6; k++) {
		if (tokens[k].cap) {
			return k > at && tokens[k + 1]?.cap === true && tokens[k + 1].word;
		}
		if (!tokens[k].word || functionWords.has(tokens[k].lower) || determiners.has(tokens[k].lower) || tokens[k].verb) {
			return false;
		}
	}
	return false;
}

/** Opening and closing double marks, straight or curly. */
const openingMarks = new Set(['“', '"']);
const closingMarks = new Set(['”', '"']);

/**
 * A title in quotation marks opening at `at`: "“…,” wrote the authors of the “Harbour Renewal
 * Project,” giving …" (two to eight capitalised words, or small words between them, maybe a comma
 * before the closing mark).
 *
 * @returns The index of its last word and the index after its closing mark.
 */
function quotedTitleAt(tokens: Token[], at: number, to: number): { last: number; next: number } | undefined {
	if (!openingMarks.has(tokens[at].text)) {
		return undefined;
	}
	let k = at + 1;
	while (k < to && k <= at + 9 && tokens[k].word && (tokens[k].cap || ['and', 'of', 'for', 'the'].includes(tokens[k].lower))) {
		k++;
	}
	const last = k - 1;
	if (tokens[k]?.text === ',') {
		k++;
	}
	return last - at >= 2 && tokens[last].cap && closingMarks.has(tokens[k]?.text ?? '') ? { last, next: k + 1 } : undefined;
}

/**
 * "Will" or "May" in a name: capitalised, and next to another capitalised word of a name ("said
 * Will Dunn, a professor", "Ada May said") or before a past verb of speech ("“…,” Will wrote"),
 * not opening a question ("Will Dunn run?" stays unread: the name is read only where a phrase may
 * stand).
 */
function isAuxiliaryName(tokens: Token[], i: number): boolean {
	const token = tokens[i];
	if (!token.cap || !auxiliaryNames.has(token.lower)) {
		return false;
	}
	const isNamePart = (other: Token | undefined) => other !== undefined && other.word && other.cap && !functionWords.has(other.lower);
	// "“…,” Will wrote": a past verb of speech never follows the auxiliary, so the word is a surname.
	const spokeAfter = tokens[i + 1]?.verb === true && /(?:ed|s)$|^(?:said|wrote|told)$/.test(tokens[i + 1].lower);
	return isNamePart(tokens[i + 1]) || isNamePart(tokens[i - 1]) || spokeAfter;
}

/**
 * A noun phrase that ends at `last`, read backwards: words until a punctuation mark, a function
 * word or a verb; a determiner ends it, unless "of" stands before it ("a friend of the actress").
 */
export function nounPhraseBefore(tokens: Token[], last: number, floor: number): { named: Named; first: number } | undefined {
	let first = last + 1;
	for (let i = last; i >= floor && i > last - 14; i--) {
		const token = tokens[i];
		if (!token.word) {
			if (isNameDot(tokens, i)) {
				first = i;
				continue;
			}
			break;
		}
		if (determiners.has(token.lower)) {
			first = i;
			if (tokens[i - 1]?.lower === 'of' && i - 2 >= floor && tokens[i - 2].word && !functionWords.has(tokens[i - 2].lower)) {
				i--;
				first = i;
				continue;
			}
			break;
		}
		// "the chief of staff", "head of security": a role that takes one lower-case noun after "of".
		const ofRole = token.lower === 'of' && first === i + 1 && first === last && !tokens[first].cap && i - 1 >= floor && tokens[i - 1].word && !functionWords.has(tokens[i - 1].lower) && !tokens[i - 1].verb;
		if (ofRole) {
			first = i;
			continue;
		}
		// "“…,” organizing director Ivo Marsh said", "acting governor Ada Vos": a word in -ing or -ed
		// right before a role or a title is part of the role, not a verb ending the phrase.
		const modifiesRole = first === i + 1 && first < last && !tokens[first].cap && (roleNouns.has(tokens[first].lower) || titleWords.has(tokens[first].lower));
		if ((functionWords.has(token.lower) && !isAuxiliaryName(tokens, i)) || token.verb || token.participle || (!token.cap && /(?:ed|ing)$/.test(token.lower) && token.text.length > 4 && !modifiesRole)) {
			break;
		}
		first = i;
	}
	if (first > last) {
		return undefined;
	}
	const found = phraseName(tokens, first, last);
	if (!found) {
		return undefined;
	}
	// "Ada Brandt and Ivo Marsh said": both speak, named together; "port chair Ada Brandt and deputy
	// mayor Ivo Marsh said": the second with a role of its own.
	if (tokens[first - 1]?.lower === 'and' && first - 2 >= floor && tokens[first - 2].cap) {
		const left = nounPhraseBefore(tokens, first - 2, floor);
		if (left && capitalStartPattern.test(left.named.name) && (found.span.start === tokens[first].start || isRoleBefore(tokens, first, found.span.start))) {
			const span = { start: left.named.span.start, end: found.span.end };
			const firstToken = firstStartingAt(tokens, span.start);
			return { named: { name: textOf(tokens, firstToken, last), span }, first: left.first };
		}
	}
	return { named: found, first };
}

/**
 * Whether the tokens from `first` up to the name at `nameStart` are a role written before it
 * ("deputy mayor" in "deputy mayor Ivo Marsh", "Harbour Speaker" in "Harbour Speaker Ivo Marsh"):
 * words, none a determiner, the last a title or a role.
 */
function isRoleBefore(tokens: Token[], first: number, nameStart: number): boolean {
	let k = first;
	while (k < tokens.length && tokens[k].start < nameStart) {
		const token = tokens[k];
		if (!token.word || determiners.has(token.lower) || functionWords.has(token.lower)) {
			return false;
		}
		k++;
	}
	return k > first && (titleWords.has(tokens[k - 1].lower) || roleNouns.has(tokens[k - 1].lower));
}
