import * as assert from 'node:assert/strict';
import { quotesOf } from '../../helpers/speakerOf';

/** A rule, a text of our own that shows it, the words of one quote in it, its kind and whether it is direct speech. */
const kinds: { rule: string; text: string; fragment: string; kind: string; direct: boolean }[] = [
	{
		rule: 'words in title case that a crowd chanted are speech, not a title',
		text: 'Hundreds of dockers marched to the town hall on Monday, chanting “Save Our Pier!” as the council met.',
		fragment: 'Save Our Pier',
		kind: 'speech',
		direct: true,
	},
	{
		rule: 'a title whose small words include "is" is a title too',
		text: 'In every town where “Rain is a Stranger” played, the seats sold out, according to the magazine.',
		fragment: 'Rain is',
		kind: 'title',
		direct: false,
	},
	{
		rule: 'a name in title case after a possessive is a show, even when a speech verb follows it',
		text: 'Speaking on Sunday on KNT’s “Harbour Hour,” Ada Vos said the tolls were unfair.',
		fragment: 'Harbour Hour',
		kind: 'title',
		direct: false,
	},
	{
		rule: 'one word in title case after a possessive is a show too',
		text: 'Lena Ortiz, star of television’s “Tidewater,” thanked the mayor for the new ferry.',
		fragment: 'Tidewater',
		kind: 'title',
		direct: false,
	},
];

suite('quote kinds, each on a text of its own', () => {
	for (const { rule, text, fragment, kind, direct } of kinds) {
		test(rule, () => {
			const found = quotesOf(`Title line\n\n${text}`).filter((quote) => quote.text.includes(fragment));
			assert.deepEqual(found.map((quote) => [quote.kind, quote.direct]), [[kind, direct]]);
		});
	}
});
