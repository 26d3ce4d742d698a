import * as assert from 'node:assert/strict';
import { findEntityMentions } from '../../../src/core/entities';
import { readParagraphs } from '../../../src/core/entities/paragraphs';
import { tokenize } from '../../../src/core/entities/tokens';
import { extractFigures } from '../../../src/core/figures';
import { parseArticle } from '../../../src/core/parse';
import { findParagraphs } from '../../../src/core/segment';

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

	test('the name finder reads each paragraph\'s words from its sentences: the words the scanner finds', () => {
		const long = Array.from({ length: 900 }, (_, n) => (n % 7 === 0 ? 'Harbour' : 'word')).join(' ');
		const text = [
			'Gov. Tamsin Reyd met the U.S. envoy at 9 a.m. “We agree,” she said.Then the talks ended…',
			'• first item of Vessmark\n• second item of Orlan\n- third',
			long,
			'AT&T and R&D, “quoted”: O’Neill-Baptiste’s café\u0301 (see above.) »Nein.« Done',
		].join('\n\n');
		const article = parsed(text);
		const read = readParagraphs(article);
		assert.equal(read.length, article.paragraphs.length);
		assert.ok(read.length >= 4);
		article.paragraphs.forEach((paragraph, n) => {
			assert.ok(read[n].tokens.length > 0);
			assert.deepEqual(read[n].tokens, tokenize(article.text, paragraph));
		});
	});

	test('every "… ago" of a paragraph is read, the last one too, and "ago" before a number makes no date', () => {
		assert.deepEqual(figures('The ferry sank three weeks ago, and the inquiry opened two days ago.'), ['three weeks ago → 2021-11-25', 'two days ago → 2021-12-14']);
		assert.deepEqual(figures('Long ago, 40 ships docked here.'), ['40 ships → 40']);
	});

	test('a paragraph with a figure in words only, or a relative period only, is read', () => {
		assert.deepEqual(figures('Eleven trawlers left the harbour.'), ['Eleven trawlers → 11']);
		assert.deepEqual(figures('The talks resumed last week.'), ['last week → 2021-W49']);
	});

	test('paragraphs are cut by a scan of the line ends: a lone carriage return ends a line, a line of Unicode spaces is blank, a line separator is trimmed', () => {
		const text = 'Harbour talks end.\r\u00a0\u3000\r\nA second line.\u2028\nthird line in lower case\ncontinues here\r\rfourth after a blank line';
		const paragraphs = findParagraphs(text, 0).map(({ start, end }) => text.slice(start, end));
		assert.deepEqual(paragraphs, ['Harbour talks end.', 'A second line.', 'third line in lower case\ncontinues here', 'fourth after a blank line']);
	});
});
