import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('an organisation said with "the" is the one the article named before with that head word', () => {
	test('"The Kent Board of Harbours met. “…,” the board said" is the Kent Board of Harbours\'', () => {
		const text = 'Title line\n\nThe Kent Board of Harbours met on Monday to weigh the repairs.\n\n“The pier stays shut until the spring,” the board said.';
		assert.equal(directSpeakerOf(text, 'stays shut'), 'Kent Board of Harbours');
	});

	test('with no such name before it, "the foundation" stays as written', () => {
		const text = 'Title line\n\nThe boats were counted on Monday.\n\n“Fewer boats came this year than in any year before,” the foundation said.';
		assert.equal(directSpeakerOf(text, 'Fewer boats'), 'foundation');
	});
});
