import * as assert from 'node:assert/strict';
import { compareTexts, listed, naming, show } from '../helpers/compareTexts';

const opening = 'The quake struck on Tuesday morning.';
const agency = 'The quake struck on Tuesday morning, the disaster agency said.';

suite('figures counted in a place named after them', () => {
	test('a town\'s count of damaged houses against a province\'s is two facts, not a disagreement', async () => {
		const found = await compareTexts(
			`${opening} It injured at least 200 people and damaged more than 300 houses in Vellmark, the disaster agency said.`,
			`${opening} At least five people were hurt and 10 houses were damaged in Tarnby, the disaster agency said.`,
			agency,
		);
		assert.deepEqual(listed(found, 'figure'), [], show(found));
	});

	test('the same place with two counts is still listed', async () => {
		const found = await compareTexts(
			`${opening} It injured at least 200 people and damaged more than 300 houses in Tarnby, the disaster agency said.`,
			`${opening} At least five people were hurt and 10 houses were damaged in Tarnby, the disaster agency said.`,
			agency,
		);
		assert.equal(naming(listed(found, 'figure'), '300 houses', '10 houses').length, 1, show(found));
		assert.equal(naming(listed(found, 'figure'), '200 people', 'five people').length, 1, show(found));
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
