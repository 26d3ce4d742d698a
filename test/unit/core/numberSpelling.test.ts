import * as assert from 'node:assert/strict';
import { numberSpelled } from '../../../src/core/text/numberSpelling';
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
});
