import * as assert from 'node:assert/strict';
import { quotesOf } from '../../helpers/speakerOf';

/** The kind and speaker of the one quote holding `fragment`. */
function readingOf(text: string, fragment: string): [string, string | undefined] {
	const found = quotesOf(`Title line\n\n${text}`).filter((quote) => quote.text.includes(fragment));
	assert.equal(found.length, 1, `one quote holding "${fragment}"`);
	return [found[0].kind, found[0].speaker?.name];
}

suite('words a possessive and a noun of speech give someone', () => {
	test('"his remark on Monday that “…”" is the speech of the person "his" stands for', () => {
		const text = 'Tom Brandt spoke at the quay for an hour. Then came his remark on Monday that “the piers are finished.”';
		assert.deepEqual(readingOf(text, 'piers are finished'), ['speech', 'Tom Brandt']);
	});

	test('a document a person owns introduces the quote after its colon', () => {
		const text = 'Aides say the mayor will back the plan. From Ada Vos’s Facebook post: “We will not pay for a toll that sinks the harbour.”';
		assert.deepEqual(readingOf(text, 'We will not pay'), ['speech', 'Ada Vos']);
	});

	test('a word or two between a possessive and a noun of speech are that person’s words', () => {
		const text = 'Critics across the harbour mocked Tom Brandt’s “ferry first” pledge for weeks.';
		assert.deepEqual(readingOf(text, 'ferry first'), ['speech', 'Tom Brandt']);
	});

	test('a possessive before a noun that is no speech gives nobody', () => {
		const text = 'Critics across the harbour studied Tom Brandt’s “ferry first” plan for weeks.';
		assert.deepEqual(readingOf(text, 'ferry first'), ['scare', undefined]);
	});
});
