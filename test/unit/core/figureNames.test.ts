import * as assert from 'node:assert/strict';
import { compareTexts, listed, naming, show } from '../helpers/compareTexts';

suite('figures beside names alone', () => {
	test('two polls of one race, whose figures share only the candidates\' names, are two facts', async () => {
		const found = await compareTexts(
			'A state poll released on Saturday found that 31 percent of likely voters backed Ms. Quell, while 24 percent favored Mr. Marr and 14 percent chose Senator Ida Pell.',
			'The debate came as a new national survey showed Marr moving past Quell, 33%-26%, while Pell stood at 17%.',
			'Voters in the state go to the polls on Monday.',
		);
		assert.deepEqual(listed(found, 'figure'), [], show(found));
	});

	test('a figure beside the same words besides the names is still listed', async () => {
		const found = await compareTexts(
			'A state poll released on Saturday found that Ms. Quell leads the race with 31 percent of likely voters.',
			'Ms. Quell leads the race with 36 percent of likely voters, a state poll released on Saturday found.',
			'Voters in the state go to the polls on Monday.',
		);
		assert.equal(naming(listed(found, 'figure'), '31 percent', '36 percent').length, 1, show(found));
	});
});
