import * as assert from 'node:assert/strict';
import { generateCluster } from '../../../scripts/generateCluster';
import { analyzeArticle, combineAnalyses } from '../../../src/core/analyze';
import { compareCorpus } from '../../../src/core/compare/compare';
import { IncrementalComparer } from '../../../src/core/compare/incremental/comparer';
import { FolderNames } from '../../../src/core/compare/incremental/folderNames';
import type { ArticleAnalysis } from '../../../src/core/types';

// What an edit of one article leaves as it was is given again as the same object: the other
// articles' analyses, and the discrepancies the edit did not touch (with their missing outlets).

/** Ten generated articles, and the same with a figure of one article's body changed ("rose 14%" to "rose 24%"). */
function folderAndEdit(edited: number): { before: ArticleAnalysis[]; after: ArticleAnalysis[] } {
	const before = generateCluster(10, 3).map((article, index) => analyzeArticle({ id: `g${index}`, ...article }));
	const after = [...before];
	const { id, path, text } = before[edited].parsed.article;
	const body = text.indexOf('\n\n');
	after[edited] = analyzeArticle({ id, path, text: text.slice(0, body) + text.slice(body).replace(/\d/, (digit) => String((Number(digit) + 1) % 10)) });
	return { before, after };
}

suite('IncrementalComparer: what an edit leaves is kept', () => {
	test('the folder\'s names give every article but the edited one its analysis of the last call, the same object', () => {
		const { before, after } = folderAndEdit(4);
		const names = new FolderNames();
		const first = names.combine(before);
		const second = names.combine(after);
		assert.deepEqual(second, combineAnalyses(after));
		const same = second.articles.map((analysis, i) => analysis === first.articles[i]);
		assert.deepEqual(same, same.map((_, i) => i !== 4));
	});

	test('an edit gives most discrepancies of the last comparison again, the same objects, and their missing outlets as a comparison from scratch', () => {
		const { before, after } = folderAndEdit(6);
		const names = new FolderNames();
		const comparer = new IncrementalComparer();
		const first = comparer.compare(names.combine(before));
		const second = comparer.compare(names.combine(after));
		const kept = second.discrepancies.filter((discrepancy) => first.discrepancies.includes(discrepancy)).length;
		assert.ok(kept > second.discrepancies.length / 3, `${kept} of ${second.discrepancies.length} discrepancies kept`);
		const expected = compareCorpus(combineAnalyses(after));
		assert.deepEqual(
			second.discrepancies.map((discrepancy) => [discrepancy.id, [...discrepancy.missing]]),
			expected.discrepancies.map((discrepancy) => [discrepancy.id, [...discrepancy.missing]]),
		);
	});

	test('an article removed makes every kept claim\'s missing outlets anew', () => {
		const { before } = folderAndEdit(0);
		const names = new FolderNames();
		const comparer = new IncrementalComparer();
		comparer.compare(names.combine(before));
		const fewer = before.slice(0, 9);
		const second = comparer.compare(names.combine(fewer));
		const expected = compareCorpus(combineAnalyses(fewer));
		assert.deepEqual(
			second.discrepancies.map((discrepancy) => [discrepancy.id, [...discrepancy.missing]]),
			expected.discrepancies.map((discrepancy) => [discrepancy.id, [...discrepancy.missing]]),
		);
		assert.ok(second.discrepancies.every((discrepancy) => !discrepancy.missing.includes('g9')), 'the removed article is missing from no claim');
	});
});
