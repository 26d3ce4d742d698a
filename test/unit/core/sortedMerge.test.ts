import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { mergeSkipping, mergeSorted } from '../../../src/core/compare/alignment/sortedMerge';

interface Item {
	key: number;
	tag: string;
}
const byKey = (x: { key: number }, y: { key: number }) => x.key - y.key;
/** Sorted lists of up to `maxLength` items, keys up to `maxKey`, each item tagged with its list and place ("k3"). */
const sortedItems = (tag: string, maxLength: number, maxKey: number) =>
	fc.array(fc.nat(maxKey), { maxLength }).map((keys) => keys.sort((a, b) => a - b).map((key, at): Item => ({ key, tag: `${tag}${at}` })));
/** `mergeSkipping` gives what merging the kept list less its skipped items with the new one would. */
const mergesAsFiltered = (kept: Item[], skip: (item: Item) => boolean, added: Item[]) => assert.deepEqual(mergeSkipping(kept, skip, added, byKey), mergeSorted(kept.filter((item) => !skip(item)), added, byKey));

suite('Merging sorted lists', () => {
	test('a long list less some items and a short list merge as the filtered list and the short one would, kept items first among equals', () => {
		fc.assert(
			fc.property(sortedItems('k', 30, 20), sortedItems('n', 30, 20), fc.array(fc.boolean(), { maxLength: 30 }), (kept, added, skips) => {
				mergesAsFiltered(kept, (item) => skips[Number(item.tag.slice(1))] === true, added);
			}),
			{ numRuns: 300, seed: 17 },
		);
	});

	test('an item of the short list equal to kept ones comes after them', () => {
		const kept = [{ key: 1, tag: 'a' }, { key: 2, tag: 'b' }, { key: 2, tag: 'c' }];
		assert.deepEqual(
			mergeSkipping(kept, (item) => item.tag === 'a', [{ key: 2, tag: 'new' }], byKey).map((item) => item.tag),
			['b', 'c', 'new'],
		);
	});

	test('merged into an array written over, a longer one, each item visited in the merged order', () => {
		const kept = [1, 3, 5, 7].map((key) => ({ key, tag: `k${key}` }));
		const into = Array.from({ length: 9 }, (_, key) => ({ key, tag: 'old' }));
		const visited: string[] = [];
		const merged = mergeSkipping(kept, (item) => item.key === 5, [{ key: 4, tag: 'n4' }], byKey, into, (item) => visited.push(item.tag));
		assert.equal(merged, into);
		assert.deepEqual(merged.map((item) => item.tag), ['k1', 'k3', 'n4', 'k7']);
		assert.deepEqual(visited, ['k1', 'k3', 'n4', 'k7']);
	});
});

// `mergeSkipping` finds each new item's place by galloping from the last place found: long lists
// merge as a plain merge would, and new items that stand close together cost few comparisons.
suite('Merging sorted lists by galloping', () => {
	test('long kept lists and short or long new ones merge as the filtered list and the new one would, kept items first among equals', () => {
		fc.assert(
			fc.property(sortedItems('k', 600, 400), sortedItems('n', 200, 400), fc.nat(7), (kept, added, every) => {
				mergesAsFiltered(kept, (item) => every > 0 && Number(item.tag.slice(1)) % (every + 1) === 0, added);
			}),
			{ numRuns: 200, seed: 29 },
		);
	});

	test('a run of new items between two kept ones, far into a long list, costs a few comparisons each', () => {
		// 100,000 kept items at even keys; 1,000 new items at odd keys 60,001 to 62,999, close together.
		const kept = Array.from({ length: 100_000 }, (_, at) => ({ key: 2 * at, tag: `k${at}` }));
		const added = Array.from({ length: 1_000 }, (_, at) => ({ key: 60_001 + 3 * at, tag: `n${at}` }));
		let comparisons = 0;
		const counted = (x: { key: number }, y: { key: number }) => {
			comparisons++;
			return byKey(x, y);
		};
		const merged = mergeSkipping(kept, () => false, added, counted);
		assert.equal(merged.length, 101_000);
		assert.deepEqual(merged.slice(30_000, 30_004).map((item) => item.tag), ['k30000', 'n0', 'k30001', 'k30002']);
		// Halving the rest of the list for each would take 17 comparisons per new item; galloping over the next few kept items, about five.
		assert.ok(comparisons < 8 * added.length, `${comparisons} comparisons for ${added.length} new items`);
	});
});
