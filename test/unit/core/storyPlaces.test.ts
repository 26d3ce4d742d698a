import * as assert from 'node:assert/strict';
import { article, compareTexts, listed, naming, show } from '../helpers/compareTexts';

suite('two places of one story are not one place swapped', () => {
	const crash = 'Two passengers died when the choir bus crashed in Quillmoor late on Friday, the regional police said.';
	const lived = 'The two passengers who died when the choir bus crashed on Friday had lived in Ostler Vale, the police said.';
	const festival = 'The choir had sung at the festival for twenty years.';

	test('a place several articles write, set against another in loosely alike passages, is at most low', async () => {
		const mourning = 'Relatives of the dead gathered at a church in Ostler Vale on Saturday.';
		const found = await compareTexts(article('Bus crash', crash, festival), article('Choir bus crash', crash, festival, mourning), article('Two die in bus crash', crash), article('Crash victims named', lived, festival));
		assert.deepEqual(naming(listed(found, 'entity'), 'Ostler Vale', 'Quillmoor'), [], show(found));
	});

	test('two places the gazetteers know, the odd one recurring, in loosely alike passages are at most low', async () => {
		const held = 'The sect leader was held in a county jail in Texas before his trial, officials said on Monday.';
		const moved = 'Several followers of the sect were held in a state prison in Arizona after the raid, officials said on Monday.';
		const found = await compareTexts(
			article('Sect leader held', held, festival),
			article('Sect leader in jail', held, festival),
			article('Followers moved', moved, 'Relatives of the followers in Arizona asked to visit them.'),
			article('Sect trial', festival, 'The followers had lived on a ranch in Arizona for years.'),
		);
		assert.deepEqual(naming(listed(found, 'entity'), 'Arizona', 'Texas'), [], show(found));
	});

	test('a place one article alone writes where the others name another stays listed', async () => {
		const found = await compareTexts(article('Bus crash', crash, festival), article('Choir bus crash', crash, festival), article('Two die in bus crash', crash, festival), article('Crash victims named', crash.replace('Quillmoor', 'Brennockby'), festival));
		assert.equal(naming(listed(found, 'entity'), 'Brennockby', 'Quillmoor').length, 1, show(found));
	});
});
