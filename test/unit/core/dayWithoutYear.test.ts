import * as assert from 'node:assert/strict';
import { compareTexts, listed, naming, show } from '../helpers/compareTexts';

// A day of the month given without its year is a day of the year the other outlets give.
suite('a day of the month without its year, a few days from the others’ date', () => {
	const others = [
		'The Tarn Harbour awards will be handed out on Sunday, June 14, 2031, at the old customs hall, the board said.',
		'Organisers said the ceremony at the customs hall on June 14 would be broadcast live for the first time.',
	];

	test('"picked June 17 for its prizes" against "Sunday, June 14, 2031" and "June 14" is listed, though no word beside the days is shared', async () => {
		const found = await compareTexts(...others, 'The harbour board picked June 17 for its prizes, to be given in a ceremony at the customs hall.');
		assert.equal(naming(listed(found, 'figure'), 'June 14', 'June 17').length, 1, show(found));
	});

	test('a day two weeks and more away, with no word beside it shared, is no such slip: not listed', async () => {
		const found = await compareTexts(...others, 'The harbour board picked June 29 for its prizes, to be given in a ceremony at the customs hall.');
		assert.equal(naming(listed(found, 'figure'), 'June 29').length, 0, show(found));
	});
});
