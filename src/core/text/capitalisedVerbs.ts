import { firstNames } from './lexicon/people';
import type { TaggedToken } from './tagger';

/**
 * A capitalised word the tagger read as a verb, where a verb cannot stand: a surname that is also
 * a verb, before the verb of its clause ("Cross called the vote …", "Hoover estimated that …") or
 * after a first name ("Ben Cross said"). Such a word is retagged as a proper noun.
 * NOTE: an imperative opening a sentence is followed by its object, not by a finite verb ("Call
 * Ortiz now"); in a headline in title case every verb is capitalised ("Ortiz Calls Vote a Farce"),
 * so none is retagged there.
 *
 * @param tokens One sentence's tokens, tagged; changed in place.
 */
export function retagCapitalisedVerbs(tokens: TaggedToken[]): void {
	retagFirstNames(tokens);
	if (isTitleCase(tokens)) {
		return;
	}
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i];
		if (token.pos !== 'VERB' || !capitalisedPattern.test(token.text)) {
			continue;
		}
		const next = tokens[i + 1];
		const previous = tokens[i - 1];
		const beforeFiniteVerb = next !== undefined && (next.pos === 'AUX' || (next.pos === 'VERB' && /(?:ed|[^s]s)$/.test(next.lower)));
		const afterName = previous?.pos === 'PROPN' && previous.end < token.start;
		if (beforeFiniteVerb || afterName) {
			token.pos = 'PROPN';
			token.lemma = token.lower;
		}
	}
}

/**
 * A given name that is also a verb, right before a proper noun: "Rose Vos: ‘…’", "Rose Ortiz set
 * up a fund". The tagger reads "Rose" opening a sentence as a verb; a given name before a
 * capitalised name is the name's first word, in a headline too.
 * NOTE: an imperative takes an object, but not one that a list of given names knows: "Call Ortiz"
 * stays a verb ("call" is no given name).
 */
function retagFirstNames(tokens: TaggedToken[]): void {
	for (let i = 0; i + 1 < tokens.length; i++) {
		const token = tokens[i];
		const next = tokens[i + 1];
		if (token.pos === 'VERB' && next.pos === 'PROPN' && next.start === token.end + 1 && capitalisedPattern.test(token.text) && capitalStartPattern.test(next.text) && firstNames.has(token.lower)) {
			token.pos = 'PROPN';
			token.lemma = token.lower;
		}
	}
}

/**
 * Most words of four letters or more are capitalised: "Ortiz Calls Harbour Vote a Farce". Words in
 * quotation marks are left out: the titles a sentence quotes keep their own capitals ("Sen. Ted
 * Crane named “Harbour Nights” and “Salt Roads” as his top shows" is no headline).
 */
function isTitleCase(tokens: TaggedToken[]): boolean {
	let long = 0;
	let capitalised = 0;
	let quoted = false;
	for (const token of tokens) {
		if (token.text === '“' || token.text === '”' || token.text === '"') {
			quoted = token.text === '“' || (token.text === '"' && !quoted);
			continue;
		}
		if (!quoted && token.text.length >= 4 && letterStartPattern.test(token.text)) {
			long++;
			if (capitalStartPattern.test(token.text)) {
				capitalised++;
			}
		}
	}
	return long >= 3 && capitalised >= 0.6 * long;
}

/** Built once (see `entities/wordShapes.ts`). */
const capitalisedPattern = /^\p{Lu}\p{Ll}/u;
const letterStartPattern = /^\p{L}/u;
const capitalStartPattern = /^\p{Lu}/u;
