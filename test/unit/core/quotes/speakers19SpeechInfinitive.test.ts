import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('a verb of speech after "to" introduces the quote for the clause\'s subject', () => {
	test('"The clerk, Ada Vos, interrupted me to announce, “…”" is Ada Vos\'s', () => {
		const text = 'Title line\n\nThe ferry office was busy.\n\nThe clerk I was talking to, Ada Vos, interrupted me in mid-sentence to announce, “The pier is closed for good.”';
		assert.equal(directSpeakerOf(text, 'closed for good'), 'Ada Vos');
	});

	test('"Brandt rose at the meeting to ask, “…?”" is Brandt\'s', () => {
		const text = 'Title line\n\nThe council met on Monday.\n\nTom Brandt rose at the meeting to ask, “Who will pay for the cranes this time?”';
		assert.equal(directSpeakerOf(text, 'pay for the cranes'), 'Tom Brandt');
	});
});
