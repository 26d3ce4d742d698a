import * as assert from 'node:assert/strict';
import { onlyQuote as quoteOf } from '../../helpers/speakerOf';

suite('words set off in a clause of speech', () => {
	test('after a verb of characterising whose subject cannot be named surely, they are speech, that subject a hint', () => {
		const quote = quoteOf('Officials hailed the “fresh start” for the ferry line.', 'fresh start');
		assert.equal(quote.kind, 'speech');
		assert.equal(quote.direct, true);
		assert.equal(quote.speaker, undefined);
		assert.match(quote.speakerHint?.name ?? '', /Officials/);
	});

	test('with no verb of speech before them, they stay a scare quote', () => {
		const quote = quoteOf('The “fresh start” for the ferry line drew crowds to the quay.', 'fresh start');
		assert.equal(quote.kind, 'scare');
		assert.equal(quote.direct, false);
	});

	test('a term in a clause of speech is the speaker’s words', () => {
		const quote = quoteOf('Ivo Marr warned on Tuesday that the so-called “quay levy” would empty the port.', 'quay levy');
		assert.equal(quote.direct, true);
		assert.match(quote.speaker?.name ?? '', /Ivo Marr$/);
	});

	test('a term with no verb of speech before it stays a term', () => {
		const quote = quoteOf('The so-called “quay levy” emptied the port within a year.', 'quay levy');
		assert.equal(quote.kind, 'term');
		assert.equal(quote.direct, false);
	});

	test('a role for a named person characterises in that person’s name', () => {
		const quote = quoteOf('A spokesman for Ivo Marr called a report that the harbour board had sold berths “absurd.”', 'absurd.');
		assert.equal(quote.direct, true);
		assert.match(quote.speaker?.name ?? '', /Ivo Marr$/);
	});
});

suite('a word set off in a phrase that opens with a participle', () => {
	test('"In calling the levy “reckless,” Lena Dorn …": the main clause’s subject', () => {
		const quote = quoteOf('In calling the levy “reckless,” Lena Dorn again showed her temper.', 'reckless,');
		assert.equal(quote.direct, true);
		assert.equal(quote.speaker?.name, 'Lena Dorn');
	});

	test('"But while denouncing the “greed” of the firms to crowds, Ivo Marr …": the comma that closes the phrase comes later', () => {
		const quote = quoteOf('But while denouncing the “greed” of the shipping firms to crowds, Ivo Marr has offered no plan of his own.', 'greed');
		assert.equal(quote.direct, true);
		assert.equal(quote.speaker?.name, 'Ivo Marr');
	});
});

suite('a phrase of time between a subject and its verb', () => {
	test('"Harbour master Lena Dorn on Monday tweeted …": the day is no speaker', () => {
		const quote = quoteOf('Harbour master Lena Dorn on Monday tweeted a picture of the quay bearing the words “sold to the highest bidder!”', 'sold to the highest bidder!');
		assert.equal(quote.direct, true);
		assert.match(quote.speaker?.name ?? '', /Lena Dorn$/);
	});
});

suite('a participle after "X and other …"', () => {
	test('"Ivo Marr and other harbour masters shunned the mayor, claiming …": the one named speaks', () => {
		const quote = quoteOf('Ivo Marr and other harbour masters shunned the mayor last spring, claiming that she was “reckless.”', 'reckless.');
		assert.equal(quote.direct, true);
		assert.equal(quote.speaker?.name, 'Ivo Marr');
	});
});

suite('"so called" is no verb of speech', () => {
	test('"The so called “quay levy” …" after a sentence of speech stays a term', () => {
		const quote = quoteOf('Lena Dorn spoke at the quay on Friday. The so called “quay levy” emptied the port within a year.', 'quay levy');
		assert.equal(quote.kind, 'term');
		assert.equal(quote.direct, false);
	});
});
