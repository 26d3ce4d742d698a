import * as assert from 'node:assert/strict';
import { parseArticle } from '../../../src/core/parse';
import { findQuotes } from '../../../src/core/quotes';
import type { Quote } from '../../../src/core/types';

/** The quotes of a text analysed as one article. */
export function quotesOf(text: string): Quote[] {
	return findQuotes(parseArticle({ id: 'test', path: 'test.txt', text }));
}

/** The speaker's name of the one direct quote holding `fragment` (asserted to be one). */
export function directSpeakerOf(text: string, fragment: string): string | undefined {
	const found = quotesOf(text).filter((quote) => quote.direct && quote.text.includes(fragment));
	assert.equal(found.length, 1, `one direct quote holding "${fragment}"`);
	return found[0].speaker?.name;
}

/** The one quote whose text is exactly `fragment`, in `text` after a title line (asserted to be one). */
export function onlyQuote(text: string, fragment: string): Quote {
	const found = quotesOf(`Title line\n\n${text}`).filter((quote) => quote.text === fragment);
	assert.equal(found.length, 1, `one quote "${fragment}"`);
	return found[0];
}

/** The speakers of the direct quotes of a text, in order. */
export function speakersOf(text: string): (string | undefined)[] {
	return quotesOf(text)
		.filter((quote) => quote.direct)
		.map((quote) => quote.speaker?.name);
}

/** The kind, directness and speaker of the one quote holding `fragment`, in `text` after a title line (asserted to be one). */
export function readingOf(text: string, fragment: string): [string, boolean, string | undefined] {
	const found = quotesOf(`Title line\n\n${text}`).filter((quote) => quote.text.includes(fragment));
	assert.equal(found.length, 1, `one quote holding "${fragment}"`);
	return [found[0].kind, found[0].direct, found[0].speaker?.name];
}

/** A rule, a text of our own that shows it, the words of one quote in it, and the quote's kind and directness, with its speaker when the rule is about who. */
export interface Reading {
	rule: string;
	text: string;
	fragment: string;
	expected: [string, boolean] | [string, boolean, string | undefined];
}

/** One test per reading: the one quote holding its fragment has the kind and directness expected (and the speaker, when given). */
export function readingSuite(title: string, readings: readonly Reading[]): void {
	suite(title, () => {
		for (const { rule, text, fragment, expected } of readings) {
			test(rule, () => {
				assert.deepEqual(readingOf(text, fragment).slice(0, expected.length), expected);
			});
		}
	});
}
