import * as assert from 'node:assert/strict';
import { readingOf } from '../../helpers/speakerOf';

/** A rule, a text of our own that shows it, the words of one quote in it, and its kind and directness. */
const readings: { rule: string; text: string; fragment: string; expected: [string, boolean] }[] = [
	{
		rule: 'a programme in title case right after "told" is the one spoken to, not words said',
		text: '“The levy will go,” Ada Vos told “Harbour Morning Live,” adding that the board agreed.',
		fragment: 'Harbour Morning Live',
		expected: ['title', false],
	},
	{
		rule: 'a programme in title case right after "on" is where one speaks, not words said',
		text: 'During an appearance on “Dock Talk Tonight,” Ada Vos said the pier would open in May.',
		fragment: 'Dock Talk Tonight',
		expected: ['title', false],
	},
	{
		rule: 'words in title case after "told" and a comma are still what was said',
		text: 'Ada Vos told the crowd, “We Will Rebuild The Pier.”',
		fragment: 'We Will Rebuild The Pier.',
		expected: ['speech', true],
	},
	{
		rule: 'a question in title case right after "asked" is still what was asked',
		text: 'Ada Vos asked “Why Not Now?” and the room went quiet.',
		fragment: 'Why Not Now?',
		expected: ['speech', true],
	},
];

suite('quote kinds of a name in title case after a verb of telling or "on"', () => {
	for (const { rule, text, fragment, expected } of readings) {
		test(rule, () => {
			const [kind, direct] = readingOf(text, fragment);
			assert.deepEqual([kind, direct], expected);
		});
	}
});
