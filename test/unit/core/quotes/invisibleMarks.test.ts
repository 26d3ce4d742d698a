import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('an invisible mark of writing direction is no word a quotation mark leans on', () => {
	test('a closing-style mark after U+202A opens the quote of a pasted comment', () => {
		const text = 'Title line\n\nReaders wrote back at once.\n\n\u202a\u201dWe will win this fight for every family here!\u201d wrote Pete Lund.';
		assert.equal(directSpeakerOf(text, 'We will win this fight'), 'Pete Lund');
	});
});
