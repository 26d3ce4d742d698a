import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('subjects read past a clause set off by dashes', () => {
	test('"who" after a name and a dash stands for the name before a verb of saying inside the dashes', () => {
		const text = 'Title line\n\nHarbour front-runner Tom Brandt - who once said he would "sell the piers" - told a rally that the port should close.';
		assert.equal(directSpeakerOf(text, 'sell the piers'), 'Tom Brandt');
	});

	test('the same with long dashes', () => {
		const text = 'Title line\n\nHarbour front-runner Tom Brandt — who once said he would “sell the piers” — told a rally that the port should close.';
		assert.equal(directSpeakerOf(text, 'sell the piers'), 'Tom Brandt');
	});
});

suite('"it" speaks for the organisation or document before it', () => {
	test('"“…,” it said" after a sentence whose subject is an organisation is that organisation\'s', () => {
		const text = 'Title line\n\nThe Harbour Board issued a statement on Monday. “We want no part in the listing,” it said.';
		assert.equal(directSpeakerOf(text, 'no part in the listing'), 'Harbour Board');
	});

	test('"It added, “…”" after an outlet reported something is the outlet\'s', () => {
		const text = 'Title line\n\nThe Gazette reported that Ivo Klein was seen at the port. It added, “The visit comes as the mayor plans new tolls.”';
		assert.equal(directSpeakerOf(text, 'new tolls'), 'Gazette');
	});

	test('a person is never "it": the quote keeps no speaker', () => {
		const text = 'Title line\n\nTom Brandt left the port early. “We want no part in the listing,” it said.';
		assert.equal(directSpeakerOf(text, 'no part in the listing'), undefined);
	});
});

suite('two titles of one person joined by "and"', () => {
	test('a lower-case role and a titled name joined by "and" are one person, who speaks a participle\'s quote', () => {
		const text = 'Title line\n\nFormer docker and Dover Mayor Ada Vos trashed the toll, saying: “It is a tax on every boat.”';
		assert.equal(directSpeakerOf(text, 'tax on every boat'), 'Ada Vos');
	});
});

suite('a few words quoted inside an attribution', () => {
	test('a slogan quoted inside the apposition after a quote does not cut the attribution off', () => {
		const text = 'Title line\n\n“We have had better conventions than this one,” Kent delegate Tom Orr, wearing a straw hat and “Vos for Mayor” pins, said calmly as the confetti fell.';
		assert.equal(directSpeakerOf(text, 'better conventions'), 'Tom Orr');
	});
});
