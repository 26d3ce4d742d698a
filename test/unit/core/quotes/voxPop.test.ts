import * as assert from 'node:assert/strict';
import { speakersOf } from '../../helpers/speakerOf';

suite('quotes laid out as a vox pop', () => {
	test('a quote opening the paragraph after a line of a name, an age and a town is that person\'s', () => {
		const text = 'Dockers on the toll\n\nWe asked dockers what the toll means to them.\n\nLena Cole, 34, Dover, Kent\n\n“I have worked the cranes for ten years. The toll would end that.”\n\nTom Brandt, 52, Rye\n\n“My father built these piers. I will not leave them.”';
		assert.deepEqual(speakersOf(text), ['Lena Cole', 'Tom Brandt']);
	});

	test('a name set off by a dash after the quote, with an age and a town, signs it', () => {
		const text = 'Dockers on the toll\n\nWe asked dockers what the toll means to them.\n\n“I have worked the cranes for ten years.” — Lena Cole, 34, Dover, Kent\n\n“My father built these piers.” — Tom Brandt, 52, Rye';
		assert.deepEqual(speakersOf(text), ['Lena Cole', 'Tom Brandt']);
	});

	test('before a colon, the person who opens the line speaks, not the town after the commas', () => {
		const text = 'Dockers on the toll\n\nWe asked dockers what the toll means to them.\n\nLena Cole, 34, Dover, Kent: “I have worked the cranes for ten years.”';
		assert.deepEqual(speakersOf(text), ['Lena Cole']);
	});

	test('a line with a verb is a sentence, not a name line', () => {
		const text = 'Dockers on the toll\n\nLena Cole, 34, voted against the toll.\n\n“The piers will be empty by May.”';
		assert.deepEqual(speakersOf(text), ['Lena Cole']);
	});

	test('a heading in title case with no given name and no age names nobody', () => {
		const text = 'Dockers on the toll\n\nHarbour Fees\n\n“The piers will be empty by May.”';
		assert.deepEqual(speakersOf(text), [undefined]);
	});
});
