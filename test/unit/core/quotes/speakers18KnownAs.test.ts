import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('a description "known as" a name speaks as that name', () => {
	test('"“…,” said the base chief known as Bob" is Bob\'s', () => {
		const text = 'Title line\n\nThe base was attacked at night.\n\n“There never was an order to stand down,” said the base chief known as Bob, speaking publicly for the first time.';
		assert.equal(directSpeakerOf(text, 'stand down'), 'Bob');
	});

	test('"known as" inside the quote changes nothing ("“We were known as the quiet ones,” said Ada Vos")', () => {
		const text = 'Title line\n\nThe base was attacked at night.\n\n“We were known as the quiet ones,” said Ada Vos.';
		assert.equal(directSpeakerOf(text, 'quiet ones'), 'Ada Vos');
	});
});
