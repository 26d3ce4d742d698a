import * as assert from 'node:assert/strict';
import { readingOf } from '../../helpers/speakerOf';

suite('a cry introduced by "cried"', () => {
	test('a word or two followed by "cried" and who cried are said, by them', () => {
		const text = 'The mayor asked whether the port should wait another year.\n\n“Never!” the dockers cried out, stamping their feet.';
		assert.deepEqual(readingOf(text, 'Never!'), ['speech', true, 'dockers']);
	});
});
