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
});
