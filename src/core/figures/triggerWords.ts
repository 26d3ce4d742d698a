import * as datesModule from './dates';
import * as numbersLexicon from '../text/lexicon/numbers';
import * as wordTreeModule from '../text/wordTree';
import * as wordsModule from '../text/words';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { dateWords, relativePeriodOpeners, relativePeriodUnits } = datesModule;
const { numberWords, ordinalWords } = numbersLexicon;
const { WordTree, isWordCode } = wordTreeModule;
const { isSpaceCode } = wordsModule;

/**
 * Whether a stretch of text holds a word that can make a figure on its own: a number, ordinal or
 * date word standing as a whole word ("Eleven trawlers", "on Tuesday", "tonight"), or a relative
 * period ("last week", "this  morning"). It answers as the pattern
 * `\b(?:eleven|tuesday|…)\b|\b(?:last|…)\s+(?:week|…)\b` with the flag `i` does, where a word is
 * a run of ASCII letters, digits and "_" ("eleventh" is no "eleven", "twenty-five" holds
 * "twenty", "Tuesday’s" holds "Tuesday"), but reads each word once through a tree of the
 * listed words' letters (`WordTree`), where the pattern tried every listed word at every position.
 *
 * @param text The text.
 * @param start Where the stretch starts (a paragraph's start).
 * @param end Where it ends: a word that runs on past it is cut there, as in a slice.
 * @returns Whether a figure word or a relative period is in it.
 */
export function hasTriggerWord(text: string, start: number, end: number): boolean {
	// 0: no period opened; 1: "last" just read; 2: "last" and white space read.
	let period = 0;
	let i = start;
	while (i < end) {
		const code = text.charCodeAt(i);
		if (!isWordCode(code)) {
			period = period !== 0 && isSpaceCode(code) ? 2 : 0;
			i++;
			continue;
		}
		i = tree.readWord(text, i, end);
		const flags = tree.found;
		if ((flags & figureWord) !== 0 || (period === 2 && (flags & periodUnit) !== 0)) {
			return true;
		}
		period = (flags & periodOpener) !== 0 ? 1 : 0;
	}
	return false;
}

const figureWord = 1;
const periodOpener = 2;
const periodUnit = 4;

const tree = new WordTree([
	...[...numberWords, ...ordinalWords, ...dateWords].map((word) => [word, figureWord] as const),
	...relativePeriodOpeners.map((word) => [word, periodOpener] as const),
	...relativePeriodUnits.map((word) => [word, periodUnit] as const),
]);
