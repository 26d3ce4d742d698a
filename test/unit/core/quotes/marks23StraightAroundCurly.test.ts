import * as assert from 'node:assert/strict';
import { quotesOf } from '../../helpers/speakerOf';

suite('a paragraph wrapped whole in straight marks around curly ones', () => {
	test('"\\"“If I were on the board …?”" keeps the curly quote', () => {
		const quotes = quotesOf('Title line\n\n"“If I were on the board, I would want answers. If they have no staff left, who runs the port?”\n\nThe vote is on Friday.');
		assert.ok(quotes.some((quote) => quote.direct && quote.text === 'If I were on the board, I would want answers. If they have no staff left, who runs the port?'));
	});

	test('"\\"“You do not win …,” Vos replied …\\"" gives the curly quote to Vos', () => {
		const quotes = quotesOf('Title line\n\n"“You do not win the harbour by how many boats you own,” Vos replied before adding that she would need the ferry vote in March."');
		assert.equal(quotes.find((quote) => quote.text === 'You do not win the harbour by how many boats you own,')?.speaker?.name, 'Vos');
	});

	test('a curly mark after a straight one that closes a word ("said "no"“…") does not open inside it', () => {
		const quotes = quotesOf('Title line\n\nThe clerk wrote "closed"“ on the form, Brandt said.');
		assert.deepEqual(quotes.map((quote) => quote.text), ['closed']);
	});
});
