import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { EdgeOrder } from '../../../src/core/compare/alignment/edgeOrder';
import { sortEdges } from '../../../src/core/compare/alignment/grouping';

/** The edges in order, as "a-b@score". */
function listed(order: EdgeOrder): string[] {
	return Array.from({ length: order.length }, (_, i) => `${order.a[i]}-${order.b[i]}@${order.scores[i]}`);
}

/** The rows sorted from scratch, as `groupClaims` sorts its edges. */
function sorted(rows: (number[] | undefined)[], ranks: number[]): string[] {
	const a: number[] = [];
	const b: number[] = [];
	const scores: number[] = [];
	rows.forEach((row, id) => {
		for (let i = 0; row && i < row.length; i += 2) {
			a.push(id);
			b.push(row[i]);
			scores.push(row[i + 1]);
		}
	});
	return sortEdges(a, b, scores, ranks).map((edge) => `${a[edge]}-${b[edge]}@${scores[edge]}`);
}

suite('The kept order of the grouping edges', () => {
	const ranks = [0, 1, 2, 3, 4, 5];

	test('an edge read again at a new score takes the place a fresh sort gives it, the others keep theirs', () => {
		const rows: (number[] | undefined)[] = [[1, 0.9, 2, 0.5], [3, 0.5], [4, 0.7], [], [5, 0.5], []];
		const order = new EdgeOrder();
		order.update(new Uint8Array(6).fill(1), [0, 1, 2, 3, 4, 5], rows, ranks);
		assert.deepEqual(listed(order), sorted(rows, ranks));
		// Unit 2's edge to 4 drops to 0.5, among ties broken by the first unit's rank; unit 0's edge to 2 goes.
		rows[2] = [4, 0.5];
		rows[0] = [1, 0.9];
		const dropped = new Uint8Array(6);
		dropped[0] = dropped[2] = 1;
		order.update(dropped, [0, 2], rows, ranks);
		assert.deepEqual(listed(order), sorted(rows, ranks));
		assert.deepEqual(listed(order), ['0-1@0.9', '1-3@0.5', '2-4@0.5', '4-5@0.5']);
	});

	test('a unit gone takes its edges along, and the edges of the units marked are read out in order', () => {
		const rows: (number[] | undefined)[] = [[1, 0.4], [2, 0.8], [3, 0.6], [], [], []];
		const order = new EdgeOrder();
		order.update(new Uint8Array(6).fill(1), [0, 1, 2], rows, ranks);
		rows[1] = undefined;
		const dropped = new Uint8Array(6);
		dropped[1] = 1;
		order.update(dropped, [], rows, ranks);
		assert.deepEqual(listed(order), ['2-3@0.6', '0-1@0.4']);
		const marked = new Uint8Array(6);
		marked[0] = 1;
		assert.deepEqual(order.of(marked).map((i) => order.a[i]), [0]);
	});

	test('after any rows read again, the order is the one a fresh sort of every row gives', () => {
		const units = 12;
		// Scores from a few values, so that ties are broken by the units' ranks.
		const row = fc.array(fc.tuple(fc.integer({ min: 0, max: units - 1 }), fc.constantFrom(0.3, 0.5, 0.5, 0.75, 0.9)), { maxLength: 4 }).map((pairs) => {
			const seen = new Set<number>();
			return pairs.filter(([other]) => !seen.has(other) && seen.add(other)).flat();
		});
		fc.assert(
			fc.property(fc.array(row, { minLength: units, maxLength: units }), fc.array(fc.array(fc.tuple(fc.integer({ min: 0, max: units - 1 }), row), { maxLength: 4 }), { maxLength: 5 }), fc.shuffledSubarray([...Array(units).keys()], { minLength: units }), (start, updates, ranks) => {
				const rows: (number[] | undefined)[] = [...start];
				const order = new EdgeOrder();
				order.update(new Uint8Array(units).fill(1), [...Array(units).keys()], rows, ranks);
				for (const update of updates) {
					const dropped = new Uint8Array(units);
					const ids = [...new Set(update.map(([id]) => id))];
					for (const [id, next] of update) {
						rows[id] = next;
						dropped[id] = 1;
					}
					order.update(dropped, ids, rows, ranks);
					assert.deepEqual(listed(order), sorted(rows, ranks));
				}
			}),
		);
	});
});

