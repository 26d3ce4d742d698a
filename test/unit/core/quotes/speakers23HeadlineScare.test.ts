import * as assert from 'node:assert/strict';
import { quotesOf } from '../../helpers/speakerOf';

suite('a word set off in a headline in title case', () => {
	test('"Ada Vos Pins The Loss Of The Ferry On ‘Reckless’ Board": her word, as a longer quote there would be', () => {
		const text = 'Ada Vos Pins The Loss Of The Ferry On ‘Reckless’ Board\n\nThe harbour master spoke to the council on Monday.';
		const found = quotesOf(text).filter((quote) => quote.text === 'Reckless');
		assert.equal(found.length, 1);
		assert.equal(found[0].direct, true);
		assert.equal(found[0].speaker?.name, 'Ada Vos');
	});

	test('a headline in sentence case leaves the word a scare quote', () => {
		const text = 'Loss of the ferry blamed on ‘reckless’ board\n\nThe harbour master spoke to the council on Monday.';
		const found = quotesOf(text).filter((quote) => quote.text === 'reckless');
		assert.equal(found.length, 1);
		assert.equal(found[0].direct, false);
	});
});
