import * as assert from 'node:assert/strict';
import { analyzeArticle, combineAnalyses } from '../../../src/core/analyze';
import { Aligner } from '../../../src/core/compare/aligner';
import { coarseCount, lengthClass, rarityWeight } from '../../../src/core/compare/alignment/rarity';
import { alignCorpus } from '../../../src/core/compare/compare';

suite('How rare a feature is, as weights read it', () => {
	test('a count up to 16 is read exactly: three passages against four weigh apart', () => {
		for (let count = 1; count <= 16; count++) {
			assert.equal(coarseCount(count), count);
		}
		assert.notEqual(rarityWeight(4000, 3, 1), rarityWeight(4000, 4, 1));
	});

	test('above 16, a count is read in steps of about 4%: 41 passages weigh as 40 do, never more than the count says', () => {
		assert.equal(coarseCount(41), coarseCount(40));
		assert.equal(rarityWeight(4000, 41, 1), rarityWeight(4000, 40, 1));
		let previous = 0;
		for (let count = 17; count <= 5000; count++) {
			const coarse = coarseCount(count);
			assert.ok(coarse <= count && coarse > count / 2 ** (1 / 16) - 1e-9, `${count} read as ${coarse}`);
			assert.ok(coarse >= previous, `${count} read as less than ${count - 1}`);
			previous = coarse;
		}
	});

	test('a list of one passage, and a list over the search bound, are each a class of its own', () => {
		assert.notEqual(lengthClass(1), lengthClass(2));
		assert.notEqual(lengthClass(128), lengthClass(129));
		assert.equal(lengthClass(0), lengthClass(1));
	});
});

suite('An edit that leaves a frequent word as rare as before', () => {
	// Forty outlets with one sentence about the harbour each, and one sentence of their own.
	const articles = Array.from({ length: 40 }, (_, i) =>
		analyzeArticle({
			id: `o${i}`,
			path: `/f/o${i}.txt`,
			text: `Outlet ${i}\n\nThe harbour board met on Monday to discuss the new berths for grain ships.\n\nCrew member ${i} painted hull number ${i + 7} in bright green.\n`,
		}),
	);

	test('changes the weights of no passage but its own: the other outlets are not aligned again for it', () => {
		const aligner = new Aligner({ incremental: true });
		alignCorpus(combineAnalyses(articles), aligner);
		const edited = [...articles];
		const { id, path, text } = articles[0].parsed.article;
		// "harbour" goes from 40 passages to 41: the same step, the same weight.
		edited[0] = analyzeArticle({ id, path, text: text.replace('painted hull', 'painted the harbour hull') });
		alignCorpus(combineAnalyses(edited), aligner);
		const changed = [...aligner.changedUnits()].map((unit) => `${unit.article}:${unit.index}`);
		assert.deepEqual(
			changed.filter((unit) => !unit.startsWith('o0:')),
			[],
			'passages of other articles whose weights moved',
		);
		assert.ok(changed.length > 0, 'the edited sentence itself is new');
	});
});
