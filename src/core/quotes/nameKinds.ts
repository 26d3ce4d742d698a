import * as lexicalTypeModule from '../entities/lexicalType';
import * as sourcesLexicon from '../text/lexicon/sources';
import * as placesLexicon from '../text/lexicon/places';
import * as functionWordsLexicon from '../text/lexicon/functionWords';
import * as wordSetsLexicon from '../text/lexicon/wordSets';
import * as peopleLexicon from '../text/lexicon/people';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { lexicalType } = lexicalTypeModule;
const { mediaNames, mediaWords, organizationHeads, thingHeads } = sourcesLexicon;
const { placeHeads, placePrefixes } = placesLexicon;
const { nameStopWords: stopWords } = functionWordsLexicon;
const { wordKey } = wordSetsLexicon;
const { roleNouns } = peopleLexicon;

/**
 * What kind of speaker a name read by the speaker rules is, from its words alone: a person
 * ("Ada Brandt"), an organisation ("Harbour Workers Federation"), a medium ("the Valley
 * Courier"), one speaker or several ("the harbour master", not "dockers").
 */

// The `\p{…}` patterns of the rules below, built once: under tsx (the tests, the bench) a literal
// with `\p{…}` inside a function is rebuilt at every call (see `entities/wordShapes.ts`).
/** A capital first ("Ortiz"). */
const capitalStartPattern = /^\p{Lu}/u;
/** Capitals only ("NATO"). */
const allCapitalsPattern = /^\p{Lu}{2,}$/u;

/**
 * Lower-cased words of a capitalised run that may name a person: no organisation, place or event
 * head ("Harbour Workers Federation", "Lantern Strait", "Winter Olympics"), no place prefix
 * ("Port Halden"), no ordinary word ("Three years", "Perhaps").
 */
export function isPersonName(parts: string[]): boolean {
	const last = parts[parts.length - 1];
	return (
		!organizationHeads.has(last) &&
		!placeHeads.has(last) &&
		!thingHeads.has(last) &&
		!placePrefixes.has(parts[0]) &&
		!parts.some((part) => stopWords.has(part))
	);
}

/** A name an organisation goes by: its last word is an organisation's ("Harbour Majority PAC", "Ryder’s office"), or it is an acronym. */
export function isOrganization(name: string): boolean {
	const words = name.split(' ').map(wordKey);
	return lexicalType(words) === 'organization' || allCapitalsPattern.test(name) || organizationHeads.has(words[words.length - 1]);
}

export function isSingular(name: string): boolean {
	const last = name.slice(name.lastIndexOf(' ') + 1);
	return capitalStartPattern.test(last) || (roleNouns.has(last.toLowerCase()) && !last.endsWith('s'));
}

export function lastWord(name: string): string {
	return name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
}

export function isMedia(name: string): boolean {
	const parts = name.toLowerCase().split(/\s+/);
	return mediaNames.has(parts.join('')) || mediaNames.has(parts[0]) || parts.some((part) => mediaWords.has(part)) || ['reporters', 'journalists', 'press'].includes(parts[parts.length - 1]);
}
