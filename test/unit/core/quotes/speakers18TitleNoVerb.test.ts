import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('a title before "for" is no verb, and a time phrase may stand before a name set off', () => {
	test('"Harbour Radio Vice President for news Tom Brandt called the show “…”" is Tom Brandt\'s, not the radio\'s', () => {
		const text = 'Title line\n\nThe station turned ten this week.\n\nHarbour Radio Vice President for news Tom Brandt called the show “the best hour on the air.”';
		assert.match(directSpeakerOf(text, 'best hour') ?? '', /Tom Brandt$/);
	});

	test('"“…,” Pell points out" still reads "points" as the verb after a name', () => {
		const text = 'Title line\n\nThe station turned ten this week.\n\n“It is late,” Pell points out.';
		assert.equal(directSpeakerOf(text, 'It is late'), 'Pell');
	});

	test('"“…,” wrote the ambassador at the time, Tom Brandt" names Tom Brandt', () => {
		const text = 'Title line\n\nThe embassy closed in the spring.\n\n“We will not wait for the council,” wrote the ambassador at the time, Tom Brandt.';
		assert.equal(directSpeakerOf(text, 'will not wait'), 'Tom Brandt');
	});

	test('"“…,” said the port chief in 2009, Ada Vos" names Ada Vos', () => {
		const text = 'Title line\n\nThe port closed in the spring.\n\n“We will not wait for the council,” said the port chief in 2009, Ada Vos.';
		assert.equal(directSpeakerOf(text, 'will not wait'), 'Ada Vos');
	});
});
