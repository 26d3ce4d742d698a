/**
 * `SIZE=60 RUNS=8 SEED=5 node --import tsx scripts/fuzz/incrementalAgainstScratch.ts`: random edits
 * (a digit changed, a sentence cut, a sentence doubled) to a generated folder, each compared by the
 * editor's incremental comparer and from scratch; the two must give the same claims, near misses
 * and discrepancies. Not a test in `npm test` (minutes per seed). It failed at the end of session 22
 * (at 60 articles on most runs, at 30 on a few); since session 23 it passes at 30 articles for
 * seeds 1 to 8 and at 60 for seeds 1 to 7. What it found: an asked index that lost askers (a search
 * not searched again after a word's rarity moved: near misses about 0.002 off), the draft cache's
 * near misses that found something merged out of order, and judgements kept though they read every
 * figure of an article edited elsewhere. The shrunk case at 30 articles is a test in
 * `test/unit/core/incrementalNearMissOrder.test.ts`.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeArticle, combineAnalyses } from '../../src/core/analyze';
import { compareCorpus, type Comparison } from '../../src/core/compare/compare';
import { IncrementalComparer } from '../../src/core/compare/incremental/comparer';
import { FolderNames } from '../../src/core/compare/incremental/folderNames';
import { generateCluster } from '../generateCluster';

function plain(comparison: Comparison) {
	return {
		claims: comparison.claims,
		nearMisses: comparison.aligner.nearMisses().map(({ a, b, ...rest }) => ({ a: `${a.article}:${a.kind}:${a.index}`, b: `${b.article}:${b.kind}:${b.index}`, ...rest })),
		discrepancies: comparison.discrepancies.map((discrepancy) => ({ ...discrepancy, missing: [...discrepancy.missing] })),
	};
}
const size = Number(process.env.SIZE ?? 30);
const runs = Number(process.env.RUNS ?? 10);
const seed = Number(process.env.SEED ?? 5);
const start = generateCluster(size, seed).map((article, index) => analyzeArticle({ id: `g${index}`, ...article }));
fc.assert(
	fc.property(fc.array(fc.record({ article: fc.nat(), at: fc.nat(), kind: fc.nat(3) }), { minLength: 4, maxLength: 8 }), (edits) => {
		const names = new FolderNames();
		const comparer = new IncrementalComparer();
		comparer.compare(names.combine(start));
		const current = [...start];
		for (const { article, at, kind } of edits) {
			const index = article % current.length;
			const { id, path, text } = current[index].parsed.article;
			let next = text;
			const digits = [...text.matchAll(/\d/g)];
			const sentences = [...text.matchAll(/[^.\n]+\.\s?/g)];
			if (kind <= 1 && digits.length) {
				const p = digits[at % digits.length].index!;
				next = text.slice(0, p) + String((Number(text[p]) + 3 + kind) % 10) + text.slice(p + 1);
			} else if (kind === 2 && sentences.length) {
				const m = sentences[at % sentences.length];
				next = text.slice(0, m.index!) + text.slice(m.index! + m[0].length);
			} else if (sentences.length) {
				const m = sentences[at % sentences.length];
				next = text + '\n\n' + m[0];
			}
			current[index] = analyzeArticle({ id, path, text: next });
			const grouped = names.combine(current);
			assert.deepEqual(plain(comparer.compare(grouped)), plain(compareCorpus(combineAnalyses(current))));
		}
	}),
	{ numRuns: runs, seed },
);
console.log('ok', size, runs, seed);
