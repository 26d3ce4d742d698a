import * as peopleLexicon from '../text/lexicon/people';
import * as titlesLexicon from '../text/lexicon/titles';
import * as nameWordsModule from './nameWords';
import type { Part } from './part';
import type { Token } from './tokens';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { firstNames } = peopleLexicon;
const { titleModifiers, titleWords } = titlesLexicon;
const { isHeadWord } = nameWordsModule;

/**
 * Cuts titles out of a run: "Dravonian President Vadim Borodin" → ("Dravonian"), "Vadim Borodin"
 * (titled); "US President" → "US"; "Secretary of State Jane Roe" → "Jane Roe". A title before a
 * head word is part of a name ("General Assembly", "Premier League", "Justice Department"), and a
 * title-like last word after a first name is a surname ("John Major").
 */
export function splitTitles(tokens: Token[], first: number, last: number): Part[] {
	const parts: Part[] = [];
	// The part being read runs from `start` to the token before `n`.
	let start = first;
	let titled = false;
	for (let n = first; n <= last; n++) {
		if (!isTitleHere(tokens, start, n, last)) {
			continue;
		}
		// "Trade Minister", "Prime Minister": qualifiers go with the title.
		let end = n - 1;
		while (end >= start && (titleModifiers.has(tokens[end].key) || titleWords.has(tokens[end].key))) {
			end--;
		}
		if (end >= start) {
			parts.push({ first: start, last: end, titled });
		}
		// "Secretary of State": the rest of the title after "of" (but "General de Gaulle" keeps "de").
		while (n < last && (isOfOrThe(tokens[n + 1]) || titleModifiers.has(tokens[n + 1].key) || titleWords.has(tokens[n + 1].key))) {
			n++;
		}
		start = n + 1;
		titled = true;
	}
	if (start <= last) {
		parts.push({ first: start, last, titled });
	}
	return parts;
}

/** A lower-case "of" or "the" inside a run ("Secretary of State", "Bank of the …"). */
function isOfOrThe(token: Token): boolean {
	return token.kind === 'lower' && (token.key === 'of' || token.key === 'the');
}

/**
 * Whether the word at `n` is a title here, and not part of a name (see `splitTitles`); the part
 * read so far starts at `start`, the run ends at `last`.
 */
function isTitleHere(tokens: Token[], start: number, n: number, last: number): boolean {
	const token = tokens[n];
	if (!titleWords.has(token.key) || token.kind !== 'cap') {
		return false;
	}
	if (n < last) {
		return !isHeadWord(tokens[n + 1].key);
	}
	// A title last: "the US President", "Sixers Director" drop it; "John Major" keeps it.
	return start === n || !firstNames.has(tokens[start].key);
}
