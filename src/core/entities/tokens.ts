import * as abbreviationsLexicon from '../text/lexicon/abbreviations';
import * as people from '../text/lexicon/people';
import * as wordSets from '../text/lexicon/wordSets';
import * as functionWords from '../text/lexicon/functionWords';
import type { Span } from '../types';
import type { WordSpans } from '../text/words';
import * as lowerCaseModule from '../text/lowerCase';
import * as wordsModule from '../text/words';
import * as wordGaps from './wordGaps';
import * as wordShapes from './wordShapes';
import type { WordShape } from './wordShapes';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { longAcronyms } = abbreviationsLexicon;
const { findWords } = wordsModule;
const { isSmallWord, lowerWord } = lowerCaseModule;

/**
 * NOTE: what the word loop of `tokenize` imports, read once. Compiled one file at a time (tsx: the
 * tests and the bench), every use of an imported name is a getter call, and this loop runs for
 * every word near a name of every article.
 */
const { gapAmpersand, gapClauseQuote, gapComma, gapJoins, gapQuote, gapSentence, readGap } = wordGaps;
const { shapeOf, wantsDot } = wordShapes;
const { loweredWordKey } = wordSets;
const { minorWords } = functionWords;
const { personCueWords } = people;

/** A word of a paragraph, as the name finder sees it. */
export interface Token {
	/** Offset of the first character. */
	start: number;
	/** Offset after the name part: a possessive "’s" or a lower-case tail ("-backed") is left out. */
	end: number;
	/** `wordKey` of the name part. */
	key: string;
	/** The shape of the word. */
	kind: WordShape;
	/**
	 * Opens a sentence or a clause, where a capital says nothing: first in its paragraph, after a
	 * full stop, colon or dash, or after an opening quote that follows a comma, a colon or a verb of
	 * saying (`said “We …`). NOTE: `the “Quad”` is mid-sentence.
	 */
	opening: boolean;
	/** Only white space (or an ampersand) separates it from the word before: both may stand in one name. */
	joined: boolean;
	/** The name cannot go on past it: "Borodin’s", "Admiralty-backed". */
	closes: boolean;
	/** Written in capitals in a heading, or in a title-case line: a name only if the folder confirms it. */
	shouted: boolean;
	/** What stands between the word before and this one: one space, an ampersand with spaces around it ("EU & IMF"), a comma, an opening quote (`the “Quad”`), or other. */
	gap: 'space' | 'ampersand' | 'comma' | 'quote' | 'other';
}

/** A possessive ending: "’s", "'s" (the apostrophe alone, "Jones’", never enters a word). */
const possessivePattern = /['’][sS]$/;

/** A lower-case tail after a hyphen ("-backed"), and a capital first letter: built once (see `wordShapes.ts`). */
const lowerTailPattern = /-\p{Ll}/u;
const capitalStartPattern = /^\p{Lu}/u;

/** Which words of the paragraph being split are read one by one (see `tokenize`), reused from call to call. */
let wordKept = new Uint8Array(1024);

/**
 * Splits a paragraph into words, with their shape and what stands between them. Only the words
 * near a name can matter (a title, "said", "of", "the" around it), so lower-case words more than
 * two words away from any capitalised word, number or sign are not read one by one: each stretch
 * of them becomes one filler token (empty key, `closes`), which keeps names on either side apart.
 * NOTE: a lower-case acronym ("aukus") far from a capital is in a filler; `complete` reads all words.
 *
 * @param text The blanked text.
 * @param paragraph The paragraph's span.
 * @param complete Read every word (default: only those near a capitalised word).
 * @param words The paragraph's words when the caller has them (its sentences' words: see
 *   `paragraphWords`), or found again by the word scanner.
 * @param lowered The text in lower case (`lowerCaseText`), when the caller has it: each word's key
 *   is then cut from it, not lowered on its own.
 */
export function tokenize(text: string, paragraph: Span, complete = false, words?: WordSpans, lowered?: string): Token[] {
	const { starts: wordStarts, ends: wordEnds, count } = findParagraphWords(text, paragraph, complete, words);
	let contentWords = false;
	let capitalised = 0;
	const tokens: Token[] = [];
	let previousEnd = paragraph.start;
	for (let n = 0; n < count; n++) {
		const start = wordStarts[n];
		let end = wordEnds[n];
		if (!wordKept[n]) {
			const last = tokens[tokens.length - 1];
			if (last?.key === '') {
				last.end = end;
			} else {
				tokens.push({ start, end, key: '', kind: 'lower', opening: false, joined: false, closes: true, shouted: false, gap: 'other' });
			}
			contentWords ||= end - start > 4 || !minorWords.has(text.slice(start, end));
			previousEnd = end;
			continue;
		}
		let word = text.slice(start, end);
		// NOTE: most gaps are one space; only the others are read character by character, for speed.
		const plain = start === previousEnd + 1 && text.charCodeAt(previousEnd) === 32;
		const gap = plain ? gapJoins : readGap(text, previousEnd, start);
		previousEnd = end;
		let closes = false;
		// "Borodin’s" → "Borodin"; the possessive ends the name ("China’s Foreign Ministry" is two names).
		if ((word.charCodeAt(word.length - 1) | 32) === 115 && word.length > 2 && possessivePattern.test(word)) {
			word = word.slice(0, -2);
			end -= 2;
			closes = true;
		}
		// "Admiralty-backed", "Page-inspired": the name is the capitalised head, and ends there.
		const tail = word.includes('-') ? lowerTailPattern.exec(word) : null;
		if (tail && capitalStartPattern.test(word)) {
			end -= word.length - tail.index;
			word = word.slice(0, tail.index);
			closes = true;
		}
		// "St.", "Jr.", "J.", "p.m.": the full stop belongs to the abbreviation.
		if (text.charCodeAt(end) === 46 && end === previousEnd && wantsDot(word)) {
			word += '.';
			end += 1;
			previousEnd = end;
		}
		const previous = tokens[tokens.length - 1];
		// "US$48 billion", "HK$": a currency, not a place.
		const kind = text.charCodeAt(end) === 36 ? 'other' : shapeOf(word);
		contentWords ||= kind === 'lower' && !minorWords.has(word);
		capitalised += kind === 'cap' || kind === 'upper' ? 1 : 0;
		tokens.push({
			start,
			end,
			// NOTE: `word` is `text.slice(start, end)` here, whatever was cut off or added above.
			key: isSmallWord(text, start, end) ? word : loweredWordKey(lowerWord(text, lowered, start, end)),
			kind,
			opening: !previous || (gap & (gapSentence | gapClauseQuote)) !== 0 || ((gap & gapQuote) !== 0 && personCueWords.has(previous.key)),
			joined: previous !== undefined && !previous.closes && (gap & gapJoins) !== 0,
			closes,
			shouted: false,
			gap: plain ? 'space' : (gap & gapAmpersand) !== 0 ? 'ampersand' : (gap & gapComma) !== 0 ? 'comma' : (gap & gapQuote) !== 0 ? 'quote' : 'other',
		});
	}
	// A line in title case: four capitalised words or more, no lower-case word but "of", "the" and their like, no full stop at the end.
	markShouting(tokens, capitalised >= 4 && !contentWords && text.charCodeAt(paragraph.end - 1) !== 46);
	return tokens;
}

/**
 * Finds the words of a paragraph, and marks in `wordKept` the words to read: every word that is
 * not plain lower case, and the two words on each side of one.
 */
function findParagraphWords(text: string, paragraph: Span, complete: boolean, known: WordSpans | undefined): WordSpans {
	const words = known ?? findWords(text, paragraph.start, paragraph.end);
	const count = words.count;
	if (wordKept.length < count) {
		wordKept = new Uint8Array(words.starts.length);
	}
	wordKept.fill(complete ? 1 : 0, 0, count);
	for (let n = 0; !complete && n < count; n++) {
		if (!isPlainLower(text, words.starts[n])) {
			// NOTE: five stores, not `fill` (a call into the runtime for every capitalised word).
			const last = Math.min(count, n + 3);
			for (let k = Math.max(0, n - 2); k < last; k++) {
				wordKept[k] = 1;
			}
		}
	}
	return words;
}

/** A word in plain lower case: it starts with a-z and is not a name like "al-Assad" or "bin-Laden". */
function isPlainLower(text: string, start: number): boolean {
	const first = text.charCodeAt(start);
	return first >= 97 && first <= 122 && text.charCodeAt(start + 2) !== 45 && text.charCodeAt(start + 3) !== 45;
}

/**
 * Marks words a capital says nothing about: three or more words in capitals in a row ("READ MORE
 * ABOUT …", "VARENNIKOFF WANTS THE SHIPS …"), a lone word of six capitals or more that no acronym
 * is that long ("BORODINE can hardly wait …"), and, in a line in title case, every capitalised word
 * ("Lu And Borodin: 'Closer Than Ever' …", not "Staff of the Bank of England left.").
 */
function markShouting(tokens: Token[], titleCase: boolean): void {
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i];
		if (token.kind !== 'upper' || token.key.length < 2) {
			continue;
		}
		let j = i;
		while (j + 1 < tokens.length && tokens[j + 1].kind === 'upper') {
			j++;
		}
		if (j - i >= 2) {
			for (let k = i; k <= j; k++) {
				tokens[k].shouted = true;
			}
			// The rest of the run is marked: reading it again from each of its words is quadratic.
			i = j;
		} else if (token.key.replace(/-/g, '').length >= 6 && !longAcronyms.has(token.key) && !/\d/.test(token.key)) {
			token.shouted = true;
		}
	}
	if (titleCase) {
		for (const token of tokens) {
			token.shouted ||= token.kind === 'cap' || token.kind === 'upper';
		}
	}
}
