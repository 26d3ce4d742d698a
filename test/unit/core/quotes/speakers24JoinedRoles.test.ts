import * as assert from 'node:assert/strict';
import { speakersOf } from '../../helpers/speakerOf';

suite('two roles of one person joined by "and"', () => {
	test('a subject of a bare role, "and" and a role with a name is that person, for a quote after a participle', () => {
		const text = 'Harbour news\n\nFormer prosecutor and harbour master Ada Vos attacked the board on Monday, calling it a “disgrace to the port.”';
		const [speaker] = speakersOf(text);
		assert.ok(speaker?.endsWith('Ada Vos'), `got ${speaker}`);
	});

	test('after the verb, a bare role, "and" and a role with a name is that person', () => {
		const text = 'Harbour news\n\n“The board is a disgrace to the port,” said activist and former harbour master Ada Vos.';
		assert.deepEqual(speakersOf(text), ['Ada Vos']);
	});

	test('two named people joined by "and" stay two', () => {
		const text = 'Harbour news\n\nAuthor Ada Vos and journalist Tom Lund attacked the board on Monday, calling it a “disgrace to the port.”';
		assert.deepEqual(speakersOf(text), ['Author Ada Vos and journalist Tom Lund']);
	});

	test('a role with an article before "and" may be another person, and names nobody', () => {
		const text = 'Harbour news\n\nThe mayor and harbour master Ada Vos attacked the board on Monday, calling it a “disgrace to the port.”';
		assert.deepEqual(speakersOf(text), [undefined]);
	});
});
