import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('an attribution ending the sentence after a long title', () => {
	test('"“…” that would …, harbour board senior legal counsel Ada Lewis Brandt wrote" is hers', () => {
		const text = 'Title line\n\nThe union asked the court for the letters.\n\n"If the board obtains more papers, it plans to read through them for letters" that would answer the claims from the union, harbour board senior legal counsel Ada Lewis Brandt wrote in a filing.';
		assert.match(directSpeakerOf(text, 'obtains more papers') ?? '', /Ada Lewis Brandt$/);
	});

	test('a short attribution nearer the end still wins: "…, and other groups, the Courier reported"', () => {
		const text = 'Title line\n\nThe fund "took as much as $2 million in payments" from firms, foreign donors, and other groups, the Dover Courier reported last week.';
		assert.equal(directSpeakerOf(text, 'as much as'), 'Dover Courier');
	});
});
