import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('after a quote ending in "!" or "?", a capitalised pronoun reporting a clause of its own starts a new sentence', () => {
	test('"telling her, “…!” She replied to him that …" leaves the quote to the one telling', () => {
		const text = 'Title line\n\nThe emails were released on Friday.\n\nIn June, after Ada Vos suffered a fall, Tom Brandt emailed her his wishes, telling her, “you are a great player and we need you for the long run!” She replied to him that it was an honour to serve with him.';
		assert.equal(directSpeakerOf(text, 'long run'), 'Tom Brandt');
	});

	test('"“Too late?” He wrote when the vote ended …" is still his', () => {
		const text = 'Title line\n\nThe emails were released on Friday.\n\nTom Brandt mocked the board online. “Too late for the harbour now?” He wrote when the vote ended on Friday.';
		assert.equal(directSpeakerOf(text, 'Too late'), 'Tom Brandt');
	});
});
