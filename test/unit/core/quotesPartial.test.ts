import * as assert from 'node:assert/strict';
import { parseArticle } from '../../../src/core/parse';
import { findQuotes } from '../../../src/core/quotes';
import type { Quote } from '../../../src/core/types';

/** The one quote whose words start with `fragment`. */
function quoteStarting(text: string, fragment: string): Quote {
	const found = findQuotes(parseArticle({ id: 'test', path: 'test.txt', text })).filter((quote) => quote.text.startsWith(fragment));
	assert.equal(found.length, 1, `one quote starting "${fragment}"`);
	return found[0];
}

suite('a word or two quoted in a sentence of speech', () => {
	test('after a speech verb whose subject is a description, the words are speech, not a scare quote', () => {
		const quote = quoteStarting('A lawyer close to the inquiry said the divers were looking for “lost cargo.”', 'lost cargo');
		assert.equal(quote.kind, 'speech');
		assert.equal(quote.direct, true);
	});

	test('after a verb of characterising, the words are speech said by its subject', () => {
		const quote = quoteStarting('Vance belittled the issue of the loans, calling it a “paperwork error” on Friday.', 'paperwork error');
		assert.equal(quote.kind, 'speech');
		assert.equal(quote.speaker?.name, 'Vance');
	});

	test('a party and a state in brackets between the name and its verb leave the name the speaker', () => {
		const text = 'Saturday at the party convention Sen. Ivo Marsh (D-Kent) said presumptive nominee Dan Orr was a “proven failure” in business.';
		assert.equal(quoteStarting(text, 'proven failure').speaker?.name, 'Ivo Marsh');
	});

	test('a word quoted in what a later reporting verb says is said by that verb\'s subject, not the sentence\'s first', () => {
		const text = 'Tova Brink signed the lease on Friday, a day after Omar Feld said he was “delighted” with the terms.';
		assert.equal(quoteStarting(text, 'delighted').speaker?.name, 'Omar Feld');
	});

	test('a word quoted after a verb of characterising whose subject is an organisation is its speech', () => {
		const quote = quoteStarting('The Quay Pilots Federation dismissed the new levy as a “paper tiger” on Friday.', 'paper tiger');
		assert.equal(quote.kind, 'speech');
		assert.equal(quote.speaker?.name, 'Quay Pilots Federation');
	});
});
