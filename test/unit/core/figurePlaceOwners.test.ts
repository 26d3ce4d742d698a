import * as assert from 'node:assert/strict';
import { compareTexts, listed, naming, show } from '../helpers/compareTexts';

const opening = 'The quake struck on Tuesday morning.';
const agency = 'The quake struck on Tuesday morning, the disaster agency said.';

suite('figures counted in a place named after them', () => {
	test('a town\'s count of fallen homes against a province\'s is two facts, not a disagreement', async () => {
		const found = await compareTexts(
			`${opening} Some 80 homes collapsed in Vellmark and 120 residents needed care, the disaster agency said.`,
			`${opening} About 30 homes collapsed in Tarnby and 40 residents needed care, the disaster agency said.`,
			agency,
		);
		assert.deepEqual(listed(found, 'figure'), [], show(found));
	});

	test('the same place with two counts is still listed', async () => {
		const found = await compareTexts(
			`${opening} Some 80 homes collapsed in Tarnby and 120 residents needed care, the disaster agency said.`,
			`${opening} About 30 homes collapsed in Tarnby and 40 residents needed care, the disaster agency said.`,
			agency,
		);
		assert.equal(naming(listed(found, 'figure'), '80 homes', '30 homes').length, 1, show(found));
	});
	test('a place in a clause that tells what else happened ("when a chapel collapsed in …") is not where the count was made', async () => {
		const found = await compareTexts(
			`${opening} It left 16 people trapped when a chapel collapsed in Vellmark, the disaster agency said.`,
			`${opening} It left 12 people trapped under a chapel in Tarnby, the disaster agency said.`,
			agency,
		);
		assert.equal(naming(listed(found, 'figure'), '16 people', '12 people').length, 1, show(found));
	});
});
