import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('a name set off after a description with where the person works is who speaks', () => {
	test('"said his best friend at Dover College, Leo Marsh, who …" is Leo Marsh\'s', () => {
		const text = 'Title line\n\nTom Brandt joined a fraternity in 1960.\n\n“It may have been his first attempt to make his own statement,” said his best friend at Dover College, Leo Marsh, who remembered him well.';
		assert.equal(directSpeakerOf(text, 'first attempt'), 'Leo Marsh');
	});
});
