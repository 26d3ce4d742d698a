import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('an adverb of frequency between a speaker and the verb after a quote', () => {
	test('"“…,” he often says" is said by the person "he" follows, not by "he often"', () => {
		const text = 'Title line\n\nMayor Ada Vos has run the port for a decade.\n\n“We will not sell the pier to anyone,” she often says. “It belongs to the town.”';
		assert.equal(directSpeakerOf(text, 'sell the pier'), 'Ada Vos');
	});

	test('"“…,” Brandt always says" names Brandt', () => {
		const text = 'Title line\n\nThe ferry was late again.\n\n“The timetable is a work of fiction,” Karl Brandt always says.';
		assert.equal(directSpeakerOf(text, 'work of fiction'), 'Karl Brandt');
	});
});
