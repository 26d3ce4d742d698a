import * as assert from 'node:assert/strict';
import { generateCluster } from '../../../scripts/generateCluster';
import { analyzeArticle, combineAnalyses } from '../../../src/core/analyze';
import { ChangeTracker, type NearMissPlace } from '../../../src/core/compare/alignment/nearMissChanges';
import type { NearMiss } from '../../../src/core/compare/alignment/types';
import { compareCorpus, type Comparison } from '../../../src/core/compare/compare';
import type { DiscrepancyDraft } from '../../../src/core/compare/context';
import { IncrementalComparer } from '../../../src/core/compare/incremental/comparer';
import { FolderNames } from '../../../src/core/compare/incremental/folderNames';
import { Found } from '../../../src/core/compare/incremental/judging';
import { NearMissRecords } from '../../../src/core/compare/incremental/nearMissRecords';
import { noReads, type Update } from '../../../src/core/compare/incremental/reads';
import type { Unit } from '../../../src/core/compare/units';

/** A comparison as plain data: its claims, near misses and discrepancies. */
function plain(comparison: Comparison) {
	return {
		claims: comparison.claims,
		nearMisses: comparison.aligner.nearMisses().map(({ a, b, ...rest }) => ({ a: `${a.article}:${a.kind}:${a.index}`, b: `${b.article}:${b.kind}:${b.index}`, ...rest })),
		discrepancies: comparison.discrepancies.map((discrepancy) => ({ ...discrepancy, missing: [...discrepancy.missing] })),
	};
}

/** A near miss of two stand-in passages (the records look them up by object only). */
function nearMiss(name: string): NearMiss {
	const unit = (side: string) => ({ article: `${name}${side}`, kind: 'sentence', index: 0 }) as unknown as Unit;
	return { a: unit('a'), b: unit('b'), score: 0.4, mutual: false, best: true, outbid: false };
}

/** A judgement that found one draft, so that its record stands in the list of those that found anything. */
function judged(): Found {
	const draft = { kind: 'figure', severity: 'low', summary: '', reason: '', strength: 1, mentions: [], missing: [] } as unknown as DiscrepancyDraft;
	return new Found(undefined, undefined, { figures: [draft], weekdays: [], quotes: [], attributions: [], substitutions: new Map() }, noReads(), []);
}

const place = (second: number): NearMissPlace => ({ first: 0, second });

suite('The draft cache’s near misses that found something', () => {
	test('stay in the near misses’ order when one moves past the others while a new one comes between two that stayed', () => {
		const update: Update = { changed: new Set(), gone: new Set(), similarity: () => 0, analysisOf: () => undefined };
		const records = new NearMissRecords();
		// Seven near misses at places 10 to 70, each of which found a draft.
		const first = [10, 20, 30, 40, 50, 60, 70].map((second) => ({ nearMiss: nearMiss(`n${second}`), second }));
		const listing = new ChangeTracker(false);
		for (const { nearMiss: pair, second } of first) {
			listing.listed(pair, place(second));
		}
		const before = first.map(({ nearMiss: pair }) => pair);
		const serial = listing.done(before, -1);
		records.read(before, 1, update, [], judged);
		// The edit moves the fourth past the last (to 90), and a new near miss comes at 55, between the fifth and the sixth.
		const [n10, n20, n30, n40, n50, n60, n70] = before;
		const n55 = nearMiss('n55');
		const changes = new ChangeTracker(true);
		changes.mayGo(n40);
		changes.listedAgain(n40, place(90));
		changes.listed(n55, place(55));
		const after = [n10, n20, n30, n50, n55, n60, n70, n40];
		changes.done(after, serial);
		const finding = records.read(after, 2, update, [], judged);
		assert.deepEqual(
			finding.map((found) => found.nearMiss),
			after,
		);
	});

	test('after digits changed in generated articles, give the discrepancies a comparison from scratch gives', () => {
		// 30 generated articles: a digit changed twice in the first (two outlets name one person where another names another
		// in near misses of one passage: the first of them in the near misses' order gives the discrepancy, so the order must
		// hold), then once in another sentence of the third (a figure's severity reads every figure of the article).
		const start = generateCluster(30, 5).map((article, index) => analyzeArticle({ id: `g${index}`, ...article }));
		const names = new FolderNames();
		const comparer = new IncrementalComparer();
		comparer.compare(names.combine(start));
		const current = [...start];
		const change = (index: number, digit: number) => {
			const { id, path, text } = current[index].parsed.article;
			const at = [...text.matchAll(/\d/g)][digit].index!;
			current[index] = analyzeArticle({ id, path, text: `${text.slice(0, at)}${(Number(text[at]) + 3) % 10}${text.slice(at + 1)}` });
			return comparer.compare(names.combine(current));
		};
		change(0, 0);
		assert.deepEqual(plain(change(0, 0)), plain(compareCorpus(combineAnalyses(current))));
		assert.deepEqual(plain(change(2, 21)), plain(compareCorpus(combineAnalyses(current))));
	});
});
