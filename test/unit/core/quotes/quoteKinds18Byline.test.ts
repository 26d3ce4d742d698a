import * as assert from 'node:assert/strict';
import { quotesOf } from '../../helpers/speakerOf';

suite('a headline in quotation marks with its byline is a title', () => {
	test('"NOW OPEN—“Art show opens in a former rail depot,” by Courier\'s Ada Vos: …" is a title, not speech', () => {
		const text = 'Title line\n\nHere are the links of the week. NOW OPEN—“Art show opens in a former rail depot,” by Courier’s Ada Vos: “Curators of the show said the depot was ideal.” http://example.com/x.';
		const headline = quotesOf(text).find((quote) => quote.text.includes('rail depot'));
		assert.equal(headline?.kind, 'title');
		assert.equal(headline?.direct, false);
		const quoted = quotesOf(text).find((quote) => quote.text.includes('Curators'));
		assert.equal(quoted?.direct, true);
	});

	test('a quote inside a clause before "by" and a name stays speech ("was called “a tax on ships,” by Vos")', () => {
		const text = 'Title line\n\nThe levy passed on Friday.\n\nThe levy was called “a tax on ships,” by Vos.';
		const quote = quotesOf(text).find((found) => found.text.includes('tax on ships'));
		assert.equal(quote?.kind, 'speech');
	});
});
