import * as assert from 'node:assert/strict';
import { compareTexts, listed, naming, show } from '../helpers/compareTexts';

// A day's event is its clause's verb, however many words of names and places stand between.
suite("a weekday read with its clause's verb", () => {
	test('"hit and killed … in the car park of the Orla Bay Mall Friday night" is set against the others\' Wednesday, listed', async () => {
		const found = await compareTexts(
			'Police said Ida Marr, 70, of Tarnby, was killed Wednesday night when a pickup struck her outside the Orla Bay Mall.',
			'Ida Marr, 70, was killed Wednesday night as she crossed to the Orla Bay Mall with her husband.',
			'According to police, Ivo Brandt, 41, of Quillmoor, hit and killed a 70-year-old Tarnby woman in the car park of the Orla Bay Mall Friday night.',
		);
		assert.equal(naming(listed(found, 'figure'), 'Wednesday', 'Friday').length, 1, show(found));
	});
});
