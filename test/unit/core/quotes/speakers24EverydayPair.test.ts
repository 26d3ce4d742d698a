import * as assert from 'node:assert/strict';
import { speakersOf } from '../../helpers/speakerOf';

suite('a given name that is an everyday word, before another everyday word', () => {
	test('a headline of a given name and an everyday noun names nobody who goes on speaking', () => {
		const text = 'Ferry Strike Ends.\n\n“The port will stay open all winter.”\n\nThe board met on Monday.';
		assert.deepEqual(speakersOf(text), [undefined]);
	});

	test('"he" does not stand for such a headline either', () => {
		const text = 'Harbour news\n\nFerry Strike Ends.\n\n“Every boat will sail again,” he said.';
		assert.deepEqual(speakersOf(text), [undefined]);
	});

	test('the same words as a person in running prose still speak', () => {
		const text = 'Harbour news\n\nMark Field ended the talks on Monday.\n\n“We will sail again.”';
		assert.deepEqual(speakersOf(text), ['Mark Field']);
	});

	test('the second word alone inside a sentence makes the pair a person', () => {
		const text = 'Mark Field Wins\n\n“We will sail again.”\n\nThe vote was close, said Field.';
		const [first] = speakersOf(text);
		assert.ok(first?.endsWith('Field'), `got ${first}`);
	});
});
