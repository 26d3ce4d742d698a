import * as assert from 'node:assert/strict';
import { diffArrays } from 'diff';
import { diffNumbers, numbered, PartKind } from '../../../src/core/compare/myersDiff';

/** A diff as text: `=2 -1 +1 =3` (kept, removed, added, with counts). */
function ours(a: number[], b: number[]): string {
	const { kinds, counts } = diffNumbers(a, b);
	return kinds.map((kind, i) => `${kind === PartKind.Added ? '+' : kind === PartKind.Removed ? '-' : '='}${counts[i]}`).join(' ');
}

function theirs(a: number[], b: number[]): string {
	return diffArrays(a, b)
		.map((part) => `${part.added ? '+' : part.removed ? '-' : '='}${part.count}`)
		.join(' ');
}

/** A small deterministic generator, so a failure can be replayed. */
function generator(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state * 1103515245 + 12345) & 0x7fffffff;
		return state / 0x7fffffff;
	};
}

suite('diffNumbers (the package diff on numbers)', () => {
	test('a replaced word between shared stretches is one removal and one addition', () => {
		// "we should act now" / "we must act now"
		assert.equal(ours([0, 1, 2, 3], [0, 4, 2, 3]), '=1 -1 +1 =2');
		assert.equal(ours([], []), '');
		assert.equal(ours([1, 2], []), '-2');
		assert.equal(ours([], [1, 2]), '+2');
	});

	test('where two diffs are equally short, it picks the one the package picks', () => {
		// "a b a" / "b a b": several shortest edit scripts; the package's choice between an
		// insertion and a deletion decides which.
		for (const [a, b] of [
			[[0, 1, 0], [1, 0, 1]],
			[[0, 1, 2, 0, 1], [1, 0, 2, 1, 0]],
			[[3, 3, 1], [1, 3, 3]],
			// "x x y" / "x x x": the removal is written before the addition.
			[[0, 0, 1], [0, 0, 0]],
			[[1, 0, 1], [0, 0, 0]],
		]) {
			assert.equal(ours(a, b), theirs(a, b));
		}
	});

	test('gives the package parts on thousands of random sequences, near copies and unrelated', () => {
		const random = generator(7);
		for (let trial = 0; trial < 20000; trial++) {
			const letters = 1 + Math.floor(random() * (trial % 2 === 0 ? 5 : 40));
			const length = Math.floor(random() * (trial % 3 === 0 ? 60 : 12));
			const a = Array.from({ length }, () => Math.floor(random() * letters));
			const b =
				random() < 0.5
					? a.map((item) => (random() < 0.2 ? Math.floor(random() * letters) : item)).filter(() => random() < 0.9)
					: Array.from({ length: Math.floor(random() * 12) }, () => Math.floor(random() * letters));
			assert.equal(ours(a, b), theirs(a, b), `${a.join(',')} / ${b.join(',')}`);
		}
	});

	test('numbers equal words alike across both sequences', () => {
		const [a, b] = numbered(['the', 'cat', 'saw', 'the', 'dog'], ['the', 'dog']);
		assert.deepEqual([...a], [0, 1, 2, 0, 3]);
		assert.deepEqual([...b], [0, 3]);
	});
});
