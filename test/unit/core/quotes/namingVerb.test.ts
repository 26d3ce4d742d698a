import * as assert from 'node:assert/strict';
import { directSpeakerOf, quotesOf } from '../../helpers/speakerOf';

/** The kind, directness and speaker of the one quote holding `fragment`. */
function readingOf(text: string, fragment: string): [string, boolean, string | undefined] {
	const found = quotesOf(`Title line\n\n${text}`).filter((quote) => quote.text.includes(fragment));
	assert.equal(found.length, 1, `one quote holding "${fragment}"`);
	return [found[0].kind, found[0].direct, found[0].speaker?.name];
}

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
