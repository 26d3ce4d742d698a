import { type Reading, readingSuite } from '../../helpers/speakerOf';

const readings: Reading[] = [
	{
		rule: 'words set off after "deemed" are the verdict of its subject, in its words',
		text: 'After a long review, the Harbour Board deemed the plan “badly flawed” on Monday.',
		fragment: 'badly flawed',
		expected: ['speech', true, 'Harbour Board'],
	},
	{
		rule: 'a word set off after "rated" is the rating given, words said',
		text: 'The fact checkers at the Courier examined the claim and rated it “false.”',
		fragment: 'false.',
		expected: ['speech', true, undefined],
	},
];

readingSuite('words set off after a verb of judging', readings);
