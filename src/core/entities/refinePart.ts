import * as englishWordsLexicon from '../text/lexicon/englishWords';
import * as peopleLexicon from '../text/lexicon/people';
import * as placesLexicon from '../text/lexicon/places';
import * as sourcesLexicon from '../text/lexicon/sources';
import * as demonymsModule from './demonyms';
import { similarNames } from './nameSimilarity';
import type { NameEvidence } from './nameEvidence';
import * as nameWordsModule from './nameWords';
import type { Part } from './part';
import type { Token } from './tokens';
import * as typeRulesModule from './typeRules';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { isEnglishWord } = englishWordsLexicon;
const { firstNames, personCueWords } = peopleLexicon;
const { gazetteer } = placesLexicon;
const { knownOrganizations } = sourcesLexicon;
const { isDerivedDemonym, isPlaceByDemonym } = demonymsModule;
const { isHeadWord, keyOf } = nameWordsModule;
const { majority } = typeRulesModule;

/** Words that end in "-ing", "-ed" or "-ly" open sentences as verbs and adverbs ("Calling Borodin …"). */
const verbalEndingPattern = /(?:ing|ed|ly)$/;

/**
 * Readings of the folder that refine a part in an article: a word that opens a sentence is a
 * name only if the folder says so; "Borodin-Lu summit" is two names; "Dravonia Aleksandr
 * Varennikoff" (the title before it cut out) is a place and a person; "Kestrian" after "Kestria"
 * is an adjective.
 */
export function refinePart(tokens: Token[], part: Part, evidence: NameEvidence, text: string): Part[] {
	if (part.forced) {
		return [part];
	}
	let { first } = part;
	const { last } = part;
	if (isDerivedDemonym(tokens[first].key, evidence) && (first === last || !isHeadWord(tokens[last].key))) {
		first++;
	}
	if (first > last) {
		return [];
	}
	if (tokens[first].opening) {
		if (first === last && !isKnownSingle(tokens[first], evidence) && !isSubjectName(tokens, first, text)) {
			return [];
		}
		if (first < last && isSentenceWord(tokens[first], evidence, text)) {
			first++;
		}
	}
	const refined = { ...part, first };
	return splitCompound(tokens, refined, evidence) ?? splitPlacePerson(tokens, refined, evidence) ?? [refined];
}

/**
 * "Halloran said …", "Whitte told reporters …", "Brennick was sentenced …", "Ostrava’s lawyer …",
 * "Kessling, 61, …": a capitalised word that opens a sentence is a name when a verb of saying
 * follows it, or when it is no everyday English word and an auxiliary, a past tense, an adverb
 * or "on" (Sunday) follows it, it owns something or an age stands beside it ("Violence was …",
 * "Firemen had …" are words). Never when the article uses it in lower case too ("Police said …").
 */
function isSubjectName(tokens: Token[], index: number, text: string): boolean {
	const token = tokens[index];
	const next = tokens[index + 1];
	if (token.kind !== 'cap') {
		return false;
	}
	// NOTE: the search of the whole text for the word in lower case comes last, when all else says yes.
	if (next?.joined && personCueWords.has(next.key)) {
		return !usedInLowerCase(text, token.key);
	}
	const possessive = /^['’]s\b/.test(text.slice(token.end, token.end + 3));
	const verb = next?.joined === true && (subjectVerbs.has(next.key) || (next.kind === 'lower' && subjectFollowerPattern.test(next.key)));
	// "Kessling, 91, …": an age in apposition.
	const age = /^,\s*\d{1,3},/.test(text.slice(token.end, token.end + 7));
	return (possessive || verb || age) && !isEnglishWord(token.key) && !usedInLowerCase(text, token.key);
}

/** A past tense or an adverb after the subject: "Halloran named …", "Brennick briefly led …". */
const subjectFollowerPattern = /^[a-z]{3,}(?:ed|ly)$/;

/** Auxiliaries, verbs and time phrases that follow the subject of a sentence of news ("Halloran was …", "Ostrava on Sunday said …"). */
const subjectVerbs = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'could', 'can', 'did', 'does', 'also', 'became', 'remains', 'remained', 'on']);

/** A word that the folder writes as a name, or an acronym, a known place or organization. */
function isKnownSingle(token: Token, evidence: NameEvidence): boolean {
	return token.kind === 'upper' || (evidence.names.has(token.key) && !mostlyLower(token.key, evidence)) || gazetteer.has(token.key) || knownOrganizations.has(token.key) || isPlaceByDemonym(token.key, evidence);
}

/**
 * A word the folder writes in lower case more often than capitalised inside a sentence, and at
 * least twice: "Songbird and teacher Ada Lenz sang …" opens with a common noun that a book's title ("The
 * Last Songbird") capitalised once. A name written once in lower case by mistake stays a name.
 */
function mostlyLower(key: string, evidence: NameEvidence): boolean {
	const counts = evidence.cases.get(key);
	return counts !== undefined && counts.lower >= 2 && counts.lower > counts.capitalised;
}

/**
 * The first word of a sentence that is an ordinary word: never a name in the folder, and used in
 * lower case elsewhere in the article or shaped like a verb or adverb ("Calling Borodin …",
 * "Considering Lionsgate …"). First names and known places stay ("Oleg Varnak said …").
 */
function isSentenceWord(token: Token, evidence: NameEvidence, text: string): boolean {
	if (evidence.names.has(token.key) || firstNames.has(token.key) || gazetteer.has(token.key) || knownOrganizations.has(token.key) || token.kind !== 'cap') {
		return false;
	}
	return verbalEndingPattern.test(token.key) || usedInLowerCase(text, token.key);
}

/**
 * Whether a word stands in lower case somewhere in the text ("artist" for a sentence-initial "Artist"):
 * as a whole word, with no letter or digit glued on either side.
 * NOTE: answered from an index of the text's words built once per text, not by a search of the
 * whole text per sentence-initial word (quadratic on long texts); a key holding a hyphen, a dot
 * or an apostrophe ("state-run") is not one word of the index and is searched, once.
 */
function usedInLowerCase(text: string, word: string): boolean {
	const index = wordIndexOf(text);
	let known = index.answers.get(word);
	if (known === undefined) {
		known = text.length >= indexedLength && wholeWordPattern.test(word) ? wordsOf(index).has(word) : searchWhole(text, word);
		index.answers.set(word, known);
	}
	return known;
}

/** Texts shorter than this (every news article) are searched directly: building the index would cost more. */
const indexedLength = 50_000;

/** A word of letters and digits only, and one letter or digit (built once: see `wordShapes.ts`). */
const wholeWordPattern = /^[\p{L}\p{N}]+$/u;
const wordCharPattern = /[\p{L}\p{N}]/u;

/**
 * The last text asked about, the answers given for it (each word is asked about again when the
 * folder's evidence refines the article a second time), and its words once a long text needs them.
 */
interface TextIndex {
	text: string;
	words?: Set<string>;
	answers: Map<string, boolean>;
}

let lastIndex: TextIndex | undefined;

function wordIndexOf(text: string): TextIndex {
	if (lastIndex?.text !== text) {
		lastIndex = { text, answers: new Map() };
	}
	return lastIndex;
}

function wordsOf(index: TextIndex): Set<string> {
	if (!index.words) {
		// Runs of letters and digits, cut at every other code unit as the search below does.
		const words = new Set<string>();
		const wordPattern = /[\p{L}\p{N}]+/gu;
		for (let match = wordPattern.exec(index.text); match; match = wordPattern.exec(index.text)) {
			words.add(match[0]);
		}
		index.words = words;
	}
	return index.words;
}

function searchWhole(text: string, word: string): boolean {
	for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
		if (!wordCharPattern.test(text[at - 1] ?? ' ') && !wordCharPattern.test(text[at + word.length] ?? ' ')) {
			return true;
		}
	}
	return false;
}

/**
 * Splits a hyphenated pair of names used as a modifier: "Borodin-Lu summit", "China-Russia
 * relations", when each half is a name on its own. "Indo-Pacific" and "Jean-Stéphane" stay whole.
 */
function splitCompound(tokens: Token[], part: Part, evidence: NameEvidence): Part[] | undefined {
	const token = tokens[part.first];
	if (part.first !== part.last || !token.key.includes('-') || gazetteer.has(token.key)) {
		return undefined;
	}
	const pieces = token.key.split('-');
	if (!pieces.every((piece) => evidence.names.has(piece) || gazetteer.has(piece) || knownOrganizations.has(piece))) {
		return undefined;
	}
	let start = token.start;
	return pieces.map((key) => {
		const piece = { start, end: start + key.length, key };
		start = piece.end + 1;
		return { ...part, titled: false, piece };
	});
}

/** The most words of a place name ("United Kingdom of Great Britain and Northern Ireland"). */
const maxPlaceWords = 10;

/**
 * Splits a place that runs into a person's name once the title between them is gone:
 * "the President of Dravonia Aleksandr Varennikoff" → "Dravonia", "Aleksandr Varennikoff". The
 * rest must read as a person: a first name, or a name the folder gives to a person elsewhere.
 */
function splitPlacePerson(tokens: Token[], part: Part, evidence: NameEvidence): Part[] | undefined {
	// The place is read from the part's first words, each reading building its key: bounded, so a
	// run of thousands of capitalised words ("Aa Aa Aa …") costs no more than a name.
	for (let end = part.first; end < part.last && end < part.first + maxPlaceWords; end++) {
		const place = keyOf(tokens, part.first, end);
		const known = gazetteer.has(place) || isPlaceByDemonym(place, evidence) || majority(evidence.votes.get(place)) === 'place';
		// (A place not known is read only as the part's first word, when a full name follows: `misspeltFolderPlace`.)
		if (!known && (end !== part.first || end + 1 >= part.last)) {
			continue;
		}
		const restIsPerson = majority(evidence.votes.get(keyOf(tokens, end + 1, part.last))) === 'person';
		if ((known && (firstNames.has(tokens[end + 1].key) || restIsPerson)) || (!known && restIsPerson && misspeltFolderPlace(place, evidence))) {
			return [
				{ first: part.first, last: end, titled: false },
				{ first: end + 1, last: part.last, titled: part.titled },
			];
		}
	}
	return undefined;
}

/**
 * Whether one word, no first name and never a person's in the folder, is another spelling of a
 * one-word place the folder writes (`similarNames`). Machine-translated copy writes "the Prime
 * Minister of Telmarya Anouk Berendsen" where the folder writes "Telmaria" and "Anouk
 * Berendsen": read as one name, the misspelt place would be lost in a person's, and no outlet
 * would be seen to spell the place otherwise. Asked only when the words after it are a full
 * name the folder gives to a person ("Anouk Berendsen", never "Berendsen" alone: "Kenia
 * Berendsen" may be her sister).
 */
function misspeltFolderPlace(word: string, evidence: NameEvidence): boolean {
	if (firstNames.has(word) || majority(evidence.votes.get(word)) === 'person') {
		return false;
	}
	return folderPlaces(evidence).some((place) => place !== word && similarNames(place, word));
}

/** The one-word places of a folder (by its votes), listed once per folder. */
function folderPlaces(evidence: NameEvidence): string[] {
	let places = placesOfFolder.get(evidence);
	if (!places) {
		places = [];
		for (const [key, votes] of evidence.votes) {
			if (!key.includes(' ') && majority(votes) === 'place') {
				places.push(key);
			}
		}
		placesOfFolder.set(evidence, places);
	}
	return places;
}

const placesOfFolder = new WeakMap<NameEvidence, string[]>();
