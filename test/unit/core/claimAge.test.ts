import * as assert from 'node:assert/strict';
import { compareTexts, listed, naming, show } from '../helpers/compareTexts';

suite('an age several outlets give in one claim, against one outlet\'s age near it', () => {
	const article = (headline: string, lede: string) => `${headline}\n\n${lede}\n\nThe van's driver, Tomas Brisk, stayed at the scene and was questioned by officers on Friday night.\n`;
	const named = [
		article('Woman hit by van in Orla', 'The 59-year-old Ada Vey had just parked her car on Marsh Street in Orla when a white van struck her on Friday evening.'),
		article('Orla crash', 'Tarnby teacher and 59-year-old Ada Vey had just parked near Marsh Street in Orla when she was hit by a white van on Friday.'),
		article('Van strikes pedestrian', 'Witnesses say 59-year-old Ada Vey was leaving her car on Marsh Street in Orla on Friday when a white van hit her.'),
	];

	test('"a 61-year-old woman" against three outlets\' 59 is listed, though no word stands around both ages', async () => {
		const found = await compareTexts(...named, article('Pedestrian hurt', 'A 61-year-old woman was struck by a van as she stepped out of her car.'));
		assert.equal(naming(listed(found, 'figure'), '59', '61').length, 1, show(found));
	});

	test('an age far from the others\' is another person\'s, and stays unlisted', async () => {
		const found = await compareTexts(...named, article('Pedestrian hurt', 'A 23-year-old woman was struck by a van as she stepped out of her car.'));
		assert.deepEqual(naming(listed(found, 'figure'), '59', '23'), [], show(found));
	});
});
