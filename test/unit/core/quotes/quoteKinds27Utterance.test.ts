import * as assert from 'node:assert/strict';
import { readingOf } from '../../helpers/speakerOf';

/** A rule, a text of our own that shows it, the words of one quote in it, and its kind and directness. */
const readings: { rule: string; text: string; fragment: string; expected: [string, boolean] }[] = [
	// A sentence that a colon introduces is what was said or written.
	{
		rule: 'a sentence in title case after a colon is speech, not a title',
		text: 'The dockers’ banner on the quay carried one message: “Save The Pier.”',
		fragment: 'Save The Pier.',
		expected: ['speech', true],
	},
	{
		rule: 'a one-word sentence after a colon is speech, not a scare quote',
		text: 'The tender for the pier has a rival now. The board’s answer was a single word: “gladly.”',
		fragment: 'gladly.',
		expected: ['speech', true],
	},
	{
		rule: 'a name after "titled:" stays a title',
		text: 'The port office printed a leaflet titled: “Ships and Tides.”',
		fragment: 'Ships and Tides.',
		expected: ['title', false],
	},
	{
		rule: 'a name after a colon that does not end a sentence stays a title',
		text: 'The crews have three favourites: “Grey Whale” and two older boats.',
		fragment: 'Grey Whale',
		expected: ['title', false],
	},
];

suite('quote kinds of sentences after a colon', () => {
	for (const { rule, text, fragment, expected } of readings) {
		test(rule, () => {
			const [kind, direct] = readingOf(text, fragment);
			assert.deepEqual([kind, direct], expected);
		});
	}
});
