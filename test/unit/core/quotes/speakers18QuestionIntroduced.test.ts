import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('a question introduced by its speaker and the person spoken to keeps its speaker', () => {
	test('"Vos wrote to Brandt, “…?” He responds, “…”": the question is Vos\'s, not the reply\'s speaker', () => {
		const text = 'Title line\n\nThe emails were released on Friday.\n\nVos wrote to Brandt, “Did we not say it first?” He responds, “Yes, but let them have it.”';
		assert.equal(directSpeakerOf(text, 'say it first'), 'Vos');
	});

	test('"Vos responds to Brandt with, “…?” Brandt then writes back, “…”": the question is Vos\'s', () => {
		const text = 'Title line\n\nThe emails were released on Friday.\n\nVos responds to Brandt with, “Why now? Was it on the way to Dover?” Brandt then writes back, “You look fine.”';
		assert.equal(directSpeakerOf(text, 'Why now'), 'Vos');
		assert.equal(directSpeakerOf(text, 'look fine'), 'Brandt');
	});

	test('"pledged to fight" names nobody spoken to: the quote after it is still the subject\'s', () => {
		const text = 'Title line\n\nThe levy passed on Friday.\n\nVos pledged to fight the levy, “whatever it takes.”';
		assert.equal(directSpeakerOf(text, 'whatever it takes'), 'Vos');
	});
});
