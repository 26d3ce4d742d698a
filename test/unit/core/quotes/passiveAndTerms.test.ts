import * as assert from 'node:assert/strict';
import { directSpeakerOf, quotesOf } from '../../helpers/speakerOf';

/** A rule, a text of our own that shows it, the words of one quote in it, and who says them. */
const attributions: { rule: string; text: string; fragment: string; speaker: string }[] = [
	{
		rule: 'the subject of "is quoted as saying" after a quote speaks',
		text: '“We call every skipper twice,” Ada Vos is quoted as saying.',
		fragment: 'We call every',
		speaker: 'Ada Vos',
	},
	{
		rule: 'a phrase of time ending in "ago" stands between the subject and its verb',
		text: 'The port authority less than two weeks ago said that “the ferry is safe.”',
		fragment: 'the ferry is safe',
		speaker: 'port authority',
	},
	{
		rule: 'a participle of speech alone before a quote goes on with the speaker of the sentence before',
		text: 'Ada Vos said the vote was “sad.” Adding, “Now the tolls must go.”',
		fragment: 'Now the tolls',
		speaker: 'Ada Vos',
	},
	{
		rule: 'the words a person refuses to say are their speech, not a term',
		text: 'Ada Vos again refused to say the words “harbour tax” at the meeting.',
		fragment: 'harbour tax',
		speaker: 'Ada Vos',
	},
];

suite('passive attributions, phrases of time and terms someone says', () => {
	for (const { rule, text, fragment, speaker } of attributions) {
		test(rule, () => {
			assert.equal(directSpeakerOf(`Title line\n\n${text}`, fragment), speaker);
		});
	}

	test('words introduced by "in her words" are speech, a "so-called" phrase is a term', () => {
		const kinds = quotesOf('Title line\n\nThe so-called “harbour tax” is back because, in her words, “the board never learns.”').map((quote) => quote.kind);
		assert.deepEqual(kinds, ['term', 'speech']);
	});
});
