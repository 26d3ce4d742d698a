import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { byPlace, type Placed, sortByPlace } from '../../../src/core/compare/alignment/placeOrder';

// The regrouping sorts the pairs it read again run by run (one run per first unit, sharing the
// place of that unit's list): the order must be the stable sort by place, whatever the runs.

suite('Pairs read again sorted by place, run by run', () => {
	/** Runs of pairs, one per unit: each unit's list placed at `first` (drawn from a few, so that two runs may share one), its pairs at small places. */
	const runs = fc.array(fc.record({ first: fc.constantFrom(3, 8, 15, 21, 40, Infinity), seconds: fc.array(fc.nat(6), { minLength: 1, maxLength: 8 }) }), { maxLength: 12 });

	test('gives what a stable sort of all the pairs by place gives', () => {
		fc.assert(
			fc.property(runs, fc.boolean(), (drawn, repeatUnit) => {
				const pairs: (Placed & { tag: string })[] = drawn.flatMap(({ first, seconds }, unit) =>
					// A unit may come back in a later run (as if read twice): its place is its first run's.
					seconds.map((second, at) => ({ a: repeatUnit && unit === drawn.length - 1 && unit > 0 ? 0 : unit, first: repeatUnit && unit === drawn.length - 1 && unit > 0 ? drawn[0].first : first, second, tag: `${unit}.${at}` })),
				);
				const expected = [...pairs].sort(byPlace).map((pair) => pair.tag);
				sortByPlace(pairs);
				assert.deepEqual(
					pairs.map((pair) => pair.tag),
					expected,
				);
			}),
			{ numRuns: 400, seed: 41 },
		);
	});

	test('runs of units whose lists stand at distinct places come in the order of those places, each run in the order of its pairs', () => {
		const pairs: (Placed & { tag: string })[] = [
			{ a: 7, first: 70, second: 2, tag: 'u7 second' },
			{ a: 7, first: 70, second: 1, tag: 'u7 first' },
			{ a: 3, first: 30, second: 5, tag: 'u3' },
		];
		sortByPlace(pairs);
		assert.deepEqual(
			pairs.map((pair) => pair.tag),
			['u3', 'u7 first', 'u7 second'],
		);
	});
});
