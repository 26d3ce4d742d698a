import type { EntityType } from '../types';
import * as peopleLexicon from '../text/lexicon/people';
import * as placesLexicon from '../text/lexicon/places';
import * as sourcesLexicon from '../text/lexicon/sources';
import * as wordSetsLexicon from '../text/lexicon/wordSets';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { firstNames } = peopleLexicon;
const { gazetteer, placeAliases, placeHeads, placePrefixes } = placesLexicon;
const { knownOrganizations, organizationHeads } = sourcesLexicon;
const { wordKey } = wordSetsLexicon;

/**
 * An initial written apart before another ("J. K." → "J" before "K."), built once (see
 * `wordShapes.ts`). NOTE: `replace` with a global pattern starts from 0 at every call.
 */
const spacedInitialPattern = /\b(\p{L})\. (?=\p{L}\.)/gu;

/**
 * The key under which spellings of a name are compared across articles: `wordKey` with white
 * space single, initials written apart joined ("U. S." and "U.S." → "us", "J. K. Rowling" → "jk
 * rowling"), and British and American spellings of head words alike ("Centre"/"Center").
 *
 * @param name A name as written.
 * @returns Its comparison key.
 */
export function nameKey(name: string): string {
	return wordKey(
		name
			.replace(/\s+/g, ' ')
			// Initials written apart ("U. S.", "J. K.") are one word: "US", "JK".
			.replace(spacedInitialPattern, '$1'),
	)
		.replace(/\b(cent|theat)re\b/g, '$1er')
		.replace(/\bdefence\b/g, 'defense')
		.replace(/\borganisation\b/g, 'organization')
		.trim();
}

/**
 * The type a name's own words imply, without context: a known place or organization, an
 * organization or place head word, or a first name. `undefined` when the words say nothing.
 *
 * @param words The name's words, lower case, possessive and dots of initials kept as written.
 * @param name The words joined by single spaces, when the caller has them already (a key of `keyOf`).
 * @returns The type the lexicon implies, if any.
 */
export function lexicalType(words: readonly string[], name = words.join(' ')): EntityType | undefined {
	if (words.length === 0) {
		return undefined;
	}
	if (gazetteer.has(name) || placeAliases.has(name)) {
		return 'place';
	}
	if (knownOrganizations.has(name)) {
		return 'organization';
	}
	const last = words[words.length - 1];
	if (words.length > 1 && organizationHeads.has(last)) {
		return 'organization';
	}
	// "Bank of England", "Ministry of Foreign Affairs": the head stands before "of".
	const of = words.indexOf('of');
	if (of > 0 && organizationHeads.has(words[of - 1])) {
		return 'organization';
	}
	// "Kellie Hill", "Harry Park": a first name makes a person even before a place word.
	if (words.length > 1 && firstNames.has(words[0])) {
		return 'person';
	}
	if (words.length > 1 && (placeHeads.has(last) || placePrefixes.has(words[0]) || (of > 0 && placeHeads.has(words[of - 1])))) {
		return 'place';
	}
	return undefined;
}
