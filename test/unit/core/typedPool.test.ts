import * as assert from 'node:assert/strict';
import { FeatureIndex } from '../../../src/core/compare/alignment/featureIndex';
import { TypedPool } from '../../../src/core/compare/alignment/typedPool';
import { VectorSpace } from '../../../src/core/compare/alignment/vectors';
import type { Unit } from '../../../src/core/compare/units';

suite('typed arrays cut from shared blocks', () => {
	test('arrays cut one after another never share a place, within a block and across blocks', () => {
		const pool = new TypedPool(4);
		const first = pool.ints(3);
		const second = pool.ints(2);
		const third = pool.ints(1);
		first.fill(1);
		second.fill(2);
		third.fill(3);
		assert.deepEqual([...first, ...second, ...third], [1, 1, 1, 2, 2, 3]);
		assert.notEqual(second.buffer, first.buffer, 'two numbers do not fit in the place left after three of four: a new block');
		assert.equal(third.buffer, second.buffer, 'one number fits after two: the same block');
	});

	test('an array longer than a block gets a block of its own, zeroed', () => {
		const pool = new TypedPool(4);
		const floats = pool.floats(10);
		assert.equal(floats.length, 10);
		assert.deepEqual([...floats], new Array(10).fill(0));
		const next = pool.floats(2);
		next.fill(0.5);
		assert.deepEqual([...floats], new Array(10).fill(0), 'the next array does not overlap the long one');
	});

	test('two passages weighed from pooled arrays keep their own weights', () => {
		const passage = (article: string, words: string[]): Unit => ({
			article,
			kind: 'sentence',
			index: 0,
			start: 0,
			end: 10,
			tokens: [],
			features: new Map(words.map((word) => [`w:${word}`, 1])),
			entities: new Set(),
			names: [],
			figures: [],
			stamp: false,
		});
		const index = new FeatureIndex();
		const space = new VectorSpace(index);
		index.add(0, passage('a', ['ferry', 'strike', 'port']), [0, 1, 2]);
		index.add(1, passage('b', ['ferry', 'strike', 'dock']), [0, 1, 2]);
		index.add(2, passage('c', ['grain']), [0, 1, 2]);
		const [a, b, c] = [space.vector(0), space.vector(1), space.vector(2)];
		assert.deepEqual([a.ids.length, b.ids.length, c.ids.length], [3, 3, 1]);
		// Three passages: "ferry" and "strike" in two weigh log(1 + 3/2); "port", "dock" and "grain" in one, log(1 + 3).
		const [shared, own] = [Math.log(1 + 3 / 2), Math.log(1 + 3)];
		assert.deepEqual([...a.weights], [shared, shared, own]);
		assert.deepEqual([...b.weights], [shared, shared, own]);
		assert.deepEqual([...c.weights], [own]);
		const expected = (2 * shared * shared) / (2 * shared * shared + own * own);
		assert.equal(Math.abs(space.cosine(a, b) - expected) < 1e-12, true, `cosine ${space.cosine(a, b)}, expected ${expected}`);
	});
});
