import * as assert from 'node:assert/strict';
import { isSureSpeaker } from '../../../../src/core/quotes/sureSpeaker';
import { directSpeakerOf, quotesOf } from '../../helpers/speakerOf';

/** A rule, a text of our own that shows it, the words of one quote in it, and who says them. */
const attributions: { rule: string; text: string; fragment: string; speaker: string | undefined }[] = [
	{
		rule: 'a phrase after a verb that is not one of speech is its object, not the speaker of the next verb',
		text: 'Ada Vos posted the trailer then wrote: “We can’t wait for you to see it.”',
		fragment: 'We can’t wait',
		speaker: 'Ada Vos',
	},
	{
		rule: 'the person before an age, a town and a state abbreviation speaks, not the state',
		text: '“The tolls will ruin us,” Tom Brandt, 44, of Dover, N.C., who sells boats, said in an interview.',
		fragment: 'The tolls',
		speaker: 'Tom Brandt',
	},
	{
		rule: 'the person "of" a place, with a relative clause before the verb, speaks with the place',
		text: 'Senator Ada Vos of Kent, who chairs the harbour committee, said: “We will not pay.”',
		fragment: 'We will not pay',
		speaker: 'Ada Vos of Kent',
	},
	{
		rule: 'a name "in" a place before the verb speaks, not the place',
		text: 'Tom Brandt in Dover said: “We will not pay.”',
		fragment: 'We will not pay',
		speaker: 'Tom Brandt',
	},
	{
		rule: 'a show after "told" is the audience: the participle after it is the teller\'s',
		text: '"There is no way I am paying the toll," the harbour candidate told KNT\' Face the Harbour on Sunday, saying that people "are very worried" about it.',
		fragment: 'are very worried',
		speaker: 'harbour candidate',
	},
	{
		rule: 'a pronoun does not stand for a town and its region after "in", missing their comma',
		text: 'Tom Brandt spoke first. After his rally in Dover, Kent the candidate went further. “The tolls are theft,” he said.',
		fragment: 'The tolls are theft',
		speaker: 'Tom Brandt',
	},
	{
		rule: 'a name after a town set off by a comma is still the subject when its verb follows',
		text: 'Tom Brandt spoke first. While in Dover, Ada Vos spends her days at the quay. “The tolls are theft,” she said.',
		fragment: 'The tolls are theft',
		speaker: 'Ada Vos',
	},
];

suite('speakers who are people, not places, objects or shows', () => {
	for (const { rule, text, fragment, speaker } of attributions) {
		test(rule, () => {
			assert.equal(directSpeakerOf(`Title line\n\n${text}`, fragment), speaker);
		});
	}

	test('the writer\'s "I\'m" is nobody quoted: a participle after it names no speaker', () => {
		const text = "Title line\n\nI'm old enough to remember Mayor Ada Vos going on the radio in 1990, declaring a ''war on tolls'' and telling dockers that ''we need to shift to ferries.''";
		assert.equal(directSpeakerOf(text, 'war on tolls'), undefined);
	});

	test('a number is nobody: the comparative of an adjective is no agent noun', () => {
		assert.ok(!isSureSpeaker('large number'));
		assert.ok(isSureSpeaker('large supporter'));
	});

	test('curly marks inside a quote opened with straight marks nest in it', () => {
		const quotes = quotesOf('Title line\n\n"The sign read “Closed for good,” and nobody laughed," Ada Vos said.');
		const outer = quotes.filter((quote) => quote.depth === 0);
		assert.deepEqual(
			outer.map((quote) => [quote.text, quote.speaker?.name]),
			[['The sign read “Closed for good,” and nobody laughed,', 'Ada Vos']],
		);
	});

	test('straight marks inside a quote opened with curly marks nest in it', () => {
		const outer = quotesOf('Title line\n\n“They called it a "harbour tax" and we agreed,” Ada Vos said.').filter((quote) => quote.depth === 0);
		assert.deepEqual(
			outer.map((quote) => quote.text),
			['They called it a "harbour tax" and we agreed,'],
		);
	});
});
