import * as assert from 'node:assert/strict';
import { numberSpelled, numberValue } from '../../../src/core/text/numberSpelling';
import { compareTexts, listed, show } from '../helpers/compareTexts';

suite('a number in digits and in words', () => {
	test('is one number, a count or an ordinal', () => {
		assert.deepEqual(
			['12', 'twelve', '12th', 'twelfth', 'twenty-one', '21st', 'twenty-first', 'ferry', 'first-hand'].map(numberSpelled),
			['12', '12', '12th', '12th', '21', '21th', '21th', undefined, undefined],
		);
	});

	test('is no rewording of a quote; another number is', async () => {
		const quote = (number: string) => `Ferry Lost Off Tarn\n\n“This is the ${number} ferry we have lost since the spring, and nobody in the ministry cares,” harbour master Ada Vos said.`;
		const spelled = await compareTexts(quote('twelfth'), quote('twelfth'), quote('12th'));
		assert.deepEqual(listed(spelled, 'quote'), [], show(spelled));
		const other = await compareTexts(quote('twelfth'), quote('twelfth'), quote('14th'));
		assert.equal(listed(other, 'quote').length, 1, show(other));
	});

	test('several words may write one number, whose value is read; an ordinal or another word is none', () => {
		const words = (text: string) => text.split(' ');
		assert.deepEqual(
			['4 000', 'four thousand', '4000', 'two hundred and twelve', 'twenty four thousand', '1.5 million', '1 250 000', 'fourth thousand', 'four ferries', '4 00', 'four two', 'and four'].map((text) => numberValue(words(text))),
			[4000, 4000, 4000, 212, 24_000, 1_500_000, 1_250_000, undefined, undefined, undefined, undefined, undefined],
		);
	});

	test('"4,000" in one quote and "four thousand" in another are one number; "4,500" is another', async () => {
		const quote = (number: string) => `Terminal Opens At Kessel\n\n“It will carry ${number} passengers a day, every day of the summer,” harbour master Ada Vos said.`;
		const spelled = await compareTexts(quote('4,000'), quote('4,000'), quote('four thousand'));
		assert.deepEqual(listed(spelled, 'quote'), [], show(spelled));
		const other = await compareTexts(quote('4,000'), quote('4,000'), quote('4,500'));
		assert.equal(listed(other, 'quote').length, 1, show(other));
	});
});
