import * as assert from 'node:assert/strict';
import { speakersOf } from '../../helpers/speakerOf';

suite('a word that counts a point before its comma opens no subject', () => {
	test('"First," before a clause is not the speaker of a word or two in it', () => {
		const text = 'Harbour news\n\nThe comments had two goals. First, they showed the port was “cut off from the town.”';
		assert.deepEqual(speakersOf(text), [undefined]);
	});

	test('"Finally," before a named subject leaves that subject to speak', () => {
		const text = 'Harbour news\n\nFinally, Ada Vos called the port “cut off from the town.”';
		assert.deepEqual(speakersOf(text), ['Ada Vos']);
	});
});
