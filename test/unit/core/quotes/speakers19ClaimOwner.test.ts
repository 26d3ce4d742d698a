import * as assert from 'node:assert/strict';
import { directSpeakerOf, quotesOf } from '../../helpers/speakerOf';

suite('a quote inside the "that" clause of a named person\'s claim is that person\'s', () => {
	test('"Ada Vos\'s accusation that Tom Brandt is playing the “harbour card”" is Ada Vos\'s words', () => {
		const text = 'Title line\n\nThe port vote is next week.\n\nAda Vos\'s accusation that Tom Brandt is playing the “harbour card” touched off a long debate about the port.';
		const quote = quotesOf(text).find((found) => found.text.includes('harbour card'));
		assert.equal(quote?.speaker?.name, 'Ada Vos');
	});

	test('a longer quote deep in the clause goes to the claim\'s owner, not the subject nearest it', () => {
		const text = 'Title line\n\nThe port vote is next week.\n\nAda Vos\'s claim that the old board under Tom Brandt had been “spending money it never had on cranes nobody used” angered the council.';
		assert.equal(directSpeakerOf(text, 'cranes nobody used'), 'Ada Vos');
	});
});

suite('a quote in the "to" phrase of a named person\'s pledge is that person\'s', () => {
	test('"the worries go beyond Tom Brandt\'s pledge to stay “neutral”" are Tom Brandt\'s words', () => {
		const text = 'Title line\n\nThe port vote is next week.\n\nThe worries voiced by many fishermen go beyond Tom Brandt\'s controversial pledge to stay “neutral” during the talks.';
		const quote = quotesOf(text).find((found) => found.text.includes('neutral'));
		assert.equal(quote?.speaker?.name, 'Tom Brandt');
	});
});
