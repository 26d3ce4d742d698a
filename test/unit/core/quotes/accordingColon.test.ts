import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('"According to X:" before a quote names its speaker', () => {
	test('a colon after "according to" introduces the quote as a comma does', () => {
		const text = 'Title line\n\nThe mayor changed course last week.\n\nAccording to the Courier: “The mayor has had a mixed record on the harbour throughout his career.”';
		assert.equal(directSpeakerOf(text, 'mixed record'), 'Courier');
	});
});
