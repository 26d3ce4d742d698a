import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('a title in quotation marks inside an appositive is no subject', () => {
	test('"Sam Vos, a contestant on the show “The Crane,” who …, said" is Sam Vos\'s', () => {
		const text = 'Title line\n\nThe show ended in May.\n\nSam Vos, a contestant on the port’s reality show, “The Crane,” who went on to work for Brandt, said his boss was “always kind and generous to the crew.”';
		assert.equal(directSpeakerOf(text, 'always kind'), 'Sam Vos');
	});
});
