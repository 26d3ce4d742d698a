import * as assert from 'node:assert/strict';
import { readingOf } from '../../helpers/speakerOf';

/** A rule, a text of our own that shows it, the words of one quote in it, and its kind, directness and speaker. */
const readings: { rule: string; text: string; fragment: string; expected: [string, boolean, string | undefined] }[] = [
	{
		rule: 'words set off after "mentions" are what its subject says',
		text: 'In the new advertisement, the narrator mentions “empty berths” while old cranes rust in the rain.',
		fragment: 'empty berths',
		expected: ['speech', true, 'narrator'],
	},
	{
		rule: 'words set off after "echoing" are words said, even when the ones echoing are no one to name',
		text: 'The dockers on the quay kept echoing “fair wages” long after the speech.',
		fragment: 'fair wages',
		expected: ['speech', true, undefined],
	},
];

suite('words set off after a verb of mentioning or echoing', () => {
	for (const { rule, text, fragment, expected } of readings) {
		test(rule, () => {
			assert.deepEqual(readingOf(text, fragment), expected);
		});
	}
});
