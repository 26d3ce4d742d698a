import * as assert from 'node:assert/strict';
import { quotesOf } from '../../helpers/speakerOf';

suite('a straight quote run on over paragraphs holds curly quotes inside it', () => {
	const text =
		'Title line\n\nDr. Ada Vos stated:\n\n"The board is not about “fair play” anymore. It is about a narrow plan for the port.\n\n' +
		'"The latest example is the lawsuit over its “Dock Rule,” which lets owners decide who can moor.\n\n"The solution is property, not politics."\n\nThe suit was filed in March.';

	test('the curly inner quote does not cut the straight quote of the first paragraph', () => {
		const outer = quotesOf(text).filter((quote) => quote.direct && quote.depth === 0);
		assert.equal(outer.length, 1, 'one direct quote over the three paragraphs');
		assert.ok(outer[0].text.includes('anymore. It is about a narrow plan') && outer[0].text.includes('The solution is property'));
		assert.equal(outer[0].speaker?.name, 'Ada Vos');
	});

	test('the words in curly marks are a quote inside it', () => {
		const inner = quotesOf(text).find((quote) => quote.text === 'fair play');
		assert.equal(inner?.depth, 1);
	});
});
