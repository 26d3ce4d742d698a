import * as assert from 'node:assert/strict';
import { quotesOf } from '../../helpers/speakerOf';

suite('a surname the tagger reads as a verb', () => {
	test('a capitalised word that is no English word, before a verb of the past, is the subject who speaks', () => {
		const text = 'Harbour news\n\nThe board hired Tolvin in May.\n\nAnd Dapping called Tolvin “a real smart man. I think he knows the port better than anyone on the board.”';
		const speakers = quotesOf(text)
			.filter((quote) => quote.direct)
			.map((quote) => quote.speaker?.name);
		assert.deepEqual(speakers, ['Dapping']);
	});
});
