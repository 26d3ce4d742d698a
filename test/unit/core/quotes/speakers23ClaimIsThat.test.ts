import * as assert from 'node:assert/strict';
import { quotesOf } from '../../helpers/speakerOf';

/** The one quote `fragment`, in a text after a title line. */
function quoteOf(text: string, fragment: string) {
	const found = quotesOf(`Title line\n\n${text}`).filter((quote) => quote.text === fragment);
	assert.equal(found.length, 1, `one quote "${fragment}"`);
	return found[0];
}

suite('the owner of a claim whose "that" clause holds a word or two', () => {
	test('"Tom Brandt’s boldest claim is that the board is a “closed shop”" is his', () => {
		const quote = quoteOf('Tom Brandt’s boldest claim is that the harbour board is a “closed shop” for insiders.', 'closed shop');
		assert.equal(quote.direct, true);
		assert.equal(quote.speaker?.name, 'Tom Brandt');
	});

	test('"Ada Vos’s recent evidence-free assertion that “hundreds” of boats sank" is hers', () => {
		const quote = quoteOf('Ada Vos’s recent evidence-free assertion that “hundreds” of boats sank was denied.', 'hundreds');
		assert.equal(quote.direct, true);
		assert.equal(quote.speaker?.name, 'Ada Vos');
	});
});
