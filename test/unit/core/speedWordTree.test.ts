import * as assert from 'node:assert/strict';
import { WordTree } from '../../../src/core/text/wordTree';

/** Reading a word in one pass (`readWord`) gives where it ends and what `flagsOf` gives for it. */
suite('speed: a word read once through the letter tree', () => {
	const tree = new WordTree([
		['ferry', 1],
		['ferries', 2],
	]);

	test('a listed word is found with its flags, and the word ends where the letters end', () => {
		const text = 'The Ferries, then the ferry.';
		assert.equal(tree.readWord(text, 4, text.length), 11);
		assert.equal(tree.found, 2);
		assert.equal(tree.readWord(text, 22, text.length), 27);
		assert.equal(tree.found, 1);
	});

	test('a longer word that leaves the tree is passed over to its end, and is no listed word', () => {
		const text = 'ferryman_2 ferr';
		assert.equal(tree.readWord(text, 0, text.length), 10);
		assert.equal(tree.found, 0);
		assert.equal(tree.readWord(text, 11, text.length), 15);
		assert.equal(tree.found, 0);
	});

	test('every word of a stretch reads as flagsOf reads it', () => {
		const text = 'ferry-ferries ferry2 FERRY ferrying ferr ferries’';
		for (const match of text.matchAll(/\w+/g)) {
			assert.equal(tree.readWord(text, match.index, text.length), match.index + match[0].length);
			assert.equal(tree.found, tree.flagsOf(text, match.index, match.index + match[0].length));
		}
	});
});
