import * as assert from 'node:assert/strict';
import { quotesOf } from '../../helpers/speakerOf';

/** The speaker of the one quote holding `fragment`. */
function speakerOf(text: string, fragment: string): string | undefined {
	const found = quotesOf(`Title line\n\n${text}`).filter((quote) => quote.text.includes(fragment));
	assert.equal(found.length, 1, `one quote holding "${fragment}"`);
	return found[0].speaker?.name;
}

suite('"his" or "her" before a description that opens with a capital', () => {
	test('"her Bluesky account posted: “…”": the account is named with the woman "her" stands for', () => {
		const text = 'Ada Brandt opened the ferry festival on Saturday. On Sunday her Bluesky account posted: “Thank you, Dover, for a day to remember.”';
		assert.equal(speakerOf(text, 'for a day to remember'), 'Ada Brandt’s Bluesky account');
	});

	test('"“…,” his Kent office said": the office is named with the man "his" stands for', () => {
		const text = 'Tom Lund lost the vote on Friday. “We will be back next year,” his Kent office said.';
		assert.equal(speakerOf(text, 'We will be back'), 'Tom Lund’s Kent office');
	});
});
