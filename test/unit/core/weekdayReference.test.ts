import * as assert from 'node:assert/strict';
import { compareTexts, naming, show } from '../helpers/compareTexts';

suite('a day that is a reference time', () => {
	test('a tally "as of" a day is not set against the day of the count', async () => {
		const found = await compareTexts(
			'Quell could hold about 90% of the delegates she needs to clinch the nomination after all the votes are counted Tuesday.',
			'As of Wednesday, Quell held 90% of the delegates she needs to clinch the nomination.',
			'Voters in five states went to the polls.',
		);
		assert.deepEqual(naming(found, 'Day of the week'), [], show(found));
	});

	test('the same sentences with the day of an event on both sides are still compared', async () => {
		const found = await compareTexts(
			'Quell could hold about 90% of the delegates she needs to clinch the nomination after all the votes are counted Tuesday.',
			'Quell could hold 90% of the delegates she needs to clinch the nomination after the votes are counted Wednesday.',
			'Voters in five states went to the polls.',
		);
		assert.equal(naming(found, 'Day of the week').length, 1, show(found));
	});
});
