import * as abbreviationsLexicon from '../text/lexicon/abbreviations';
import * as speechLexicon from '../text/lexicon/speech';
import * as titlesLexicon from '../text/lexicon/titles';
import type { Span } from '../types';
import type { Named, Token } from './attributionTypes';
import * as wordsModule from '../text/words';
import * as lowerCaseModule from '../text/lowerCase';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { dottedAbbreviations } = abbreviationsLexicon;
const { speechParticiples, speechVerbs } = speechLexicon;
const { nameSuffixes } = titlesLexicon;
const { classOf, letterClass, scanTokens } = wordsModule;
const { lowerCaseOnce, lowerWord } = lowerCaseModule;

// The `\p{…}` patterns of the rules below, built once: under tsx (the tests, the bench) a literal
// with `\p{…}` inside a function is rebuilt at every call (see `entities/wordShapes.ts`).
/** An initial or dotted initials ("J", "J.M"). */
const initialsPattern = /^\p{Lu}(?:\.\p{Lu})*$/u;

/**
 * The speaker rules' tokens: the shared word scanner's split of the prose into words and
 * punctuation with exact offsets, each word marked as a speech verb or participle, capitalised
 * or possessive.
 */

/**
 * Splits a range of the prose into tokens: the words of the shared scanner (`text/words.ts`:
 * "O'Connor", "Lu’s", "Mei-Lin", "U.S", "AT&T"), and every other character that is not white
 * space as a token of its own.
 */
export function tokenize(text: string, from: number, to: number): Token[] {
	const tokens: Token[] = [];
	const lowered = lowerCaseOnce(text);
	scanTokens(text, from, to, (start, end, word) => tokens.push(makeToken(text.slice(start, end), lowerWord(text, lowered, start, end), start, word)));
	// "Ruiz, the head of the group, Tweeted on Friday": a verb of speech capitalised by mistake
	// between a comma and a lower-case word is still the verb (not "Lena, Said Ali's sister,").
	for (let i = 1; i < tokens.length; i++) {
		const token = tokens[i];
		const next = tokens[i + 1];
		if (token.cap && token.word && tokens[i - 1].text === ',' && (next === undefined || !next.cap)) {
			const speech = speechWords.get(token.lower);
			token.verb = speech === 'verb';
			token.participle = speech === 'participle';
		}
	}
	return tokens;
}

function makeToken(value: string, lower: string, start: number, word: boolean): Token {
	const length = value.length;
	// NOTE: a capital is a letter that changes when lower-cased ("É" yes, "1" and "-" no).
	const cap = value.charCodeAt(0) !== lower.charCodeAt(0);
	const speech = word && !cap && length > 2 ? speechWords.get(value) : undefined;
	const apostrophe = length > 2 ? value.charCodeAt(length - 2) : 0;
	return {
		// "Vos ― who lost in May ― said": some outlets set a horizontal bar (U+2015) for a dash; it
		// is read as the em dash every rule knows.
		text: value === '\u2015' ? '\u2014' : value,
		lower,
		start,
		end: start + length,
		word,
		cap,
		possessive: (apostrophe === 39 || apostrophe === 0x2019) && (value.charCodeAt(length - 1) | 32) === 115,
		verb: speech === 'verb',
		participle: speech === 'participle',
	};
}

/** Speech verbs and participles in one table, looked up once per token. */
const speechWords = new Map<string, 'verb' | 'participle'>([
	...[...speechVerbs].map((verb) => [verb, 'verb'] as const),
	...[...speechParticiples].map((participle) => [participle, 'participle'] as const),
]);

export function span(token: Token): Span {
	return { start: token.start, end: token.end };
}

export function named(found: Named): { name: string; span: Span } {
	return { name: found.name, span: found.span };
}

export function findLast(tokens: Token[], before: number, test: (token: Token) => boolean): number {
	for (let i = before - 1; i >= 0; i--) {
		if (test(tokens[i])) {
			return i;
		}
	}
	return -1;
}

/**
 * A full stop inside a name: after a title's abbreviation or an initial, before a capital
 * ("Mr. Brandt", "Rep. Ada Vos", "J. K. Rowling"), or closing a suffix before a comma ("Ivo
 * Marsh Jr., the director, said").
 */
export function isNameDot(tokens: Token[], i: number): boolean {
	const before = tokens[i - 1];
	const after = tokens[i + 1];
	if (tokens[i].text !== '.' || before?.word !== true || before.end !== tokens[i].start) {
		return false;
	}
	if (after?.text === ',' && nameSuffixes.has(before.lower) && tokens[i - 2]?.cap === true) {
		return true;
	}
	// "J. Berger", "J.M. Berger": initials.
	return after?.cap === true && (dottedAbbreviations.has(before.lower) || initialsPattern.test(before.text));
}

export function textOf(tokens: Token[], first: number, last: number): string {
	return tokens
		.slice(first, last + 1)
		.map((token, i, all) => (i > 0 && all[i - 1].end < token.start ? ' ' : '') + token.text)
		.join('');
}

/**
 * Up to `count` words before `at`, nearest first, over spaces and an abbreviation's full stop
 * ("Ms Ortiz", "Mr. Brandt"); a sentence's full stop ends them.
 */
export function wordsBefore(text: string, at: number, count: number): string[] {
	const found: string[] = [];
	let i = at;
	while (found.length < count) {
		let j = i - 1;
		while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) {
			j--;
		}
		const dot = text[j] === '.';
		if (j === i - 1 || j < 0 || (dot && !isLetter(text[j - 1]))) {
			break;
		}
		let k = dot ? j - 1 : j;
		while (k >= 0 && (isLetter(text[k]) || text[k] === '-')) {
			k--;
		}
		const word = text.slice(k + 1, dot ? j : j + 1);
		if (word === '' || (dot && !dottedAbbreviations.has(word.toLowerCase()) && word.length > 1)) {
			break;
		}
		found.push(word);
		i = k + 1;
	}
	return found;
}

export function isLetter(char: string | undefined): boolean {
	return char !== undefined && classOf(char.charCodeAt(0)) === letterClass;
}
