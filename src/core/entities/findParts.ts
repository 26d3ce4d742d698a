import * as peopleLexicon from '../text/lexicon/people';
import * as placesLexicon from '../text/lexicon/places';
import * as titlesLexicon from '../text/lexicon/titles';
import * as sourcesLexicon from '../text/lexicon/sources';
import * as functionWordsLexicon from '../text/lexicon/functionWords';
import type { Span } from '../types';
import * as datelinesModule from './datelines';
import * as demonymsModule from './demonyms';
import * as nameWordsModule from './nameWords';
import type { Part } from './part';
import * as titlesModule from './titles';
import type { Token } from './tokens';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { readDateline } = datelinesModule;
const { firstNames } = peopleLexicon;
const { gazetteer, placeHeads, streetWords } = placesLexicon;
const { nameParticles, nameQualifiers, nameSuffixes, titleModifiers, titleWords } = titlesLexicon;
const { organizationHeads, thingHeads } = sourcesLexicon;
const { nameStopWords: stopWords } = functionWordsLexicon;
const { isDemonymToken } = demonymsModule;
const { isHeadWord, isNameWord, keyOf } = nameWordsModule;
const { splitTitles } = titlesModule;

/** Months that are also surnames ("Theresa May"); never a weekday ("Oscar Sunday"). */
const monthSurnames = new Set(['april', 'may', 'june', 'august']);

/**
 * Cuts a paragraph into candidate names: runs of name words, with the connectors a name can hold
 * ("Bank of England", "Charles de Gaulle", "Procter & Gamble"), then with titles cut out
 * ("US President Joel Farrow" → "US", "Joel Farrow") and adjectives and events dropped.
 */
export function findParts(tokens: Token[], text: string, paragraph: Span): Part[] {
	const parts: Part[] = [];
	let i = 0;
	const dateline = readDateline(tokens, text, paragraph);
	if (dateline) {
		parts.push(...dateline.parts);
		i = dateline.next;
	}
	while (i < tokens.length) {
		if (!isNameWord(tokens[i])) {
			i++;
			continue;
		}
		let j = i;
		for (let next = extendRun(tokens, j); next !== undefined; next = extendRun(tokens, j)) {
			j = next;
		}
		for (const part of splitTitles(tokens, i, j)) {
			const trimmed = trimPart(tokens, part);
			if (trimmed) {
				parts.push(trimmed);
			}
		}
		i = j + 1;
	}
	return parts;
}

/**
 * The index of the last token the run can take next, or `undefined` when the run ends here:
 * the next name word; a particle and a name ("de Gaulle", "van der Berg"); "of"/"for" (and
 * "the") after a head word ("Bank of England", "Center for Disease Control", "Gulf of the …");
 * "of" plus a qualifier after a title ("Secretary of State").
 */
function extendRun(tokens: Token[], at: number): number | undefined {
	const current = tokens[at];
	if (current.closes) {
		return undefined;
	}
	const next = tokens[at + 1];
	if (!next?.joined) {
		return undefined;
	}
	// "Procter & Gamble", "AT&T"; but "EU & IMF" is two names.
	if (isNameWord(next) && !(next.gap === 'ampersand' && (current.kind === 'upper' || next.kind === 'upper'))) {
		return at + 1;
	}
	// "Theresa May": a month after a first name is a surname.
	if (monthSurnames.has(next.key) && next.kind === 'cap' && firstNames.has(current.key)) {
		return at + 1;
	}
	if (current.kind !== 'cap' && current.kind !== 'upper') {
		return undefined;
	}
	let k = at + 1;
	if (nameParticles.has(next.key) && next.kind === 'lower') {
		while (k < at + 3 && tokens[k + 1]?.joined && nameParticles.has(tokens[k + 1].key) && tokens[k + 1].kind === 'lower') {
			k++;
		}
		return tokens[k + 1]?.joined && tokens[k + 1].kind === 'cap' ? k + 1 : undefined;
	}
	if ((next.key === 'of' || next.key === 'for') && next.kind === 'lower') {
		const head = isHeadWord(current.key) || current.key === 'house';
		if (tokens[k + 1]?.joined && tokens[k + 1].key === 'the' && tokens[k + 1].kind === 'lower') {
			k++;
		}
		const after = tokens[k + 1];
		if (!after?.joined || after.kind !== 'cap' || stopWords.has(after.key)) {
			return undefined;
		}
		if (head || (titleWords.has(current.key) && titleModifiers.has(after.key))) {
			return k + 1;
		}
	}
	return undefined;
}

/**
 * Drops what is not a name from the edges of a part: qualifiers ("Former …"), adjectives of
 * nationality ("Russian", "Sino-Russian", but not in "Russian Olympic Committee"); and drops events
 * and documents ("Winter Olympics", "Global Development Initiative"), keeping a place that opens
 * them ("Beijing Winter Olympics" → "Beijing").
 */
function trimPart(tokens: Token[], part: Part): Part | undefined {
	let { first, last } = part;
	while (first < last && nameQualifiers.has(tokens[first].key)) {
		first++;
	}
	// The head is the last word, or the word before "of"/"for" ("Agenda for Sustainable Development").
	let head = first;
	while (head < last && tokens[head + 1].kind !== 'lower') {
		head++;
	}
	if (thingHeads.has(tokens[head].key) && !(first < head && firstNames.has(tokens[first].key))) {
		// "Beijing Winter Olympics": the place that opens the event's name is still a place.
		for (let end = head - 1; end >= first; end--) {
			if (gazetteer.has(keyOf(tokens, first, end))) {
				return { ...part, first, last: end };
			}
		}
		return undefined;
	}
	const endsWithHead = organizationHeads.has(tokens[last].key) || placeHeads.has(tokens[last].key);
	while (first <= last && isDemonymToken(tokens[first]) && (first === last || !endsWithHead)) {
		first++;
	}
	while (last >= first && isDemonymToken(tokens[last])) {
		last--;
	}
	// "Assistant", "Jr.", "L." alone: what is left of a title or a name; "Street" alone, of a street's.
	let leftover = true;
	for (let i = first; i <= last && leftover; i++) {
		leftover = titleModifiers.has(tokens[i].key) || titleWords.has(tokens[i].key) || nameSuffixes.has(tokens[i].key) || tokens[i].kind === 'initial';
	}
	const lonelyStreet = first === last && streetWords.has(tokens[first].key);
	return first > last || leftover || lonelyStreet ? undefined : { ...part, first, last };
}
