import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('a role in -ly before a name is part of the title, not an adverb', () => {
	test('a quote "said Vos ally Tom Brandt" is Tom Brandt\'s, not Vos\'s', () => {
		const text = 'Title line\n\nThe harbour vote is near.\n\n“He is a good friend of mine,” said Vos ally Tom Brandt.';
		assert.equal(directSpeakerOf(text, 'good friend'), 'Tom Brandt');
	});

	test('a quote "said Vos quietly" is still Vos\'s: a manner adverb ends the phrase', () => {
		const text = 'Title line\n\nThe harbour vote is near.\n\n“It is late,” said Vos quietly.';
		assert.equal(directSpeakerOf(text, 'It is late'), 'Vos');
	});
});
