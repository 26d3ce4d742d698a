import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('"he" after a sentence whose subject is a person described, not named', () => {
	test('the name that sentence holds as an object is not who "he" is', () => {
		const text =
			'Title line\n\nTom Brandt, who once called the mayor “a fraud,” spoke at the rally for Paul Ortiz on Sunday.\n\n' +
			'The radio host has filled his speeches for Paul Ortiz with talk of the sea. He has declared Ortiz to be “chosen” by the voters.';
		assert.equal(directSpeakerOf(text, 'chosen'), 'Tom Brandt');
	});

	test('a described subject of the other gender does not stand for "he": the object named is still read', () => {
		const text = 'Title line\n\nPaul Lund opened the fair on Sunday.\n\nThe actress thanked Tom Brandt for the boats. He called the fair “a gift to the harbour.”';
		assert.equal(directSpeakerOf(text, 'a gift to the harbour'), 'Tom Brandt');
	});
});
