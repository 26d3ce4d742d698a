import * as assert from 'node:assert/strict';
import { wholeWordTest } from '../../../src/core/text/wordTree';

suite('whole-word tests of a word list', () => {
	const murmur = wholeWordTest(['murmured', 'according']);
	const holds = (line: string) => murmur(line, 0, line.length);

	test('a listed word counts as a whole word, in any case', () => {
		assert.equal(holds('The clerk Murmured twice.'), true);
		assert.equal(holds('ACCORDING to the clerk, the gate shut.'), true);
		assert.equal(holds('The clerk spoke murmuredly.'), false);
	});

	test('a hyphen or an apostrophe ends a word, a digit or "_" does not', () => {
		assert.equal(holds('A half-murmured reply.'), true);
		assert.equal(holds('She murmured’s echo.'), true);
		assert.equal(holds('murmured2 was the file.'), false);
		assert.equal(holds('the murmured_reply key'), false);
	});

	test('a word cut by the end of the stretch is read as cut', () => {
		const text = 'murmuredly';
		assert.equal(murmur(text, 0, 8), true);
		assert.equal(murmur(text, 0, text.length), false);
		assert.equal(murmur('re murmured', 3, 11), true);
		assert.equal(murmur('re murmured', 4, 11), false);
	});

	test('words the letter tree cannot hold (a space, a hyphen) are tested as a pattern would', () => {
		const phrase = wholeWordTest(['as per', 'well-placed']);
		assert.equal(phrase('Sent as per the clerk.', 0, 22), true);
		assert.equal(phrase('Sent as, per the clerk.', 0, 23), false);
		assert.equal(phrase('A well-placed aide.', 0, 19), true);
	});
});
