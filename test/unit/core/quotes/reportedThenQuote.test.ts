import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('a quote standing alone after reported speech', () => {
	test('"Brandt told the council that …¶“…”": the reporter of the sentence before goes on, not the last quote\'s speaker', () => {
		const text =
			'Port row\n\n“The cranes are too slow,” said harbour chief Ida Marsh.\n\nBrandt told the council on Monday that the port would buy two new cranes by spring.\n\n“They will lift twice as much as the old ones, and the ships will leave a day sooner.”';
		assert.equal(directSpeakerOf(text, 'lift twice as much'), 'Brandt');
	});
});
