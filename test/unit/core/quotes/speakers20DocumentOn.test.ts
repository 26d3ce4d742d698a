import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('a speaker described by where it stands, "on" something', () => {
	test('"“…,” a message on the website said" names the message on the website', () => {
		const text = 'Title line\n\nTom Lund set up a website for the island.\n\n“Hi friends, the ferry may stop running,” a message on the website said.';
		assert.equal(directSpeakerOf(text, 'ferry may stop'), 'message on the website');
	});

	test('"“…,” a man on the bus said" names the man on the bus', () => {
		const text = 'Title line\n\nThe harbour fares rose in May.\n\n“Nobody reads the port report,” a man on the bus said.';
		assert.equal(directSpeakerOf(text, 'port report'), 'man on the bus');
	});
});
