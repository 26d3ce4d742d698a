import { stemmer } from 'stemmer';
import { alignmentStopWords } from '../text/lexicon/functionWords';
import type { Span } from '../types';
import { findWords } from '../text/words';

/** A word of a passage: where it is, how it compares, and whether it carries content. */
export interface Token extends Span {
	/** Lower case, curly apostrophes straightened, an abbreviation's full stops dropped ("Lu’s" → "lu's", "U.S" → "us"). */
	norm: string;
	/** Porter stem of `norm`, without a possessive ("trampling" → "trampl"). */
	stem: string;
	/** `false` for function words ("the", "of", "and") that say little about which claim it is. */
	content: boolean;
	/** Starts with a capital letter ("Halden"). */
	capitalized: boolean;
}

/**
 * Splits a stretch of text into its words (the shared scanner's: "Lu's", "Sino-Russian",
 * "COVID-19", "U.S", "2.4", "AT&T"; a web address in its parts); punctuation is left out.
 *
 * @param text The text (an article's analysis text).
 * @param start Where the stretch starts.
 * @param end Where it ends.
 * @returns Tokens with offsets into `text`.
 */
export function tokenize(text: string, start: number, end: number): Token[] {
	const tokens: Token[] = [];
	const words = findWords(text, start, end);
	for (let n = 0; n < words.count; n++) {
		const to = words.ends[n];
		let from = words.starts[n];
		// A web address is read as its words: "UsMagazine.com" shares "usmagazine" with the magazine's
		// name, and "p.m." is "p" "m" as it always was; a full stop before a capital or a digit stays
		// inside the word ("U.S", "2.4").
		for (let dot = text.indexOf('.', from); dot >= 0 && dot < to; dot = text.indexOf('.', dot + 1)) {
			if (isLowerAscii(text.charCodeAt(dot + 1))) {
				tokens.push(tokenOf(text, from, dot));
				from = dot + 1;
			}
		}
		tokens.push(tokenOf(text, from, to));
		// "90%" is the words "90 percent": a quote that writes one and an outlet that prints the
		// other say the same words ("“90% of the rescue”" / "“90 percent of the rescue”").
		if (text.charCodeAt(to) === percentSign && isDigit(text.charCodeAt(to - 1)) && to < end) {
			tokens.push(new WordToken(to, to + 1, wordOf('percent')));
		}
	}
	return tokens;
}

const percentSign = 37;

function isDigit(code: number): boolean {
	return code >= 48 && code <= 57;
}

function tokenOf(text: string, from: number, to: number): Token {
	return new WordToken(from, to, wordOf(text.slice(from, to)));
}

/**
 * A token as its offsets and its spelling's shared `Word`: what a spelling gives is read through
 * it, so that each of the folder's millions of tokens holds three fields, not six ("the" at 40–43
 * and "the" at 97–100 share one `Word`). The units keep every token of the folder.
 */
class WordToken implements Token {
	constructor(
		readonly start: number,
		readonly end: number,
		private readonly word: Word,
	) {}

	get norm(): string {
		return this.word.norm;
	}

	get stem(): string {
		return this.word.stem;
	}

	get content(): boolean {
		return this.word.content;
	}

	get capitalized(): boolean {
		return this.word.capitalized;
	}
}

function isLowerAscii(code: number): boolean {
	return code >= 97 && code <= 122;
}

/** What a token takes from its spelling alone. */
interface Word {
	norm: string;
	stem: string;
	content: boolean;
	capitalized: boolean;
}

const words = new Map<string, Word>();

/**
 * A spelling's normal form, stem and kind, worked out once per spelling: a folder of thousands of
 * articles repeats its vocabulary millions of times, and tokens that share one string for "the"
 * keep a few bytes where each would otherwise hold its own lower-cased copy.
 */
function wordOf(spelling: string): Word {
	let word = words.get(spelling);
	if (word === undefined) {
		// "U.S." / "US", "P.J." / "PJ": an abbreviation's full stops are dropped, as in the name lists'
		// keys; a number keeps its decimal point ("2.4").
		const lower = spelling.toLowerCase().replace(/’/g, "'");
		const norm = lower.includes('.') && !/\d/.test(lower) ? lower.replace(/\./g, '') : lower;
		const base = norm.replace(/'s$/, '');
		word = { norm, stem: stemOf(base), content: !alignmentStopWords.has(base) && base.length > 1, capitalized: /^\p{Lu}/u.test(spelling) };
		if (words.size > 200_000) {
			words.clear();
		}
		// NOTE: the key is copied out of the slice, which may hold the whole text alive.
		words.set((' ' + spelling).slice(1), word);
	}
	return word;
}

const stemCache = new Map<string, string>();

/** Porter stem, cached: a folder repeats its vocabulary many times over. */
export function stemOf(word: string): string {
	let stem = stemCache.get(word);
	if (stem === undefined) {
		stem = /[\d.]/.test(word) ? word : stemmer(word);
		if (stemCache.size > 200_000) {
			stemCache.clear();
		}
		stemCache.set(word, stem);
	}
	return stem;
}
