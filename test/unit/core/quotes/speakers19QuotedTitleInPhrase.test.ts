import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('a title in quotation marks that ends the speaker\'s phrase names the speaker', () => {
	test('"“…,” wrote the authors of the “Harbour Renewal Project,” giving …" is the Harbour Renewal Project\'s', () => {
		const text = 'Title line\n\nThe plan was published in May.\n\n“If we want the fishermen to back the plan, we have to engage them and show our sincerity,” wrote the authors of the “Harbour Renewal Project,” giving the example of the old pier.';
		assert.equal(directSpeakerOf(text, 'show our sincerity'), 'Harbour Renewal Project');
	});
});
