import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('after a quote ending in "!" or "?", a capitalised pronoun reporting a clause of its own starts a new sentence', () => {
	test('"writing to her, “…!” She answered him that …" leaves the quote to the one writing', () => {
		const text = 'Title line\n\nThe emails were released on Friday.\n\nIn June, after Ada Vos suffered a fall, Tom Brandt emailed her his wishes, writing to her, “the crew cannot sail without you this season!” She answered him that she would be back on deck by May.';
		assert.equal(directSpeakerOf(text, 'this season'), 'Tom Brandt');
	});

	test('"“Too late?” He wrote when the vote ended …" is still his', () => {
		const text = 'Title line\n\nThe emails were released on Friday.\n\nTom Brandt mocked the board online. “Too late for the harbour now?” He wrote when the vote ended on Friday.';
		assert.equal(directSpeakerOf(text, 'Too late'), 'Tom Brandt');
	});
});
