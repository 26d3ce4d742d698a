import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('a speaker described after the quote, with what the description is tied to', () => {
	test('"“…,” according to a court document lodged by …": the document with who lodged it (session 20; a participle alone is no name)', () => {
		const text = 'Port row\n\n“The crane failed twice in the week before the storm,” according to a court document lodged by harbour attorney Dan Obert.';
		assert.equal(directSpeakerOf(text, 'crane failed twice'), 'court document lodged by harbour attorney Dan Obert');
	});

	test('"said a retired official familiar with the harbour board’s accounts": the possessor belongs to the complement', () => {
		const text = 'Port row\n\n“Nobody checked the tolls for years,” said a retired official familiar with the harbour board’s accounts.';
		assert.equal(directSpeakerOf(text, 'checked the tolls'), 'retired official familiar with the harbour board’s accounts');
	});
});
