import * as assert from 'node:assert/strict';
import { compareTexts, listed, naming, show } from '../helpers/compareTexts';

/** A report of a climbing accident, the paragraphs under test in its middle. */
const report = (...paragraphs: string[]) => ['Rescuers searched the glacier for hours.', ...paragraphs, 'The park has closed the route until the snow settles.'].join('\n\n');

suite('a day in a sentence the aligner keeps apart from the claim', () => {
	test('is set against another outlet’s day when three words beside the days tell one event, though that sentence’s best match is another', async () => {
		const found = await compareTexts(
			report('On Friday a 41-year-old guide from Tarnby died after a fall of about 300 metres from the east ridge of Mount Orvel.'),
			report('A 41-year-old guide from Tarnby died on Friday after falling about 300 metres from the east ridge of Mount Orvel, police said.'),
			// The fall's own sentence is the first outlet's best match here; the day's sentence is its near miss only.
			report('A 41-year-old guide died on Sunday after he slipped on ice near the hut and his partner raised the alarm by radio.', 'The guide from Tarnby fell about 300 metres from the east ridge of Mount Orvel.'),
		);
		assert.equal(listed(naming(found, 'Day of the week'), 'figure').length, 1, show(found));
	});
});
