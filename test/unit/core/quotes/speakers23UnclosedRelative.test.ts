import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('a "who" clause without its closing comma, after a quote, with a lower-case object', () => {
	test('"“…,” Tom Vos, the engineer who rebuilt the old tug tweeted" is Tom Vos\'s', () => {
		const text = 'Title line\n\nThe ferry broke down again.\n\n"The ferry needs a new engine," Tom Vos, the engineer who rebuilt the old tug tweeted on Wednesday.';
		assert.equal(directSpeakerOf(text, 'new engine'), 'Tom Vos');
	});

	test('"“…,” Ida Vos, the harbour guru who founded the pier watch tweeted" is Ida Vos\'s', () => {
		const text = 'Title line\n\nThe ferry broke down again.\n\n"The ferry needs a new mast," Ida Vos, the harbour guru who founded the pier watch tweeted.';
		assert.equal(directSpeakerOf(text, 'new mast'), 'Ida Vos');
	});

	test('a description with its own "who" clause and no name before it still speaks as itself', () => {
		const text = 'Title line\n\nThe ferry broke down again.\n\n"The ferry needs a new hull," a harbour official who was not cleared to speak said.';
		assert.equal(directSpeakerOf(text, 'new hull'), 'harbour official');
	});
});
