import * as assert from 'node:assert/strict';
import { parseArticle } from '../../../src/core/parse';
import { findQuotes } from '../../../src/core/quotes';

suite('a word or two quoted in a sentence of speech', () => {
	test('after a speech verb whose subject is a description, the words are speech, not a scare quote', () => {
		const text = 'A lawyer close to the inquiry said the divers were looking for “lost cargo.”';
		const [quote] = findQuotes(parseArticle({ id: 'test', path: 'test.txt', text })).filter((found) => found.text.startsWith('lost cargo'));
		assert.equal(quote.kind, 'speech');
		assert.equal(quote.direct, true);
	});
});
