import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { mergeSkipping, mergeSorted } from '../../../src/core/compare/alignment/sortedMerge';

suite('Merging sorted lists', () => {
	const byKey = (x: { key: number }, y: { key: number }) => x.key - y.key;
	const sortedItems = (tag: string) => fc.array(fc.nat(20), { maxLength: 30 }).map((keys) => keys.sort((a, b) => a - b).map((key, at) => ({ key, tag: `${tag}${at}` })));

	test('a long list less some items and a short list merge as the filtered list and the short one would, kept items first among equals', () => {
		fc.assert(
			fc.property(sortedItems('k'), sortedItems('n'), fc.array(fc.boolean(), { maxLength: 30 }), (kept, added, skips) => {
				const skip = (item: { tag: string }) => skips[Number(item.tag.slice(1))] === true;
				assert.deepEqual(
					mergeSkipping(kept, skip, added, byKey),
					mergeSorted(
						kept.filter((item) => !skip(item)),
						added,
						byKey,
					),
				);
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
