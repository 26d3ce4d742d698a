import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('a speaker described after the quote, with what the description is tied to', () => {
	test('"“…,” according to a court document filed by …": the participle\'s clause is not the document\'s name', () => {
		const text = 'Port row\n\n“Although there was cause to act, the evidence cannot prove the claim,” according to a court document filed by harbour attorney Dan Obert.';
		assert.equal(directSpeakerOf(text, 'evidence cannot prove'), 'court document');
	});

	test('"said one well-placed Democrat familiar with the port board’s plans": the possessor belongs to the complement', () => {
		const text = 'Port row\n\n“We will not wait for them,” said one well-placed Democrat familiar with the port board’s plans.';
		assert.equal(directSpeakerOf(text, 'will not wait'), 'one well-placed Democrat familiar with the port board’s plans');
	});
});
