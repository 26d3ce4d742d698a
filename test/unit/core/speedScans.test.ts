import * as assert from 'node:assert/strict';
import { isDerivedDemonym } from '../../../src/core/entities/demonyms';
import type { NameEvidence } from '../../../src/core/entities/nameEvidence';
import { keyOf, keysOf } from '../../../src/core/entities/nameWords';
import { tokenize } from '../../../src/core/entities/tokens';
import { gapClauseQuote, gapQuote, readGap } from '../../../src/core/entities/wordGaps';
import { applyScale } from '../../../src/core/figures/numberWords';
import { findParagraphs } from '../../../src/core/segment';

/** The scans taken short for speed give what the long way gives. */

function evidenceWith(votes: string[]): NameEvidence {
	return {
		capitalised: new Set(),
		names: new Set(),
		acronyms: new Set(),
		adjectives: new Set(),
		cases: new Map(),
		votes: new Map(votes.map((key) => [key, { person: 0, organization: 0, place: 1 }])),
	};
}

suite('speed: scans taken short', () => {
	test('lines end alike at "\\n", at "\\r\\n" and at a lone "\\r" (the native search for "\\n" is taken only without any "\\r")', () => {
		const lines = ['THE FERRY STRIKE', 'Dock workers in Port Ardel walked out on Monday.', 'The union said the talks', 'would go on.', '', 'Ships waited offshore.'];
		const spans = (text: string) => findParagraphs(text, 0).map(({ start, end }) => text.slice(start, end).replace(/\r\n?/g, '\n'));
		const unix = spans(lines.join('\n'));
		assert.equal(unix.length, 4);
		assert.deepEqual(spans(lines.join('\r\n')), unix);
		assert.deepEqual(spans(lines.join('\r')), unix);
		assert.deepEqual(spans(`${lines.slice(0, 3).join('\n')}\r${lines.slice(3).join('\n')}`), unix);
	});

	test('a scaled number is the product rounded to 15 digits, whole or not', () => {
		assert.equal(applyScale(2, 1e6), 2_000_000);
		assert.equal(applyScale(1.1, 1e9), 1_100_000_000);
		assert.equal(applyScale(0.07, 100), 7);
		assert.equal(applyScale(123456789, 1e9), 123456789e9);
		assert.ok(Object.is(applyScale(-0, 1e6), 0));
	});

	test('a word ending as no demonym does is no derived demonym; one that does is, when the folder names its place', () => {
		const evidence = evidenceWith(['vessmar', 'ostrav', 'korlin']);
		assert.equal(isDerivedDemonym('vessmari', evidence), true);
		assert.equal(isDerivedDemonym('ostravese', evidence), true);
		assert.equal(isDerivedDemonym('korlinish', evidence), false);
		assert.equal(isDerivedDemonym('vessmar', evidence), false);
	});

	test('the words kept around a capitalised word are the two on each side, at the ends of a paragraph too', () => {
		const text = 'Kessel met the harbour board and many other local people on a cold day with Varn.';
		const keys = tokenize(text, { start: 0, end: text.length }).map((token) => token.key);
		assert.deepEqual(keys, ['kessel', 'met', 'the', '', 'day', 'with', 'varn']);
	});

	test('the words of a name are its key cut at the spaces, read from its tokens', () => {
		const text = 'Chief Kessa O’Varn of the Port Ardel Ferry Co. spoke.';
		const tokens = tokenize(text, { start: 0, end: text.length }, true);
		for (const [first, last] of [[0, 2], [1, 2], [3, 8], [2, 2]]) {
			assert.deepEqual(keysOf(tokens, first, last), keyOf(tokens, first, last).split(' '));
		}
		assert.deepEqual(keysOf(tokens, 1, 3), ["kessa", "o'varn", 'of']);
	});

	test('a gap is read by its character codes: an opening quote after any white space, and a comma or colon before it', () => {
		const gap = (text: string) => readGap(text, 0, text.length) & (gapQuote | gapClauseQuote);
		assert.equal(gap(' “'), gapQuote);
		assert.equal(gap(' ‘\u00a0'), gapQuote);
		assert.equal(gap(' «\u2009'), gapQuote);
		assert.equal(gap(',\u3000“'), gapQuote | gapClauseQuote);
		assert.equal(gap(': "'), gapQuote | gapClauseQuote);
		assert.equal(gap(', ('), gapClauseQuote);
		assert.equal(gap('" '), 0);
		assert.equal(gap('” '), 0);
		assert.equal(gap('\u2028'), 0);
	});
});
