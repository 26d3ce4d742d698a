import type { ParsedArticle } from '../types';
import { findParts } from './findParts';
import type { Part } from './part';
import { tokenize } from './tokens';
import type { Token } from './tokens';

/** A paragraph's words and the candidate names among them, before the folder's evidence is applied. */
export interface ReadParagraph {
	/** The words. */
	tokens: Token[];
	/** Candidate names (see `findParts`). */
	parts: Part[];
}

/** Paragraphs read once per article: the evidence pass and the mention pass share them. */
const paragraphCache = new WeakMap<ParsedArticle, ReadParagraph[]>();

/**
 * The words and candidate names of each paragraph of an article, read once.
 * NOTE: the cache is shared; change a token only in a copy (see `confirmTokens`).
 */
export function readParagraphs(parsed: ParsedArticle): ReadParagraph[] {
	let paragraphs = paragraphCache.get(parsed);
	if (!paragraphs) {
		paragraphs = [];
		for (const paragraph of parsed.paragraphs) {
			const tokens = tokenize(parsed.text, paragraph);
			paragraphs.push({ tokens, parts: findParts(tokens, parsed.text, paragraph) });
		}
		paragraphCache.set(parsed, paragraphs);
	}
	return paragraphs;
}
