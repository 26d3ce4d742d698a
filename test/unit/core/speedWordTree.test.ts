import * as assert from 'node:assert/strict';
import { WordTree } from '../../../src/core/text/wordTree';

/** Reading a word in one pass (`readWord`) gives where it ends and what `flagsOf` gives for it. */
suite('speed: a word read once through the letter tree', () => {
	const tree = new WordTree([
		['ferry', 1],
		['ferries', 2],
	]);

	/** Where the word at `start` ends, and its flags. */
	function read(text: string, start: number): [number, number] {
		const end = tree.readWord(text, start, text.length);
		return [end, tree.found];
	}

	test('a listed word is found with its flags, and the word ends where the letters end', () => {
		const text = 'The Ferries, then the ferry.';
		assert.deepEqual([read(text, 4), read(text, 22)], [[11, 2], [27, 1]]);
	});

	test('a longer word that leaves the tree is passed over to its end, and a cut one is no listed word', () => {
		const text = 'ferryman_2 ferr';
		assert.deepEqual([read(text, 0), read(text, 11)], [[10, 0], [15, 0]]);
	});

	test('every word of a stretch reads as flagsOf reads it', () => {
		const text = 'ferry-ferries ferry2 FERRY ferrying ferr ferries’';
		for (const match of text.matchAll(/\w+/g)) {
			const end = match.index + match[0].length;
			assert.deepEqual(read(text, match.index), [end, tree.flagsOf(text, match.index, end)]);
		}
	});
});
