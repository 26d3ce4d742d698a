import * as assert from 'node:assert/strict';
import { speakersOf } from '../../helpers/speakerOf';

suite('"according to" set off by commas inside the sentence', () => {
	test('a long phrase after "according to", with a possessive and an initial, names its person', () => {
		const text = 'Harbour news\n\nFor the mayor, according to Tom Lund’s former harbour secretary Ada J. Vos, the vote represents “a test” of whether the port can recover.';
		assert.deepEqual(speakersOf(text), ['Ada J. Vos']);
	});

	test('what a weekday owns is no speaker: the aside names who says it', () => {
		const text = 'Harbour news\n\nFor the mayor, according to Ada Vos, Monday’s speech represents “a test” of the port.';
		assert.deepEqual(speakersOf(text), ['Ada Vos']);
	});
});
