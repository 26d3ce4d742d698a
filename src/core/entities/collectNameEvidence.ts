import * as lexicalTypeModule from './lexicalType';
import * as titlesLexicon from '../text/lexicon/titles';
import type { ParsedArticle } from '../types';
import type { NameEvidence } from './nameEvidence';
import * as nameWordsModule from './nameWords';
import * as paragraphsModule from './paragraphs';
import type { Part } from './part';
import type { Token } from './tokens';
import * as typeRulesModule from './typeRules';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { readParagraphs } = paragraphsModule;
const { lexicalType } = lexicalTypeModule;
const { nameSuffixes } = titlesLexicon;
const { isHeadWord, keyOf, keysOf } = nameWordsModule;
const { contextType } = typeRulesModule;

/**
 * Reads the folder once to learn which words it writes as names (see `NameEvidence`). Pass the
 * result to `findEntityMentions` for every article of the folder.
 *
 * @param articles Every parsed article of the folder.
 * @returns What the folder says about names.
 */
export function collectNameEvidence(articles: readonly ParsedArticle[]): NameEvidence {
	const evidence: NameEvidence = { capitalised: new Set(), names: new Set(), acronyms: new Set(), adjectives: new Set(), cases: new Map(), votes: new Map() };
	for (const { parsed, copies } of distinctParses(articles)) {
		for (const { tokens, parts } of readParagraphs(parsed)) {
			recordWords(tokens, evidence, copies);
			for (const part of parts) {
				recordPart(tokens, part, evidence, copies);
			}
		}
	}
	// "PORT" of a dateline is no acronym when the folder writes "Port" too.
	for (const key of evidence.acronyms) {
		if (evidence.capitalised.has(key)) {
			evidence.acronyms.delete(key);
		}
	}
	return evidence;
}

/**
 * The folder's parses, a verbatim copy's counted with its original (`verbatimCopies.ts`: copies
 * share their parse's paragraph list): ten files of one wire story are read once and count ten
 * times. Each parse comes at its first file's place, so every key is first met where it was.
 */
function distinctParses(articles: readonly ParsedArticle[]): { parsed: ParsedArticle; copies: number }[] {
	const distinct: { parsed: ParsedArticle; copies: number }[] = [];
	const byParagraphs = new Map<ParsedArticle['paragraphs'], { parsed: ParsedArticle; copies: number }>();
	for (const parsed of articles) {
		const known = byParagraphs.get(parsed.paragraphs);
		if (known?.parsed.text === parsed.text) {
			known.copies++;
			continue;
		}
		const entry = { parsed, copies: 1 };
		byParagraphs.set(parsed.paragraphs, entry);
		distinct.push(entry);
	}
	return distinct;
}

/** Records the words of a paragraph of ordinary prose (`copies` times): capitalised mid-sentence, acronyms, adjectives. */
function recordWords(tokens: Token[], evidence: NameEvidence, copies: number): void {
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i];
		if (token.shouted) {
			continue;
		}
		if (token.kind === 'upper' && token.key.length >= 2 && token.key.length <= 5) {
			evidence.acronyms.add(token.key);
		}
		if (token.kind === 'lower') {
			countCase(evidence, token.key, 'lower', copies);
		}
		if (token.kind !== 'cap') {
			continue;
		}
		if (!token.opening) {
			evidence.capitalised.add(token.key);
			countCase(evidence, token.key, 'capitalised', copies);
		}
		const next = tokens[i + 1];
		if (next?.joined && next.kind === 'lower' && !token.closes) {
			evidence.adjectives.add(token.key);
		}
	}
}

/**
 * Counts one more use of a word in capitals or in lower case (`NameEvidence.cases`); a hyphenated
 * word counts for its letters run together too ("song-bird" for "songbird", as outlets write either).
 */
function countCase(evidence: NameEvidence, key: string, kind: 'capitalised' | 'lower', copies: number): void {
	if (key.includes('-')) {
		addCase(evidence, key.replaceAll('-', ''), kind, copies);
	}
	addCase(evidence, key, kind, copies);
}

function addCase(evidence: NameEvidence, key: string, kind: 'capitalised' | 'lower', copies: number): void {
	const counts = evidence.cases.get(key);
	if (counts) {
		counts[kind] += copies;
	} else {
		evidence.cases.set(key, { capitalised: kind === 'capitalised' ? copies : 0, lower: kind === 'lower' ? copies : 0 });
	}
}

/**
 * Records a candidate name (`copies` times): its words for `names` (a word alone, or the first or last word of a
 * longer name, inside a sentence; never a head word like "Agency"), and its context's vote.
 */
function recordPart(tokens: Token[], part: Part, evidence: NameEvidence, copies: number): void {
	const opening = tokens[part.first].opening;
	if (part.first === part.last && opening && !part.forced) {
		return;
	}
	const key = keyOf(tokens, part.first, part.last);
	let votes = evidence.votes.get(key);
	if (!votes) {
		votes = { person: 0, organization: 0, place: 0 };
		evidence.votes.set(key, votes);
	}
	const type = part.forced ?? contextType(tokens, part);
	if (type) {
		votes[type] += copies;
	}
	// "coach Tomas Brisk" also tells that "Brisk" alone is a person.
	if (type === 'person' && part.last > part.first) {
		const surname = tokens[part.last].key;
		const own = evidence.votes.get(surname) ?? { person: 0, organization: 0, place: 0 };
		own.person += copies;
		evidence.votes.set(surname, own);
	}
	// "Lu" of "Lu Hanwei" is a name alone; "United" of "United Nations" is not.
	const lexical = part.first === part.last ? undefined : lexicalType(keysOf(tokens, part.first, part.last), key);
	const personLike = lexical === undefined || lexical === 'person';
	const edges = opening || !personLike ? [tokens[part.last]] : [tokens[part.first], tokens[part.last]];
	for (const token of edges) {
		if (token.kind === 'cap' && !isHeadWord(token.key) && !nameSuffixes.has(token.key)) {
			evidence.names.add(token.key);
		}
	}
}
