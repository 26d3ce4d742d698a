import * as assert from 'node:assert/strict';
import { tokenize as compareTokens } from '../../../src/core/compare/tokens';
import { tokenize as entityTokens } from '../../../src/core/entities/tokens';
import { tokenize as figureTokens } from '../../../src/core/figures/tokens';
import { tokenize as speechTokens } from '../../../src/core/quotes/speechTokens';
import { scanTokens, wordStartAfter } from '../../../src/core/text/words';

/** The words and marks of a text, as written. */
function scan(text: string): { words: string[]; marks: string[] } {
	const words: string[] = [];
	const marks: string[] = [];
	scanTokens(text, 0, text.length, (start, end, word) => (word ? words : marks).push(text.slice(start, end)));
	return { words, marks };
}

suite('One word scanner', () => {
	test('a joiner between two letters keeps the word whole: apostrophes, hyphens, full stops, ampersands', () => {
		const text = "O'Connor and Lu’s aide Mei-Lin flew to the U.S. for AT&T; sales rose 2.4 per cent at 3 p.m. on COVID-19 news.";
		assert.deepEqual(scan(text).words, ['O\'Connor', 'and', 'Lu’s', 'aide', 'Mei-Lin', 'flew', 'to', 'the', 'U.S', 'for', 'AT&T', 'sales', 'rose', '2.4', 'per', 'cent', 'at', '3', 'p.m', 'on', 'COVID-19', 'news']);
	});

	test('a joiner that does not stand between two letters is a mark of its own', () => {
		const { words, marks } = scan("The Joneses’ dog - and EU & IMF 'rules'.");
		assert.deepEqual(words, ['The', 'Joneses', 'dog', 'and', 'EU', 'IMF', 'rules']);
		assert.deepEqual(marks, ['’', '-', '&', "'", "'", '.']);
	});

	test('a letter beyond the basic plane is inside a word, an emoji is one mark, and offsets are exact', () => {
		const text = 'the 𝐀lpha team 😀 won';
		const seen: [number, number, boolean][] = [];
		scanTokens(text, 0, text.length, (start, end, word) => seen.push([start, end, word]));
		assert.deepEqual(seen.map(([start, end]) => text.slice(start, end)), ['the', '𝐀lpha', 'team', '😀', 'won']);
		assert.deepEqual(seen.map(([, , word]) => word), [true, true, true, false, true]);
	});

	test('a combining mark stays in its word ("cafe" with a combining accent is one word)', () => {
		assert.deepEqual(scan('the cafe\u0301 opened').words, ['the', 'cafe\u0301', 'opened']);
	});

	test('a window that would begin inside a word begins after it', () => {
		const text = 'a statement said';
		assert.equal(wordStartAfter(text, 4), 11);
		assert.equal(wordStartAfter(text, 11), 11);
	});

	test('the speaker rules, the name finder, the aligner and the figure grammar see the same word boundaries', () => {
		const text = 'Officials at AT&T told the U.S. panel on Tuesday that O’Brien’s fund-raiser earned $2.4 million.';
		const words = scan(text).words;
		assert.deepEqual(speechTokens(text, 0, text.length).filter((token) => token.word).map((token) => token.text), words);
		assert.deepEqual(compareTokens(text, 0, text.length).map((token) => text.slice(token.start, token.end)), words);
		// The name finder leaves a possessive out of the name, and takes an abbreviation's full stop in.
		const names = entityTokens(text, { start: 0, end: text.length }, true).map((token) => text.slice(token.start, token.end));
		assert.deepEqual(names, words.map((word) => (word === 'U.S' ? 'U.S.' : word.replace(/’s$/, ''))));
		// The figure grammar reads each word in pieces, and joins the pieces of a number.
		const pieces = figureTokens(text, 0, text.length).map((token) => token.text);
		assert.deepEqual(pieces.slice(pieces.indexOf('$')), ['$', '2.4', 'million', '.']);
		assert.deepEqual(pieces.slice(2, 5), ['AT', '&', 'T']);
	});

	test('the aligner reads an abbreviation with or without its full stops as one word, and keeps a decimal point', () => {
		const norms = (text: string) => compareTokens(text, 0, text.length).map((token) => token.norm);
		assert.deepEqual(norms('U.S. exports rose 2.4 per cent'), norms('US exports rose 2.4 per cent'));
		assert.deepEqual(norms('P.J. Vos'), ['pj', 'vos']);
		assert.deepEqual(norms('it rose 2.4 and 2.5'), ['it', 'rose', '2.4', 'and', '2.5']);
		assert.deepEqual(norms('told Harbourwatch.com at 3 p.m.'), ['told', 'harbourwatch', 'com', 'at', '3', 'p', 'm']);
	});

	test('the figure grammar joins digit groups over a comma, but not over a comma and a space', () => {
		const text = 'It cost 1,200,000.50 dollars, 3, 4 or 15.12.2021.';
		assert.deepEqual(figureTokens(text, 0, text.length).filter((token) => token.type === 'num').map((token) => token.text), ['1,200,000.50', '3', '4', '15.12.2021']);
	});
});
