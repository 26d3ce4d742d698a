import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { compareCorpus } from '../../../src/core/compare/compare';
import { comparePassageAt } from '../../../src/core/compare/lookup';
import { compareArticles } from '../../../src/core/pipeline';

const folder = join(__dirname, '..', '..', '..', 'samples', 'harbour-summit');

suite('A folder compared from scratch keeps its aligner compact', () => {
	test('after compareArticles the passages of an article are still looked up by position, as before compacting', async () => {
		const { corpus, comparison } = await compareArticles([folder]);
		const whole = compareCorpus(corpus);
		const ids = corpus.articles.map(({ parsed }) => parsed.article.id);
		const { parsed } = corpus.articles[0];
		const offset = parsed.sentences[1].start + 2;
		const strip = (found: ReturnType<typeof comparePassageAt>) => JSON.stringify(found);
		assert.equal(strip(comparePassageAt(comparison, parsed.article.id, offset, ids)), strip(comparePassageAt(whole, parsed.article.id, offset, ids)));
		assert.deepEqual(comparison.aligner.claims(), comparison.claims);
	});

	test('a compacted aligner refuses to match again or to read a similarity, instead of answering from an empty index', async () => {
		const { comparison } = await compareArticles([folder]);
		const unit = comparison.aligner.unit(0)!;
		assert.throws(() => comparison.aligner.similarity(unit, unit), /compacted/);
		assert.throws(() => comparison.aligner.nearMisses(), /compacted/);
		assert.throws(() => comparison.aligner.addArticles([]), /compacted/);
	});

	test('a compacted aligner keeps no passage\'s features or names\' keys, which only matching and judging read', async () => {
		const { comparison } = await compareArticles([folder]);
		const units = comparison.claims.flatMap((claim) => claim.members.map((member) => comparison.unitOf(member)));
		assert.ok(units.length > 10, `passages of the sample's claims: ${units.length}`);
		assert.deepEqual(units.filter((unit) => unit.features.size > 0 || unit.entities.size > 0).length, 0);
	});
});
