import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('a quote in a phrase that opens the sentence with a participle of speech', () => {
	test('"Acknowledging that Brandt “…,” though, Vos did suggest" is said by Vos, not by Brandt', () => {
		const text = 'Title line\n\nThe race is close.\n\nAcknowledging that Brandt “says a lot of silly things,” though, Ada Vos did suggest that his wealth gives him an edge.';
		assert.equal(directSpeakerOf(text, 'silly things'), 'Ada Vos');
	});

	test('without a sentence adverb: "Acknowledging that Brandt “…,” Vos did suggest" is said by Vos', () => {
		const text = 'Title line\n\nThe race is close.\n\nAcknowledging that Brandt “says a lot of silly things,” Ada Vos did suggest that his wealth gives him an edge.';
		assert.equal(directSpeakerOf(text, 'silly things'), 'Ada Vos');
	});
});
