import * as assert from 'node:assert/strict';
import { speakersOf } from '../../helpers/speakerOf';

suite('an "according to" aside between a subject and its verb of characterising', () => {
	test('the subject of a verb of characterising after an "according to" aside speaks, not the aside', () => {
		const text = 'Harbour news\n\nThe mayor, according to aides, called the vote “a farce” on Monday.';
		assert.deepEqual(speakersOf(text), ['mayor']);
	});

	test('an organisation as that subject speaks too', () => {
		const text = 'Harbour news\n\nThe harbour union, according to two members, described the offer as “an insult.”';
		assert.deepEqual(speakersOf(text), ['harbour union']);
	});

	test('an aside before a clause with a subject of its own still names who says it', () => {
		const text = 'Harbour news\n\nFor the mayor, according to two aides, the vote is “a farce.”';
		assert.deepEqual(speakersOf(text), ['two aides']);
	});
});
