import * as assert from 'node:assert/strict';
import { directSpeakerOf, readingOf } from '../../helpers/speakerOf';

suite('words quoted after a verb of naming are speech', () => {
	test('a word quoted after "called" is someone\'s speech, even when nobody is named', () => {
		assert.deepEqual(readingOf('The ferry plan is what many dockers have called a “shell game” ever since the spring.', 'shell game'), ['speech', true, undefined]);
	});

	test('the agent of a passive naming after the quote is its speaker', () => {
		assert.deepEqual(readingOf('The scheme has been called “strategic drift” by Ada Vos, a professor at the harbour college.', 'strategic drift'), ['speech', true, 'Ada Vos']);
	});

	test('a self-described label is no naming verb: it stays a scare quote', () => {
		assert.deepEqual(readingOf('Hundreds of self-described “dockers” lined the quay on Sunday.', 'dockers'), ['scare', false, undefined]);
	});

	test('two verbs joined by "and" share the subject, past an object and a phrase of the first', () => {
		assert.equal(directSpeakerOf('Title line\n\nThere were sharper jabs too, such as when Ada Vos knocked Tom Brandt on trade and called him a “moderate,” a subtle dig at her rival.', 'moderate'), 'Ada Vos');
	});
});
