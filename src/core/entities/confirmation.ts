import * as nameSimilarityModule from './nameSimilarity';
import * as placesLexicon from '../text/lexicon/places';
import * as sourcesLexicon from '../text/lexicon/sources';
import * as abbreviationsLexicon from '../text/lexicon/abbreviations';
import * as functionWordsLexicon from '../text/lexicon/functionWords';
import * as timeLexicon from '../text/lexicon/time';
import type { NameEvidence } from './nameEvidence';
import type { Token } from './tokens';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { phoneticCodes, similarNames } = nameSimilarityModule;
const { gazetteer } = placesLexicon;
const { knownOrganizations } = sourcesLexicon;
const { lexicalisedAcronyms } = abbreviationsLexicon;
const { nameStopWords: stopWords } = functionWordsLexicon;
const { timeWords } = timeLexicon;

/** Where the text holds an acronym of the folder in lower case ("the aukus"), which `tokenize` may have left in a filler. */
export function lowerAcronymStarts(text: string, evidence: NameEvidence): number[] {
	const starts: number[] = [];
	for (const acronym of evidence.acronyms) {
		if (acronym.length >= 4 && !lexicalisedAcronyms.has(acronym)) {
			for (let at = text.indexOf(acronym); at >= 0; at = text.indexOf(acronym, at + 1)) {
				starts.push(at);
			}
		}
	}
	return starts;
}

/** The paragraph's words with `confirmToken` applied: the same array when no word changed. */
export function confirmTokens(tokens: Token[], evidence: NameEvidence): Token[] {
	let confirmed = tokens;
	for (let i = 0; i < tokens.length; i++) {
		const token = confirmToken(tokens[i], evidence);
		if (token !== tokens[i]) {
			confirmed = confirmed === tokens ? [...tokens] : confirmed;
			confirmed[i] = token;
		}
	}
	return confirmed;
}

/**
 * Lets a shouted word be a name when the folder writes it as one ("BORODINE" after "Vadim
 * Borodine", or close to it: "BORODINE" after "Borodin" only), and turns a lower-case acronym the
 * folder also writes in capitals into a name ("the aukus" after "AUKUS").
 */
function confirmToken(token: Token, evidence: NameEvidence): Token {
	if (token.shouted) {
		return isConfirmedShout(token.key, evidence) ? { ...token, shouted: false } : token;
	}
	// "aukus" after "AUKUS" elsewhere; but never "aids" or "laser", which became words.
	if (token.kind === 'lower' && token.key.length >= 4 && evidence.acronyms.has(token.key) && !lexicalisedAcronyms.has(token.key)) {
		return { ...token, kind: 'upper' };
	}
	return token;
}

/** A shouted word the folder knows: a name word, a known acronym or place, or a name it sounds like. */
function isConfirmedShout(key: string, evidence: NameEvidence): boolean {
	if (stopWords.has(key) || timeWords.has(key)) {
		return false;
	}
	if (evidence.capitalised.has(key) || evidence.acronyms.has(key) || gazetteer.has(key) || knownOrganizations.has(key)) {
		return true;
	}
	return key.length >= 5 && soundsLikeName(key, evidence);
}

/** Name words of the folder by their phonetic code, built on first need. */
const phoneticIndexes = new WeakMap<NameEvidence, Map<string, string[]>>();

/** Whether a word sounds like a name word of the folder ("BORODINE" and "Borodin"). */
function soundsLikeName(key: string, evidence: NameEvidence): boolean {
	let index = phoneticIndexes.get(evidence);
	if (!index) {
		index = new Map();
		for (const name of evidence.names) {
			if (name.length >= 4) {
				for (const code of new Set(phoneticCodes(name))) {
					index.set(code, [...(index.get(code) ?? []), name]);
				}
			}
		}
		phoneticIndexes.set(evidence, index);
	}
	return phoneticCodes(key).some((code) => index.get(code)?.some((name) => similarNames(key, name)));
}
