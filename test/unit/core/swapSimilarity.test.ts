import * as assert from 'node:assert/strict';
import { analyzeCorpus } from '../../../src/core/analyze';
import { Aligner } from '../../../src/core/compare/aligner';
import { bandOf } from '../../../src/core/compare/alignment/bands';
import { alignCorpus } from '../../../src/core/compare/compare';
import type { CompareContext } from '../../../src/core/compare/context';
import { SwapFinder } from '../../../src/core/compare/discrepancies/swaps';

/**
 * A folder where a name met once ("Brennick", a person for the name finder) stands where another
 * outlet names a place: a swap only in passages alike enough, which the comparison is asked.
 */
function retypedPair() {
	const texts = [
		'The harbour treaty was signed on Tuesday by Brennick, minister Ada Ross said on the radio.',
		'The harbour treaty was signed on Tuesday in Port Halden, minister Ola Vey said on the radio.',
		'Port Halden is the city where Ada Ross and Ola Vey first met.',
	];
	const corpus = analyzeCorpus(texts.map((text, n) => ({ id: `a${n + 1}`, path: `a${n + 1}.txt`, text })));
	const context = alignCorpus(corpus, new Aligner());
	const claim = context.claims.find((candidate) => candidate.members.length === 2)!;
	return { context, units: claim.members.map((member) => context.unitOf(member)) };
}

/** The comparison with its aligner telling the passages `similarity` alike (as a value, or as a band among thresholds). */
function alike(context: CompareContext, similarity: () => number): CompareContext {
	const aligner = new Proxy(context.aligner, {
		get: (target, property) => {
			if (property === 'similarity') {
				return similarity;
			}
			if (property === 'similarityBand') {
				return (_a: unknown, _b: unknown, thresholds: readonly number[]) => bandOf(similarity(), thresholds);
			}
			const value = Reflect.get(target, property) as unknown;
			return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
		},
	});
	return { ...context, aligner };
}

suite('the name-swap finder reads how alike two passages are through the comparison under way', () => {
	test('a swap of a name met once for another of another type is found in alike passages, not in passages far apart', () => {
		const { context, units } = retypedPair();
		assert.deepEqual([...new SwapFinder(alike(context, () => 0.4)).findSwaps(units).keys()], ['brennick↔port halden']);
		assert.deepEqual([...new SwapFinder(alike(context, () => 0.1)).findSwaps(units).keys()], []);
	});

	test('the editor\'s finder, which outlives a comparison, answers again when an edit moved the passages across a threshold', () => {
		const { context, units } = retypedPair();
		let similarity = 0.4;
		const asked: number[] = [];
		const comparison = alike(context, () => (asked.push(similarity), similarity));
		const finder = new SwapFinder(comparison);
		assert.deepEqual([...finder.findSwaps(units, comparison).keys()], ['brennick↔port halden']);
		similarity = 0.1;
		assert.deepEqual([...finder.findSwaps(units, comparison).keys()], []);
		// Within one band the remembered answer stands, yet the similarity is read, so the editor notes it.
		similarity = 0.05;
		const before = asked.length;
		assert.deepEqual([...finder.findSwaps(units, comparison).keys()], []);
		assert.equal(asked.length, before + 1);
	});
});
