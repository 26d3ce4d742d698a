import * as assert from 'node:assert/strict';
import { article, compareTexts, listed, naming, show } from '../helpers/compareTexts';

suite('a number that is part of a name', () => {
	const stopped = (road: string) => `The striker was stopped by a highway patrol car on ${road} in Tarnfield shortly after midnight, police said.`;
	const club = 'His club said it would not comment until Monday.';

	test('one outlet’s other number in the same place names another road, and is listed as a figure', async () => {
		const found = await compareTexts(
			article('Striker stopped by police', stopped('State Route 52'), club),
			article('Police stop striker', stopped('State Route 52'), club),
			article('Striker held overnight', stopped('State Route 54'), club),
		);
		assert.equal(naming(listed(found, 'figure'), 'Route 52', 'Route 54').length, 1, show(found));
	});

	test('two roads of one list are no disagreement', async () => {
		const found = await compareTexts(
			article('Striker stopped by police', stopped('State Route 52'), club),
			article('Police stop striker', stopped('State Route 52'), club),
			article('Striker held overnight', 'The striker was stopped by a highway patrol car where Route 52 meets Route 54 in Tarnfield shortly after midnight, police said.', club),
		);
		assert.deepEqual(naming(listed(found, 'figure'), 'Route 54'), [], show(found));
	});
});
