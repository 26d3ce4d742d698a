import * as assert from 'node:assert/strict';
import { quotesOf } from '../../helpers/speakerOf';

/** The kind and directness of the one quote holding `fragment`. */
function kindOf(text: string, fragment: string): [string, boolean] {
	const found = quotesOf(text).filter((quote) => quote.text.includes(fragment));
	assert.equal(found.length, 1, `one quote holding "${fragment}"`);
	return [found[0].kind, found[0].direct];
}

suite('quote kinds of words cut off with an ellipsis', () => {
	test('words in title case cut off with an ellipsis in a headline are a piece of speech, not a name', () => {
		const text = 'Pier Row Gets Worse — Harbour Master Says The Board Had ‘No Right To….’\n\nThe board met on Monday.';
		assert.deepEqual(kindOf(text, 'No Right To'), ['speech', true]);
	});

	test('words in title case cut off with three full stops are a piece of speech too', () => {
		const text = 'Pier Row Gets Worse — Harbour Master Says The Board Had ‘No Right To...’\n\nThe board met on Monday.';
		assert.deepEqual(kindOf(text, 'No Right To'), ['speech', true]);
	});

	test('a name in title case without an ellipsis in the same place stays a title', () => {
		const text = 'Pier Row Gets Worse — Harbour Master Reads ‘Salt And Iron’ Aloud\n\nThe board met on Monday.';
		assert.deepEqual(kindOf(text, 'Salt And Iron'), ['title', false]);
	});
});
