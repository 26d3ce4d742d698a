import * as assert from 'node:assert/strict';
import { readingOf } from '../../helpers/speakerOf';

/** A rule, a text of our own that shows it, the words of one quote in it, and its kind, directness and speaker. */
const readings: { rule: string; text: string; fragment: string; expected: [string, boolean, string | undefined] }[] = [
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

suite('words set off after a verb of judging', () => {
	for (const { rule, text, fragment, expected } of readings) {
		test(rule, () => {
			assert.deepEqual(readingOf(text, fragment), expected);
		});
	}
});
