import * as assert from 'node:assert/strict';
import { analyzeCorpus } from '../../../src/core/analyze';
import { compareCorpus } from '../../../src/core/compare/compare';

/**
 * Verbatim copies (one wire story republished under several file names) are analysed once and
 * cut into passages once; each copy is still a file of its own.
 */

const story = 'Mira Tolsen, 41, was named coach of the Harbour Rowing Club on Monday.\n\n"We start training at dawn," Tolsen said.\n';

suite('verbatim copies', () => {
	test('a text met again is not analysed again: the copy holds the first file\'s findings', () => {
		const { articles } = analyzeCorpus([
			{ id: 'a', path: 'a.txt', text: story },
			{ id: 'b', path: 'b.txt', text: story },
		]);
		assert.equal(articles[1].quotes, articles[0].quotes);
		assert.equal(articles[1].figures, articles[0].figures);
		assert.equal(articles[1].parsed.sentences, articles[0].parsed.sentences);
	});

	test('a copy keeps its own id, path and encoding, and is named after its own file', () => {
		const { articles } = analyzeCorpus([
			{ id: 'a', path: 'folder/Harbour Gazette.txt', text: story },
			{ id: 'b', path: 'folder/Coast Daily.txt', text: story, encoding: 'windows-1252' },
		]);
		const copy = articles[1].parsed.article;
		assert.deepEqual([copy.id, copy.path, copy.encoding, copy.meta.outlet], ['b', 'folder/Coast Daily.txt', 'windows-1252', 'Coast Daily']);
		assert.equal(articles[0].parsed.article.meta.outlet, 'Harbour Gazette');
	});

	test('a copy whose header names its outlet keeps that name, whatever its file is called', () => {
		const text = `---\noutlet: Valley Herald\n---\n${story}`;
		const { articles } = analyzeCorpus([
			{ id: 'a', path: 'one.md', text },
			{ id: 'b', path: 'two.md', text },
		]);
		assert.deepEqual(
			articles.map(({ parsed }) => parsed.article.meta.outlet),
			['Valley Herald', 'Valley Herald'],
		);
	});

	test('one text as Markdown and as plain text is read twice: only Markdown has its markup blanked', () => {
		const text = `${story}\nThe club **welcomed** her.\n`;
		const { articles } = analyzeCorpus([
			{ id: 'a', path: 'a.md', text },
			{ id: 'b', path: 'b.txt', text },
		]);
		assert.notEqual(articles[0].parsed.text, articles[1].parsed.text);
		assert.ok(articles[1].parsed.text.includes('**welcomed**'), articles[1].parsed.text);
		assert.ok(!articles[0].parsed.text.includes('**'), articles[0].parsed.text);
	});

	test('each copy\'s passages are its own, their words shared with the first file\'s', () => {
		const other = 'The Harbour Rowing Club named Mira Tolsen, 44, as its coach on Monday.\n';
		const corpus = analyzeCorpus([
			{ id: 'a', path: 'a.txt', text: story },
			{ id: 'b', path: 'b.txt', text: story },
			{ id: 'c', path: 'c.txt', text: other },
		]);
		const comparison = compareCorpus(corpus);
		const claim = comparison.claims.find((candidate) => candidate.members.some((member) => member.article === 'c'));
		assert.ok(claim, 'the three openings make a claim');
		const [a, b] = ['a', 'b'].map((article) => claim.members.find((member) => member.article === article)!);
		assert.deepEqual([comparison.unitOf(a).article, comparison.unitOf(b).article], ['a', 'b']);
		assert.equal(comparison.unitOf(b).tokens, comparison.unitOf(a).tokens);
		assert.ok(comparison.discrepancies.some((discrepancy) => discrepancy.mentions.some((mention) => mention.article === 'b')));
	});
});
