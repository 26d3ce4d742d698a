import * as assert from 'node:assert/strict';
import { speakersOf } from '../../helpers/speakerOf';

suite('quotes signed after a dash, one to a line', () => {
	test('signed quotes parted by single line breaks are each their own signer\'s', () => {
		const text = 'Dockers on the toll\n\nWe asked dockers on the night shift what the new toll would mean for them.\n\n“I have worked the cranes for ten years and I have never seen a toll like this.” ― Maria Lopez\n“My father built these piers, and I will not leave them for a toll.” ― Tom Brandt\n“We are tired. We are so tired of paying for the harbour twice.” ― Anna Reyes';
		assert.deepEqual(speakersOf(text), ['Maria Lopez', 'Tom Brandt', 'Anna Reyes']);
	});

	test('a full stop after the signer\'s name still signs the quote', () => {
		const text = 'Dockers on the toll\n\nWe asked dockers on the night shift what the new toll would mean for them.\n\n“I have worked the cranes for ten years and I have never seen a toll like this.” ― Maria Lopez.\n\n“My father built these piers, and I will not leave them for a toll.” ― Tom Brandt.';
		assert.deepEqual(speakersOf(text), ['Maria Lopez', 'Tom Brandt']);
	});

	test('a byline after a dash at the end of a sentence does not sign the quote inside it', () => {
		const text = 'In brief\n\nHarbour board quits.\n\nThe harbour board resigned on Monday after a vote on the toll.\n\nIda Marsh said Monday that she would “find a new board” and insisted that the port was “still open for business.”--Tom Brandt.';
		assert.deepEqual(speakersOf(text), ['Ida Marsh', 'Ida Marsh']);
	});

	test('a heading line of a person\'s name gives that person the quote paragraph under it', () => {
		const text = 'Candidates in their own words\n\nWe asked the candidates for harbour master about the toll.\n\nLena Cole\n\n“I will cut the toll in my first month.”\n\nTom Brandt, the harbour master\n\n“The toll pays for the cranes.”';
		assert.deepEqual(speakersOf(text), ['Lena Cole', 'Tom Brandt']);
	});

	test('a heading line that is a topic gives the quote under it to nobody', () => {
		const text = 'Candidates in their own words\n\nWe asked the candidates for harbour master about the toll.\n\nOn the economy\n\n“I will cut the toll in my first month.”\n\nOn the cranes\n\n“The toll pays for the cranes.”';
		assert.deepEqual(speakersOf(text), [undefined, undefined]);
	});

	test('a headline with a full stop over the article does not sign the quote under it', () => {
		const text = 'Harbour Fees Rise Again.\n\n“We will sail again on Monday, and every crossing will run.”\n\nThe crews voted late on Sunday.';
		assert.deepEqual(speakersOf(text), [undefined]);
	});
});

suite('a heading line over a quote that reads as a headline', () => {
	test('a heading whose words after a given name hold a verb is not read as the name of a speaker', () => {
		const text = 'Harbour news\n\nThe council met on Monday to hear the crews.\n\nFerry Strike Ends\n\n“We will sail again on Monday, and every crossing will run.”\n\nThe crews voted late on Sunday.';
		assert.notEqual(speakersOf(text)[0], 'Ferry Strike Ends');
	});
});
