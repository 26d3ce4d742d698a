import * as assert from 'node:assert/strict';
import { compareTexts, listed, naming, show } from '../helpers/compareTexts';

/** An article about a flooded mill, with the passage under test in its middle. */
const article = (title: string, passage: string) =>
	`${title}\n\nFloodwater reached the upper floor of a textile mill in Ranmoor overnight, the fire service said.\n\n${passage}\n\nThe river is expected to fall by the weekend.`;

suite('two news agencies in the same place of near copies', () => {
	test('are each outlet’s source, not a name one of them got wrong', async () => {
		const found = await compareTexts(
			article('Mill flooded in Ranmoor', 'The owner, Ezra Tolliver, told Reuters that the looms were lost.'),
			article('Floodwater swamps Ranmoor mill', 'The owner, Ezra Tolliver, told AFP that the looms were lost.'),
			article('Ranmoor mill under water', 'The owner, Ezra Tolliver, told Reuters that the looms were lost.'),
		);
		assert.deepEqual(listed(naming(found, 'Reuters'), 'entity'), [], show(found));
	});
});
