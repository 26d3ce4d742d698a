import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('words put to someone in the passive are the agent\'s', () => {
	test('"X was asked by host Y, “…?”" is Y\'s question', () => {
		const text = 'Title line\n\nTom Brandt came on the morning show.\n\nBrandt was asked by host Lena Ortiz, who backs the plan, “Now, did you ever read the harbour contract?”';
		assert.equal(directSpeakerOf(text, 'did you ever read'), 'Lena Ortiz');
	});
});
