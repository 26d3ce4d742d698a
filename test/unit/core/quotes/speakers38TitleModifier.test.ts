import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('a title\'s modifier before a person named with where they work', () => {
	test('a quote "said lead author Mara Quist of Vell University" is Mara Quist\'s, not the university\'s', () => {
		const text = 'Title line\n\nThe study was published on Monday.\n\n“Walk more,” said lead author Mara Quist of Vell University.';
		assert.match(directSpeakerOf(text, 'Walk more') ?? '', /^Mara Quist/);
	});

	test('so is "said senior adviser Ivo Marr of the Tarn Port Authority"', () => {
		const text = 'Title line\n\nThe port reopened on Monday.\n\n“Ships can dock again,” said senior adviser Ivo Marr of the Tarn Port Authority.';
		assert.match(directSpeakerOf(text, 'Ships can dock') ?? '', /^Ivo Marr/);
	});
});
