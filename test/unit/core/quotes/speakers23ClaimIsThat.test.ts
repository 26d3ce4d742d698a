import * as assert from 'node:assert/strict';
import { onlyQuote as quoteOf } from '../../helpers/speakerOf';

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
