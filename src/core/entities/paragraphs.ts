import type { ParsedArticle, Sentence } from '../types';
import type { WordSpans } from '../text/words';
import * as lowerCaseModule from '../text/lowerCase';
import * as wordsModule from '../text/words';
import * as findPartsModule from './findParts';
import type { Part } from './part';
import * as tokensModule from './tokens';
import type { Token } from './tokens';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { lowerCaseOnce } = lowerCaseModule;
const { grown } = wordsModule;
const { findParts } = findPartsModule;
const { tokenize } = tokensModule;

/** A paragraph's words and the candidate names among them, before the folder's evidence is applied. */
export interface ReadParagraph {
	/** The words. */
	tokens: Token[];
	/** Candidate names (see `findParts`). */
	parts: Part[];
}

/**
 * Paragraphs read once per article: the evidence pass and the mention pass share them. Kept by the
 * parse's paragraph list, which the verbatim copies of a text share with it (`verbatimCopies.ts`),
 * with its text and sentences: ten files of one wire story are read once.
 */
let paragraphCache = new WeakMap<ParsedArticle['paragraphs'], { text: string; read: ReadParagraph[] }>();

/**
 * Forgets the paragraphs read: a folder analysed from scratch (`analyzeCorpus`) has found its names
 * and reads them no more. Kept as long as the articles, their words were a tenth of what a folder
 * of 1,000 articles holds. (The editor keeps them: it finds the names again at every edit.)
 */
export function forgetReadParagraphs(): void {
	paragraphCache = new WeakMap();
}

/**
 * The words and candidate names of each paragraph of an article, read once.
 * NOTE: the cache is shared; change a token only in a copy (see `confirmTokens`).
 */
export function readParagraphs(parsed: ParsedArticle): ReadParagraph[] {
	const cached = paragraphCache.get(parsed.paragraphs);
	let paragraphs = cached?.text === parsed.text ? cached.read : undefined;
	if (!paragraphs) {
		paragraphs = [];
		let sentence = 0;
		const lowered = lowerCaseOnce(parsed.text);
		for (const [n, paragraph] of parsed.paragraphs.entries()) {
			sentence = paragraphWords(parsed.sentences, sentence, n);
			const tokens = tokenize(parsed.text, paragraph, false, words, lowered);
			paragraphs.push({ tokens, parts: findParts(tokens, parsed.text, paragraph) });
		}
		paragraphCache.set(parsed.paragraphs, { text: parsed.text, read: paragraphs });
	}
	return paragraphs;
}

/** The words `paragraphWords` gives, reused from call to call and grown when a paragraph has more. */
const words: WordSpans = { starts: new Int32Array(1024), ends: new Int32Array(1024), count: 0 };

/**
 * Puts the words of paragraph `n` into `words`, from its sentences: the sentence splitter reads
 * the words with the word scanner, so they are those `findWords` would find again, and the
 * paragraph's text is not scanned twice.
 *
 * @param sentences The article's sentences, in order.
 * @param from The first sentence not yet read (sentences of earlier paragraphs are passed over).
 * @param n The paragraph's index.
 * @returns The first sentence after the paragraph's.
 */
function paragraphWords(sentences: readonly Sentence[], from: number, n: number): number {
	let s = from;
	while (s < sentences.length && sentences[s].paragraph < n) {
		s++;
	}
	let count = 0;
	for (; s < sentences.length && sentences[s].paragraph === n; s++) {
		const spans = sentences[s].words;
		for (let w = 0; w < spans.length; w += 2) {
			if (count === words.starts.length) {
				words.starts = grown(words.starts);
				words.ends = grown(words.ends);
			}
			words.starts[count] = spans[w];
			words.ends[count] = spans[w + 1];
			count++;
		}
	}
	words.count = count;
	return s;
}
