import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('a quote alone after a sentence about a named person in its paragraph', () => {
	test('"Lena Ortiz agreed. “…”" is Lena Ortiz\'s, not the last speaker\'s', () => {
		const text = 'Title line\n\n“The levy will pass this spring,” said Tom Brandt, a harbour pilot.\n\nKent University’s Lena Ortiz agreed. “Owners are running out of time to find another way to pay for the dredging.”';
		assert.equal(directSpeakerOf(text, 'running out of time'), 'Kent University’s Lena Ortiz');
	});

	test('"Ada Vos touted her record. “…”" is Ada Vos\'s', () => {
		const text = 'Title line\n\n“We cannot wait,” said Tom Brandt, the mayor.\n\nAda Vos touted her record as the first sponsor of the bill. “We need ways to support the crews who want a union on the quay.”';
		assert.equal(directSpeakerOf(text, 'support the crews'), 'Ada Vos');
	});
});
