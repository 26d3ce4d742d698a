import * as assert from 'node:assert/strict';
import { article, compareTexts, listed, naming, show } from '../helpers/compareTexts';

suite('a capitalised word one outlet misspells where the others write it', () => {
	const sank = (word: string) => `Later the patrol boat Orla fired on and sank a ${word} trawler that the coast guard said was a smugglers' supply ship.`;
	const crew = 'The crew of the trawler was picked up by a passing ferry.';

	test('is listed, though the word it stands for is no name ("Thai" / "Thay")', async () => {
		const found = await compareTexts(
			article('Patrol boat sinks smugglers’ ship', sank('Thai'), crew),
			article('Coast guard sinks supply ship', sank('Thai'), crew),
			article('Smugglers’ ship sunk off Orla', sank('Thay'), crew),
		);
		assert.equal(naming(listed(found, 'entity'), 'Thay', 'Thai').length, 1, show(found));
	});

	test('a word the others write elsewhere in the sentence, not in its place, is no misspelling of it', async () => {
		const found = await compareTexts(
			article('Patrol boat sinks smugglers’ ship', sank('Thai'), crew),
			article('Coast guard sinks supply ship', sank('Thai'), crew),
			article('Smugglers’ ship sunk off Orla', 'Later the patrol boat Orla fired on and sank a trawler from Thay that the coast guard said was a supply ship.', crew),
		);
		assert.deepEqual(naming(listed(found, 'entity'), 'Thay', 'Thai'), [], show(found));
	});

	test('an English word in the same place is another word, not a misspelt one', async () => {
		const found = await compareTexts(
			article('Patrol boat sinks smugglers’ ship', sank('Thai'), crew),
			article('Coast guard sinks supply ship', sank('Thai'), crew),
			article('Smugglers’ ship sunk off Orla', sank('That'), crew),
		);
		assert.deepEqual(naming(listed(found, 'entity'), 'Thai'), [], show(found));
	});
});
