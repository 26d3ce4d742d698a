import * as assert from 'node:assert/strict';
import { quotesOf } from '../../helpers/speakerOf';

/** The speaker of the one quote holding `fragment`. */
function speakerOf(text: string, fragment: string): string | undefined {
	const found = quotesOf(`Title line\n\n${text}`).filter((quote) => quote.text.includes(fragment));
	assert.equal(found.length, 1, `one quote holding "${fragment}"`);
	return found[0].speaker?.name;
}

suite('a role the tagger reads as an adjective', () => {
	test('"One operative tried to play down the row, saying …" names the operative', () => {
		const text = 'Vos answered the mayor at once. One operative tried to play down the row, saying it was “not a big deal around here.”';
		assert.equal(speakerOf(text, 'not a big deal'), 'One operative');
	});
});
