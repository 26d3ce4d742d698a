import * as assert from 'node:assert/strict';
import { compareTexts, listed, naming, show } from '../helpers/compareTexts';

/** An article: a headline line, then its paragraphs. */
const article = (headline: string, ...body: string[]) => `${headline}\n\n${body.join('\n\n')}\n`;

suite('two places of one story are not one place swapped', () => {
	const crash = 'Two passengers died when the choir bus crashed in Quillmoor late on Friday, the regional police said.';
	const lived = 'The two passengers who died when the choir bus crashed on Friday had lived in Ostler Vale, the police said.';
	const festival = 'The choir had sung at the festival for twenty years.';

	test('a place several articles write, set against another in loosely alike passages, is at most low', async () => {
		const mourning = 'Relatives of the dead gathered at a church in Ostler Vale on Saturday.';
		const found = await compareTexts(article('Bus crash', crash, festival), article('Choir bus crash', crash, festival, mourning), article('Two die in bus crash', crash), article('Crash victims named', lived, festival));
		assert.deepEqual(naming(listed(found, 'entity'), 'Ostler Vale', 'Quillmoor'), [], show(found));
	});

	test('a place one article alone writes where the others name another stays listed', async () => {
		const found = await compareTexts(article('Bus crash', crash, festival), article('Choir bus crash', crash, festival), article('Two die in bus crash', crash, festival), article('Crash victims named', crash.replace('Quillmoor', 'Brennockby'), festival));
		assert.equal(naming(listed(found, 'entity'), 'Brennockby', 'Quillmoor').length, 1, show(found));
	});
});
