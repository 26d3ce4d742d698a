import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('a digest\'s heading before a dash is a clause of its own, and the name after the dash introduces the quote', () => {
	test('"Polls missed the harbour upset - PortPoll: “…”" is PortPoll\'s, not the heading\'s subject\'s', () => {
		const text = 'Title line\n\nThe harbour race ended on Tuesday.\n\nPolls took a beating in the harbour race - PortPoll: “Pollsters are taking heat for missing the upset. Some of the critics share the blame.”';
		assert.equal(directSpeakerOf(text, 'taking heat'), 'PortPoll');
	});

	test('"What that means for the vote - More from Vos: “…”" is Vos\'s', () => {
		const text = 'Title line\n\nThe harbour race ended on Tuesday.\n\nWhat that means for the vote - More from Vos: “The makeup of the harbour district is a starting point. The size of each ward matters as much.”';
		assert.equal(directSpeakerOf(text, 'starting point'), 'Vos');
	});

	test('a hyphen inside a word is no dash: "The vote in Kent-Dover worried Ada Vos: “…”" keeps the reading of the sentence', () => {
		const text = 'Title line\n\nThe harbour race ended on Tuesday.\n\nThe vote in Kent-Dover worried Ada Vos: “We lost the river wards by a mile.”';
		assert.equal(directSpeakerOf(text, 'river wards'), 'Ada Vos');
	});
});
