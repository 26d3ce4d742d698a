import * as assert from 'node:assert/strict';
import { quotesOf } from '../../helpers/speakerOf';

suite('a closing glyph typed where an opening one belongs', () => {
	test('"She says,” there are …”" quotes the words after the comma', () => {
		const quotes = quotesOf('Title line\n\nVos spoke to the crowd. She says,” there are people who never get heard.”');
		assert.deepEqual(quotes.filter((quote) => quote.direct).map((quote) => quote.text), ['there are people who never get heard.']);
	});

	test('"” … if the mayor can visit, …,” it read." opens at the paragraph\'s start', () => {
		const quotes = quotesOf('Title line\n\nThe paper was blunt.\n\n” … if the mayor can visit the pier, then surely the governor could find an hour too,” it read.');
		assert.equal(quotes.filter((quote) => quote.direct && quote.text.startsWith('… if the mayor')).length, 1);
	});

	test('"“We will see,” Brandt said." still closes at the comma', () => {
		const quotes = quotesOf('Title line\n\n“We will see,” Brandt said, ”and soon.”');
		assert.deepEqual(quotes.map((quote) => quote.text), ['We will see,', 'and soon.']);
	});
});
