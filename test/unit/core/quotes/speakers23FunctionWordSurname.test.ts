import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('a surname that is also a function word speaks right after a quote', () => {
	const opening = 'Title line\n\nThe harbour board met on Monday, and its treasurer, Ivo Read, spoke first.\n\n';

	test('"“…,” Read said" is Read\'s', () => {
		const text = `${opening}“The pier will stay shut until the spring,” Read said.`;
		assert.equal(directSpeakerOf(text, 'stay shut'), 'Read');
	});

	test('"“….” Read said." with the verb ending the sentence is Read\'s', () => {
		const text = `${opening}“We cannot pay for the cranes this year.” Read said.`;
		assert.equal(directSpeakerOf(text, 'pay for the cranes'), 'Read');
	});

	test('"“…,” So told the board" is So\'s, with whom she told', () => {
		const text = 'Title line\n\nMina So chairs the ferry committee.\n\n“The timetable is wrong,” So told the board on Friday.';
		assert.equal(directSpeakerOf(text, 'timetable is wrong'), 'So');
	});

	test('a pronoun stays a pronoun: "“…,” She said" is not "She"', () => {
		const text = 'Title line\n\nMayor Ada Vos spoke next.\n\n“We are ready,” She said.';
		assert.notEqual(directSpeakerOf(text, 'We are ready'), 'She');
	});

	test('a pronoun that stands for nobody opens a sentence: "“….” Nobody answered." is not "Nobody"', () => {
		const text = 'Title line\n\nMayor Ada Vos called the queues at the pier "a disgrace." Nobody answered.';
		assert.notEqual(directSpeakerOf(text, 'a disgrace'), 'Nobody');
	});
});
