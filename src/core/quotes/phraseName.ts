import * as titlesLexicon from '../text/lexicon/titles';
import * as functionWordsLexicon from '../text/lexicon/functionWords';
import * as peopleLexicon from '../text/lexicon/people';
import type { Named, Token } from './attributionTypes';
import * as nameKindsModule from './nameKinds';
import * as speechTokensModule from './speechTokens';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { nameParticles, nameSuffixes, titleModifiers, titleWords } = titlesLexicon;
const { auxiliaryNames, determiners, nameStopWords: stopWords } = functionWordsLexicon;
const { personPronouns } = peopleLexicon;
const { isPersonName } = nameKindsModule;
const { isNameDot, textOf } = speechTokensModule;

/**
 * Which words of a noun phrase already found are the speaker's name: the capitalised run it ends
 * with, less titles and possessor ("the port's Deputy Mayor Ada Brandt" → "Ada Brandt"), or the
 * role, less its article, when it ends in a lower-case word ("the harbour master" → "harbour master").
 */

// The `\p{…}` pattern of the rule below, built once: under tsx (the tests, the bench) a literal
// with `\p{…}` inside a function is rebuilt at every call (see `entities/wordShapes.ts`).
/** A letter anywhere. */
const letterPattern = /\p{L}/u;

/** Prepositions that open a phrase's complement or a participle's ("lodged by", "released on"). */
export const afterParticiple = new Set(['by', 'in', 'on', 'at', 'for', 'from', 'to', 'with', 'during', 'after', 'before', 'last', 'this', 'earlier']);

/**
 * The name in a noun phrase (tokens `first`…`last`): the capitalised run it ends with, less
 * titles and the possessor before it ("Chinese President Lu Hanwei" → "Lu Hanwei", "China's
 * Lu" → "Lu", "Dravonia’s President Aleksandr Varennikov" → "Aleksandr Varennikov"); a
 * phrase that ends in a lower-case word is a role, kept without its article ("the Admiralty
 * chief" → "Admiralty chief"). "Russian President" alone stays a role.
 */
export function phraseName(tokens: Token[], first: number, last: number): Named | undefined {
	while (first <= last && determiners.has(tokens[first].lower)) {
		first++;
	}
	if (first > last) {
		return undefined;
	}
	// "Joel Polk of the Courier", "Gov. Erik J. Sand of Kent": a person's full name before "of" is
	// the person, named with where they work or what they govern as the article names them (titles
	// before it left out): "Erik J. Sand of Kent", as "Senator Ida Vos of Kent said" reads before a verb.
	// A title's modifiers go with it: "lead author Mara Quist of Vell University", "senior adviser …".
	let named = first;
	while (named < last && (titleWords.has(tokens[named].lower) || titleModifiers.has(tokens[named].lower) || isNameDot(tokens, named) || (tokens[named].text === '.' && titleWords.has(tokens[named - 1]?.lower ?? '')))) {
		named++;
	}
	for (let of = named + 2; of < last; of++) {
		if (tokens[of].lower !== 'of') {
			continue;
		}
		const run = tokens.slice(named, of).filter((token) => token.text !== '.');
		if (run.every((token) => token.word && token.cap && !titleWords.has(token.lower)) && isPersonName(run.map((token) => token.lower))) {
			return { name: textOf(tokens, named, last), span: { start: tokens[named].start, end: tokens[last].end } };
		}
		break;
	}
	// "Ivo Marsh Jr., the director": the suffix keeps its full stop.
	if (last > first && isNameDot(tokens, last) && nameSuffixes.has(tokens[last - 1].lower)) {
		const found = phraseName(tokens, first, last - 1);
		return found && { name: `${found.name}.`, span: { start: found.span.start, end: tokens[last].end } };
	}
	const end = tokens[last];
	// "$70,000": a name holds a letter.
	if (!end.word || !letterPattern.test(end.text) || personPronouns.has(end.lower) || ['who', 'which', 'it', 'they', 'we', 'i'].includes(end.lower)) {
		return undefined;
	}
	if (!end.cap || end.possessive) {
		// A role keeps a possessor that names someone, for it says whose office speaks: "Ryder’s office",
		// "Varennikov’s foreign-policy aide"; "the city's harbour master" → "harbour master".
		for (let i = last - 1; i >= first; i--) {
			// "an official familiar with the harbour board’s accounts": a possessor past a preposition is the complement's.
			if (tokens[i].possessive && tokens.slice(first + 1, i).some((token) => afterParticiple.has(token.lower))) {
				break;
			}
			if (tokens[i].possessive) {
				first = tokens[i].cap ? possessorStart(tokens, i, first) : i + 1;
				break;
			}
		}
		return { name: textOf(tokens, first, last), span: { start: tokens[first].start, end: end.end } };
	}
	let runStart = last;
	while (runStart > first) {
		const token = tokens[runStart - 1];
		const particle = nameParticles.has(token.lower) && tokens[runStart].cap;
		if (isNameDot(tokens, runStart - 1)) {
			runStart--;
			continue;
		}
		if (!token.word || token.possessive || !(token.cap || particle)) {
			break;
		}
		runStart--;
	}
	while (runStart < last && (stopWords.has(tokens[runStart].lower) || !tokens[runStart].word)) {
		runStart++;
	}
	// "“…,” Will wrote": an auxiliary before a verb of speech is a surname ("Ted Will").
	if (runStart === last && stopWords.has(end.lower) && !(auxiliaryNames.has(end.lower) && tokens[last + 1]?.verb === true)) {
		return undefined;
	}
	// Leave out titles: everything up to the last title word that still has a name after it.
	for (let i = last - 1; i >= runStart; i--) {
		if (titleWords.has(tokens[i].lower)) {
			let nameStart = i + 1;
			if (tokens[nameStart]?.text === '.') {
				nameStart++;
			}
			if (tokens[nameStart]?.lower === 'of' && nameStart + 2 <= last) {
				nameStart += 2;
			}
			if (nameStart <= last && !titleWords.has(tokens[nameStart].lower)) {
				runStart = nameStart;
			}
			break;
		}
	}
	return { name: textOf(tokens, runStart, last), span: { start: tokens[runStart].start, end: end.end } };
}

/** Where the name that ends in the possessive at `i` begins ("Dan Ryder’s" → "Dan"), not before `floor`. */
function possessorStart(tokens: Token[], i: number, floor: number): number {
	let start = i;
	while (start > floor && tokens[start - 1].word && tokens[start - 1].cap && !titleWords.has(tokens[start - 1].lower)) {
		start--;
	}
	return start;
}
