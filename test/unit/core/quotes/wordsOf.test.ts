import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('"in X’s words" names whose words the quote is', () => {
	test('"Tolls rose again and, in the Courier’s words, “…”": the owner of the words, not the clause\'s subject', () => {
		const text = 'Port row\n\nTolls rose again in May and, in the Courier’s words, “nobody on the quay saw it coming.”';
		assert.equal(directSpeakerOf(text, 'nobody on the quay'), 'Courier');
	});

	test('"In the words of Ada Vos, “…”": the name after "the words of"', () => {
		const text = 'Port row\n\nThe cranes are old. In the words of Ada Vos, “they would not lift a rowing boat.”';
		assert.equal(directSpeakerOf(text, 'rowing boat'), 'Ada Vos');
	});
});
