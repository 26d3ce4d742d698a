import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../../src/core/analyze';
import { roundedAgree } from '../../../src/core/figures/rounding';
import { compareTexts, listed, show } from '../helpers/compareTexts';

suite('a figure rounded for the reader', () => {
	const figure = (text: string) => {
		const [found] = analyzeArticle({ id: 'a1', path: 'a1.txt', text }).figures;
		assert.ok(found, `no figure in ${text}`);
		return found;
	};
	const rounded = (a: string, b: string) => roundedAgree(figure(a), figure(b));

	test('is the finer figure given to fewer decimals, a price with its cents cut too', () => {
		assert.deepEqual(
			[rounded('It costs $349.99.', 'It costs $349.'), rounded('The pier is 6.2 miles long.', 'The pier is 6 miles long.'), rounded('The deal was worth $4.2 billion.', 'The deal was worth $4 billion.'), rounded('Turnout was 61.6 percent.', 'Turnout was 62 percent.'), rounded('The quake struck 6. 2 miles deep.', 'The quake struck 6 miles deep.')],
			[true, true, true, true, true],
		);
	});

	test('is a number word too: the whole number the finer figure rounds to, never another', () => {
		assert.deepEqual(
			[rounded('The pier is 6.2 miles long.', 'The pier is six miles long.'), rounded('The pier is 6.7 miles long.', 'The pier is six miles long.'), rounded('The pier is 6 miles long.', 'The pier is six miles long.')],
			[true, false, false],
		);
	});

	test('is not another value, another scale, the same decimals, a cut sum or a time', () => {
		assert.deepEqual(
			[
				rounded('It costs $349.99.', 'It costs $379.'),
				rounded('The pier is 6.2 miles long.', 'The pier is 6.5 miles long.'),
				rounded('The deal was worth $4.7 billion.', 'The deal was worth $4 billion.'),
				rounded('It sold 4.2 million copies.', 'It sold 4 copies.'),
				rounded('The ferry left at 6.30 pm.', 'The ferry left at 6 pm.'),
			],
			[false, false, false, false, false],
		);
	});

	test('is no listed disagreement, while another price of the same sentence is', async () => {
		const sentence = (price: string) => `The Vell tablet goes on sale in Tarn on Friday at ${price} for the base model, the company said.`;
		const cut = await compareTexts(sentence('$349.99'), sentence('$349.99'), sentence('$349'));
		assert.deepEqual(listed(cut, 'figure'), [], show(cut));
		const other = await compareTexts(sentence('$349.99'), sentence('$349.99'), sentence('$379.99'));
		assert.equal(listed(other, 'figure').length, 1, show(other));
	});
});
