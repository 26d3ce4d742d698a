import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { copyCutoffs } from '../../../src/core/compare/alignment/copyCutoffs';
import { IdList } from '../../../src/core/compare/alignment/idList';
import { MatchTable } from '../../../src/core/compare/alignment/matchTable';
import { nthLargest } from '../../../src/core/compare/alignment/selection';

suite('alignment buffers', () => {
	test('an id list emptied and refilled holds what a plain array would', () => {
		const step = fc.oneof(fc.record({ push: fc.integer({ min: -5, max: 100_000 }) }), fc.constant({ clear: true as const }));
		fc.assert(
			fc.property(fc.array(step, { maxLength: 300 }), (steps) => {
				const list = new IdList(2);
				let model: number[] = [];
				for (const item of steps) {
					if ('push' in item) {
						list.push(item.push);
						model.push(item.push);
					} else {
						list.clear();
						model = [];
					}
				}
				assert.equal(list.length, model.length);
				assert.deepEqual(list.toArray(), model);
			}),
		);
	});

	test('the cut-off reads only the candidates counted, not the rest of a reused buffer', () => {
		const scores = Float64Array.from([0, 5, 4, 3, 9, 8]);
		// Candidates 1, 2, 3 counted; 4 and 5 are left over from an earlier search, with higher scores.
		const buffer = Int32Array.from([1, 2, 3, 4, 5]);
		assert.equal(nthLargest(buffer, scores, 2, new Float64Array(1), 3).cutoff, 4);
		assert.equal(nthLargest(buffer, scores, 2, new Float64Array(1)).cutoff, 8);
		assert.equal(nthLargest(buffer, scores, 3, new Float64Array(1), 3).cutoff, 0);
	});

	test('matches noted far past the last unit with a list keep their lists and order', () => {
		// A unit choosing copies thousands of ids on, then units between them.
		const table = new MatchTable();
		table.noteChoices(0, [6000, 12_000], [0.9, 0.8]);
		table.noteChoices(3, [6000], [0.5]);
		table.noteChoices(12_000, [3], [0.4]);
		const lists: [number, number[], number[]][] = [];
		table.forEach((id, list) => lists.push([id, [...list.ids.subarray(0, list.length)], [...list.scores.subarray(0, list.length)]]));
		assert.deepEqual(lists, [
			[0, [6000, 12_000], [0.9, 0.8]],
			[6000, [0, 3], [0.9, 0.5]],
			[12_000, [0, 3], [0.8, 0.4]],
			[3, [6000, 12_000], [0.5, 0.4]],
		]);
	});

	test('choices noted in reserved room, the other side of each pair set where it was linked, give the lists of a table without room', () => {
		// Each of 12 units chooses up to 5 others, at scores that may differ from the other side's (the later one holds).
		const choices = fc.array(fc.array(fc.record({ other: fc.nat(11), score: fc.integer({ min: 1, max: 9 }) }), { maxLength: 5 }), { minLength: 12, maxLength: 12 });
		fc.assert(
			fc.property(choices, (made) => {
				const picks = made.map((list, id) => {
					const seen = new Set<number>();
					return list.filter(({ other }) => other !== id && !seen.has(other) && seen.add(other));
				});
				const capacities = new Int32Array(12);
				picks.forEach((list, id) => {
					capacities[id] += list.length;
					list.forEach(({ other }) => capacities[other]++);
				});
				const reserved = new MatchTable();
				reserved.reserve(capacities);
				const plain = new MatchTable();
				picks.forEach((list, id) => {
					for (const table of [reserved, plain]) {
						table.noteChoices(
							id,
							list.map(({ other }) => other),
							list.map(({ score }) => score / 10),
						);
					}
				});
				reserved.trim();
				const listsOf = (table: MatchTable) => {
					const lists: [number, number[], number[]][] = [];
					table.forEach((id, list) => lists.push([id, [...list.ids.subarray(0, list.length)], [...list.scores.subarray(0, list.length)]]));
					return lists;
				};
				assert.deepEqual(listsOf(reserved), listsOf(plain));
			}),
		);
	});

	test('the cut-off and ties of each copy, from one ranking of what the copies met, are those of its own search', () => {
		// Up to 30 passages met, in 6 articles, scores with many ties; 2 to 4 copies in distinct articles.
		const met = fc.array(fc.record({ article: fc.nat(5), score: fc.integer({ min: 1, max: 6 }) }), { maxLength: 30 });
		fc.assert(
			fc.property(met, fc.uniqueArray(fc.nat(5), { minLength: 2, maxLength: 4 }), fc.integer({ min: 1, max: 6 }), (passages, owns, n) => {
				const articles = passages.map(({ article }) => article);
				const scores = Float64Array.from(passages, ({ score }) => score);
				const ids = Int32Array.from(passages, (_, i) => i);
				const tally = new Int32Array(6).fill(-1);
				const plan = copyCutoffs(ids, scores, passages.length, articles, owns, n, tally);
				assert.deepEqual([...tally], [-1, -1, -1, -1, -1, -1], 'the tally is left as it was');
				owns.forEach((own, p) => {
					// As the copy's own search: its candidates are the others' passages.
					const mine = passages.filter(({ article }) => article !== own).map(({ score }) => score);
					const cutoff = mine.length <= n ? 0 : [...mine].sort((a, b) => b - a)[n - 1];
					const ties = n - mine.filter((score) => score > cutoff).length;
					assert.deepEqual([plan!.cutoffs[p], plan!.ties[p]], [cutoff, ties], `copy ${p} in article ${own}`);
				});
			}),
		);
	});
});
