import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../helpers/speakerOf';
import { subjectBefore } from '../../../src/core/quotes/clauseSubject';
import { tagRange } from '../../../src/core/text/tagger';

/** The subject `subjectBefore` reads for the quote that opens at the first quotation mark. */
function subjectOf(text: string): string | undefined {
	return subjectBefore(tagRange(text, 0, text.length), text.search(/[“‘"]/))?.name;
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
	{
		rule: '"he" after "The admiral nodded" is the admiral, not the general named since',
		text: 'Title line\n\nAdmiral Ivo Marsh opened the naval fair on Monday. Afterwards General Tom Bell gave a speech about the budget. The admiral nodded.\n\n“Budgets never float a ship,” he said.',
		fragment: 'never float',
		speaker: 'Ivo Marsh',
	},
	{
		rule: 'the role may open a clause after a dash, and the title may go with the surname alone',
		text: 'Title line\n\nAdmiral Okonjo took command of the northern fleet in May. General Tom Bell praised his deputy. Questioned twice - on the budget and the dry docks - the admiral shrugged.\n\n“The dry docks can wait another winter,” he said.',
		fragment: 'dry docks can wait',
		speaker: 'Okonjo',
	},
	{
		rule: 'a speech verb in a clause opened by "when" is not the main clause\'s: the main clause\'s subject speaks',
		text: 'Title line\n\nWhen the mayor claimed that the ferry firm might leave town after the vote, Ortiz hit back at once: “Let them go, and we will run the boats ourselves.”',
		fragment: 'run the boats',
		speaker: 'Ortiz',
	},
	{
		rule: 'a clause opened by "as" with a reporting verb tells whose words follow, past the main clause',
		text: 'Title line\n\nAs Harbour Board chair Ada Vos noted, the grant for the ferries was halved in spring, “a cut that the town has not felt yet. It will by the winter.”',
		fragment: 'not felt yet',
		speaker: 'Ada Vos',
	},
	{
		rule: 'a participle right after a quote has no subject after it: "referencing the number" names nobody',
		text: 'Title line\n\nWhen the mayor claimed that the ferries would move, Ortiz hit back hard: “Move them and you will lose every rider,” referencing the number of commuters at the pier.',
		fragment: 'lose every rider',
		speaker: 'Ortiz',
	},
	{
		rule: 'a quote standing alone after a sentence of its paragraph with a reporting verb is that sentence\'s subject\'s',
		text: 'Title line\n\n“The port will not last the winter,” said Tom Bell, a harbour pilot.\n\nAda Vos, who runs the ferry office, explained why the quays stand empty. “Three boats a week is all we see now.”',
		fragment: 'Three boats',
		speaker: 'Ada Vos',
	},
	{
		rule: 'a woman who yelled two words said them',
		text: 'Title line\n\nThe ribbon was cut at noon, and a woman yelled “Too Late!” from the quay.',
		fragment: 'Too Late',
		speaker: 'woman',
	},
	{
		rule: '"a spokesman for" a named firm after the quote speaks, named with the firm',
		text: 'Title line\n\n“The tolls will fall next year and the pier will stay open,” a spokesman for Kent Docks said.',
		fragment: 'tolls will fall',
		speaker: 'spokesman for Kent Docks',
	},
	{
		rule: '"a lawyer for" a board before a partial quote: the lawyer speaks, not the board',
		text: 'Title line\n\nA lawyer for the Harbour Board said on Monday that the plan was “a disaster for the town.”',
		fragment: 'disaster',
		speaker: 'lawyer for the Harbour Board',
	},
	{
		rule: 'a plural role that opens the sentence speaks with its place',
		text: 'Title line\n\nOfficials in Dover said the plan was “a disaster for the town.”',
		fragment: 'disaster',
		speaker: 'Officials in Dover',
	},
	{
		rule: 'a headline in title case that ends in a comma, a name and "Says" gives that name a quote standing before it',
		text: '‘Harbour Thief’ Tom Reed Is Like A Pirate Without A Ship, Ida Vos Says.\n\nThe vote on the pier was held on Monday in Kent.',
		fragment: 'Harbour Thief',
		speaker: 'Ida Vos',
	},
	{
		rule: 'after a phrase of time that opens the sentence ("Just last week,"), the name before two appositions speaks, not a name inside them',
		text: 'Title line\n\nJust last week, Tova Brink, chief writer at The Quay, a weekly, wrote, “Ports die when towns stop caring.”',
		fragment: 'Ports die',
		speaker: 'Tova Brink',
	},
	{
		rule: 'an appositive with a clause opened by "who" whose closing comma is missing still leaves the name before it as the speaker',
		text: 'Title line\n\n“Every ferry needs a berth before the winter storms,” Tova Brink, the boating blogger who started Quay Talk posted on Sunday.',
		fragment: 'Every ferry',
		speaker: 'Tova Brink',
	},
];

suite('the attribution of a quote, rule by rule', () => {
	for (const { rule, text, fragment, speaker } of attributions) {
		test(rule, () => assert.equal(directSpeakerOf(text, fragment), speaker));
	}
});
