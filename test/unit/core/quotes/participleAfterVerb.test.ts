import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('a participle right after a speech verb goes on with that verb\'s subject', () => {
	test('"…, Brandt said, adding, “…”" is Brandt\'s, not the sentence subject\'s', () => {
		const text = 'Title line\n\nTom Brandt met the board on Monday.\n\nLund and Vos will meet next week, Brandt said, adding, “They need to sit down and talk.”';
		assert.equal(directSpeakerOf(text, 'sit down and talk'), 'Brandt');
	});
});
