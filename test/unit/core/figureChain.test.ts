import * as assert from 'node:assert/strict';
import { chainPlace, unalignedChain } from '../../../src/core/compare/figureChain';
import { compareTexts, listed, naming, show } from '../helpers/compareTexts';

/** The place of the number that starts at `at` in `text` and runs for `length` characters. */
const placeAt = (text: string, at: number, length: number) => chainPlace(text, at, at + length);

suite('numbers of a score or a record', () => {
	test('each number of a record has its place in it; a number standing alone has none', () => {
		const text = 'Brisk (31-4-1, 24 KOs) won.';
		assert.equal(placeAt(text, text.indexOf('31'), 2), '0/3');
		assert.equal(placeAt(text, text.indexOf('4-'), 1), '1/3');
		assert.equal(placeAt(text, text.indexOf('-1,') + 1, 1), '2/3');
		assert.equal(placeAt(text, text.indexOf('24'), 2), undefined);
	});

	test('a chain that ends a sentence keeps its last place; a year span and a decimal are no chain', () => {
		const text = 'Brisk fell to 29-4.';
		assert.equal(placeAt(text, text.indexOf('29'), 2), '0/2');
		const other = 'In the 2008-09 season he scored 3.5 a game.';
		assert.equal(placeAt(other, other.indexOf('3.5'), 1), undefined);
	});

	test('long records and scores of three digits are not aligned on; a small score still is', () => {
		const record = 'Dorn (21-9-3) lost.';
		assert.equal(unalignedChain(record, record.indexOf('9'), record.indexOf('9') + 1), true);
		const score = 'a 171-128 record';
		assert.equal(unalignedChain(score, score.indexOf('128'), score.indexOf('128') + 3), true);
		const small = 'The jury split 9-3.';
		assert.equal(unalignedChain(small, small.indexOf('9'), small.indexOf('9') + 1), false);
	});

	test('the same place of two records is one quantity', async () => {
		const found = await compareTexts(
			'Brisk (31-4-1) meets the champion in Tarn on Saturday, the promoter said.',
			'Brisk (33-4-1) meets the champion in Tarn on Saturday, the promoter said.',
			'The card in Tarn is sold out.',
		);
		assert.equal(naming(listed(found, 'figure'), '31', '33').length, 1, show(found));
	});
});
