import * as assert from 'node:assert/strict';
import { parseArticle } from '../../../src/core/parse';
import { findQuotes } from '../../../src/core/quotes';
import { subjectBefore } from '../../../src/core/quotes/clauseSubject';
import { tagRange } from '../../../src/core/text/tagger';

/** The subject `subjectBefore` reads for the quote that opens at the first quotation mark. */
function subjectOf(text: string): string | undefined {
	return subjectBefore(tagRange(text, 0, text.length), text.search(/[“‘"]/))?.name;
}

/** The speaker's name of the one direct quote holding `fragment`. */
function speakerOf(text: string, fragment: string): string | undefined {
	const found = findQuotes(parseArticle({ id: 'test', path: 'test.txt', text })).filter((quote) => quote.direct && quote.text.includes(fragment));
	assert.equal(found.length, 1, `one direct quote holding "${fragment}"`);
	return found[0].speaker?.name;
}

suite('the subject of a clause after its introductions', () => {
	test('a place, its state and a time, each set off by a comma, stand before the subject', () => {
		assert.equal(subjectOf('At a fair in Dover, Del., on Sunday, Senator Ada Vos backed the plan, saying it would “save the pier.”'), 'Senator Ada Vos');
	});
});

/** A rule, a sentence of our own that shows it, the words of one quote in it, and who says them. */
const attributions: { rule: string; text: string; fragment: string; speaker: string }[] = [
	{
		rule: 'an ampersand in the name of a speaker\'s firm leaves the speaker found',
		text: '“Small ports will pay first,” Ida Lorne, an analyst at Cobb Fisher & Sons, wrote in a note to clients.',
		fragment: 'Small ports',
		speaker: 'Ida Lorne',
	},
	{
		rule: '"proclaimed" is a reporting verb, after an apposition too',
		text: '“Tolls are a plague,” Ada Vos, the former governor of Kent, proclaimed to a cheering crowd.',
		fragment: 'Tolls',
		speaker: 'Ada Vos',
	},
	{
		rule: '"reported" is a reporting verb, whose subject says a word quoted in what it reports',
		text: 'Tova Brink left the meeting early, hours after the Harbour Courier reported that the pier was “doomed.”',
		fragment: 'doomed',
		speaker: 'Harbour Courier',
	},
	{
		rule: 'a speaker "of" a place before the verb is the person with the place, not the place',
		text: 'Senator Ida Lund of Kent said: “The pier will close in May.”',
		fragment: 'The pier',
		speaker: 'Ida Lund of Kent',
	},
	{
		rule: 'a phrase after the verb that goes on with an auxiliary is what is said, not who says it',
		text: 'Mr. Lund, citing “the old charm of the pier,” said the mayor could win in Kent.',
		fragment: 'old charm',
		speaker: 'Lund',
	},
	{
		rule: 'the first of two pieces quoted before a name, its appositive and the verb is that name\'s, as the second is',
		text: 'Tolls are “a plague on small boats” and “a tax on hope,” Ada Vos, the former governor of Kent, proclaimed to a cheering crowd.',
		fragment: 'a plague',
		speaker: 'Ada Vos',
	},
	{
		rule: 'a phrase of time between the subject and its verb is no speaker',
		text: 'The pier, which Mayor Ida Vos on Friday declared “a relic of the past,” will close.',
		fragment: 'a relic',
		speaker: 'Ida Vos',
	},
	{
		rule: 'a phrase of time of two words between the subject and its verb is no speaker either',
		text: 'An email sent by Lund on Tuesday night warned of “a hard fight ahead.”',
		fragment: 'a hard fight',
		speaker: 'Lund',
	},
	{
		rule: 'a name after a preposition, before a phrase of time, is where, not who',
		text: 'Ada Vos made the news public on Bluesky on Friday and said: “We sail at dawn with every ferry we have.”',
		fragment: 'We sail',
		speaker: 'Ada Vos',
	},
];

suite('the attribution of a quote, rule by rule', () => {
	for (const { rule, text, fragment, speaker } of attributions) {
		test(rule, () => assert.equal(speakerOf(text, fragment), speaker));
	}
});
