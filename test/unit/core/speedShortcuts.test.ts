import * as assert from 'node:assert/strict';
import { findEntityMentions } from '../../../src/core/entities';
import { extractFigures } from '../../../src/core/figures';
import { parseArticle } from '../../../src/core/parse';

/**
 * The shortcuts the analysis takes for speed give what the long way gives: answers kept from one
 * call to the next belong to one text, and a pass skipped is one that could find nothing.
 */

function parsed(text: string, id = 'a1') {
	return parseArticle({ id, path: `${id}.txt`, text });
}

function names(text: string, id?: string): string[] {
	return findEntityMentions(parsed(text, id)).map((mention) => mention.text);
}

function figures(text: string): string[] {
	const article = parsed(`---\ndate: 2021-12-16\n---\n${text}\n`);
	return extractFigures(article).map((figure) => `${figure.text} → ${figure.iso ?? figure.value}`);
}

suite('speed shortcuts', () => {
	test('whether a sentence-initial word is written in lower case is answered for each text, asked in turn', () => {
		const alone = 'Quillon was fined on Monday.\n\nThe court heard both sides.';
		const alsoAWord = 'Quillon was fined on Monday.\n\nA quillon is the guard of a sword.';
		assert.ok(names(alone, 'a1').includes('Quillon'));
		assert.ok(!names(alsoAWord, 'a2').includes('Quillon'));
		assert.ok(names(alone, 'a3').includes('Quillon'));
	});

	test('every "… ago" of a paragraph is read, the last one too, and "ago" before a number makes no date', () => {
		assert.deepEqual(figures('The ferry sank three weeks ago, and the inquiry opened two days ago.'), ['three weeks ago → 2021-11-25', 'two days ago → 2021-12-14']);
		assert.deepEqual(figures('Long ago, 40 ships docked here.'), ['40 ships → 40']);
	});

	test('a paragraph with a figure in words only, or a relative period only, is read', () => {
		assert.deepEqual(figures('Eleven trawlers left the harbour.'), ['Eleven trawlers → 11']);
		assert.deepEqual(figures('The talks resumed last week.'), ['last week → 2021-W49']);
	});
});
