import * as assert from 'node:assert/strict';
import { quotesOf } from '../../helpers/speakerOf';

/** The one quote holding `fragment`. */
function quoteWith(text: string, fragment: string) {
	const found = quotesOf(`Title line\n\n${text}`).filter((quote) => quote.text.includes(fragment));
	assert.equal(found.length, 1, `one quote holding "${fragment}"`);
	return found[0];
}

suite('words in title case that a crowd called out or a sign carried', () => {
	test('a chant after "chants of" is speech, not a title', () => {
		const quote = quoteWith('Their chants of “Vote Vos! Vote Vos!” were cut short when the screens changed.', 'Vote Vos');
		assert.equal(quote.kind, 'speech');
		assert.equal(quote.direct, true);
	});

	test('the words a sign "read" are speech, not a title', () => {
		const quote = quoteWith('Someone at the back raised a placard — it read “Sailors 4 Vos” — until a steward took it.', 'Sailors 4 Vos');
		assert.equal(quote.kind, 'speech');
		assert.equal(quote.direct, true);
	});

	test('a book someone read stays a title', () => {
		const quote = quoteWith('On the ferry she read “Salt And Iron” twice before landing.', 'Salt And Iron');
		assert.equal(quote.kind, 'title');
		assert.equal(quote.direct, false);
	});
});
