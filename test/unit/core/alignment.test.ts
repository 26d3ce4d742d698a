import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { BestScores } from '../../../src/core/compare/alignment/bestScores';
import { FolderOrder } from '../../../src/core/compare/alignment/folderOrder';
import { MatchTable } from '../../../src/core/compare/alignment/matchTable';
import { kthSmallest, nthLargest } from '../../../src/core/compare/alignment/selection';

/** A match table's lists as plain data, in the order it visits them. */
function listsOf(table: MatchTable): [number, number[], number[]][] {
	const lists: [number, number[], number[]][] = [];
	table.forEach((id, list) => lists.push([id, [...list.ids.subarray(0, list.length)], [...list.scores.subarray(0, list.length)]]));
	return lists;
}

const operation = fc.oneof(
	fc.record({ kind: fc.constant('note' as const), from: fc.nat(12), to: fc.nat(12), score: fc.double({ min: 0.12, max: 1, noNaN: true }) }),
	fc.record({ kind: fc.constant('unnote' as const), from: fc.nat(12), to: fc.nat(12) }),
	fc.record({ kind: fc.constant('delete' as const), id: fc.nat(12) }),
	fc.record({ kind: fc.constant('trim' as const) }),
);

suite('alignment modules', () => {
	test('the cut-off is the n-th largest score, ties and all, as a sort gives it', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 1, max: 6 }), { maxLength: 80 }), fc.integer({ min: 1, max: 40 }), (values, n) => {
				const scores = Float64Array.from(values);
				const candidates = values.map((_, i) => i);
				const sorted = [...values].sort((a, b) => b - a);
				const expected = values.length <= n ? 0 : sorted[n - 1];
				assert.equal(nthLargest(candidates, scores, n, new Float64Array(2)).cutoff, expected);
			}),
		);
		assert.equal(kthSmallest(Float64Array.from([5, 1, 3, 3, 9]), 2), 3);
		assert.equal(kthSmallest(Float64Array.from([5, 1, 3, 3, 9]), 4), 9);
	});

	test('the match table keeps the lists and their order as a Map of lists does', () => {
		fc.assert(
			fc.property(fc.array(operation, { maxLength: 120 }), (operations) => {
				const table = new MatchTable();
				const model = new Map<number, { ids: number[]; scores: number[] }>();
				for (const op of operations) {
					if (op.kind === 'note') {
						table.note(op.from, op.to, op.score);
						const list = model.get(op.from) ?? { ids: [], scores: [] };
						model.set(op.from, list);
						const at = list.ids.indexOf(op.to);
						if (at >= 0) {
							list.scores[at] = op.score;
						} else {
							list.ids.push(op.to);
							list.scores.push(op.score);
						}
					} else if (op.kind === 'unnote') {
						table.unnote(op.from, op.to);
						const list = model.get(op.from);
						const at = list?.ids.indexOf(op.to) ?? -1;
						if (at >= 0) {
							list!.ids.splice(at, 1);
							list!.scores.splice(at, 1);
						}
					} else if (op.kind === 'delete') {
						table.delete(op.id);
						model.delete(op.id);
					} else {
						table.trim();
					}
				}
				assert.deepEqual(
					listsOf(table),
					[...model].map(([id, list]) => [id, list.ids, list.scores]),
				);
			}),
		);
	});

	test('noting a search’s choices at once gives what noting each pair on both sides gives', () => {
		const symmetric = fc.oneof(
			fc.record({ kind: fc.constant('choices' as const), id: fc.nat(10), others: fc.uniqueArray(fc.nat(10), { maxLength: 6 }), score: fc.double({ min: 0.12, max: 1, noNaN: true }) }),
			fc.record({ kind: fc.constant('drop' as const), from: fc.nat(10), to: fc.nat(10) }),
			fc.record({ kind: fc.constant('delete' as const), id: fc.nat(10) }),
		);
		fc.assert(
			fc.property(fc.array(symmetric, { maxLength: 60 }), (operations) => {
				const table = new MatchTable();
				const model = new MatchTable();
				for (const op of operations) {
					if (op.kind === 'choices') {
						const others = op.others.filter((other) => other !== op.id);
						const scores = others.map((_, i) => op.score / (i + 1));
						table.noteChoices(op.id, others, scores);
						others.forEach((other, i) => {
							model.note(op.id, other, scores[i]);
							model.note(other, op.id, scores[i]);
						});
					} else if (op.kind === 'drop') {
						for (const each of [table, model]) {
							each.unnote(op.from, op.to);
							each.unnote(op.to, op.from);
						}
					} else {
						table.deleteUnit(op.id);
						model.deleteUnit(op.id);
					}
				}
				assert.deepEqual(listsOf(table), listsOf(model));
			}),
		);
	});

	test('a unit’s best score in an article is the highest of its matches there, whatever other units score', () => {
		const table = new MatchTable();
		// Units 0 and 1 in article 0; 2 and 3 in article 1; 4 in article 2. Matches are noted both ways, as the aligner keeps them.
		const articleOf = [0, 0, 1, 1, 2];
		const match = (a: number, b: number, score: number) => (table.note(a, b, score), table.note(b, a, score));
		match(0, 2, 0.41);
		match(0, 3, 0.66);
		match(0, 4, 0.3);
		match(1, 2, 0.9);
		const best = new BestScores(table, [[0, 1], [2, 3], [4]], articleOf, 3);
		// Unit 0's matches, in order: 2 (0.41), 3 (0.66), 4 (0.3).
		assert.equal(best.isBestOf(0, 1), true, '0.66 is unit 0’s best in article 1');
		assert.equal(best.isBestOf(0, 0), false, '0.41 is not');
		assert.equal(best.isBestOf(0, 2), true);
		assert.equal(best.isBestOf(1, 0), true);
		assert.equal(best.isBestFor(0, 1), true, 'unit 0 is unit 3’s best in article 0');
		assert.equal(best.isBestFor(0, 0), false, 'unit 2 scores unit 1 higher than unit 0 in article 0');
		assert.equal(best.isBestFor(1, 0), true);
		// Unit 2's matches, in order: 0 (0.41), 1 (0.9).
		assert.equal(best.isBestOf(2, 0), false);
		assert.equal(best.isBestOf(2, 1), true);
	});

	test('the folder order ranks the articles named first, the others after in the order they came', () => {
		const order = new FolderOrder();
		assert.equal(order.rank('later', 2), 2, 'the first article met takes place 0');
		order.set(['b', 'a'], ['later']);
		assert.equal(order.positionOf('b'), 0);
		assert.equal(order.positionOf('a'), 1);
		assert.equal(order.positionOf('later'), 2);
		assert.equal(order.rank('a', 3), 1048576 + 3);
		assert.equal(order.positionOf('new'), 3);
		assert.deepEqual(order.sorted(['new', 'a', 'later', 'b']), ['b', 'a', 'later', 'new']);
	});
});
