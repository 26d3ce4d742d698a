import * as assert from 'node:assert/strict';
import { FeatureIndex } from '../../../src/core/compare/alignment/featureIndex';
import { CandidateSearch } from '../../../src/core/compare/alignment/search';
import { VectorSpace } from '../../../src/core/compare/alignment/vectors';
import type { Unit, UnitKind } from '../../../src/core/compare/units';

/** A passage of an article with a feature table (the verbatim copies of a passage share theirs). */
function unit(article: string, kind: UnitKind, features: Map<string, number>): Unit {
	return { article, kind, index: 0, start: 0, end: 10, tokens: [], features, entities: new Set(), names: [], figures: [], stamp: false };
}

suite('the aligner reads a copied passage once', () => {
	test('copies of a passage share their numbered features and their vector', () => {
		const features = new Map([
			['w:rower', 1],
			['w:coach', 2],
		]);
		const index = new FeatureIndex();
		const space = new VectorSpace(index);
		index.add(0, unit('a', 'sentence', features), [0, 1]);
		index.add(1, unit('b', 'sentence', features), [0, 1]);
		assert.equal(index.unitFeatures[1], index.unitFeatures[0]);
		assert.equal(space.vector(1), space.vector(0));
	});

	test('a shared feature table is remembered while one of its passages is held, and let go with the last', () => {
		const features = new Map([['w:rower', 1]]);
		const [a, b] = [unit('a', 'sentence', features), unit('b', 'sentence', features)];
		const index = new FeatureIndex();
		index.add(0, a, [0, 1]);
		index.add(1, b, [0, 1]);
		const numbered = index.unitFeatures[1];
		index.remove(0, a);
		assert.equal(index.featuresOf(b), numbered);
		index.remove(1, b);
		assert.notEqual(index.featuresOf(b), numbered);
	});

	test('a quote and a sentence with one feature table are numbered each for its kind', () => {
		const features = new Map([['w:rower', 1]]);
		const index = new FeatureIndex();
		const sentence = index.featuresOf(unit('a', 'sentence', features));
		const quote = index.featuresOf(unit('b', 'quote', features));
		assert.notEqual(quote.ids[0], sentence.ids[0]);
		assert.equal(index.featureId('quote', 'w:rower'), quote.ids[0]);
	});

	test('a vector read after the weights changed is built again', () => {
		const features = new Map([['w:rower', 1]]);
		const index = new FeatureIndex();
		const space = new VectorSpace(index);
		index.add(0, unit('a', 'sentence', features), [0, 1, 2]);
		index.add(1, unit('b', 'sentence', new Map([['w:coach', 1]])), [0, 1, 2]);
		const before = space.vector(0).weights[0];
		index.add(2, unit('c', 'sentence', features), [0, 1, 2]);
		space.clear();
		assert.ok(space.vector(2).weights[0] < before, `${space.vector(2).weights[0]} against ${before}`);
		assert.equal(space.vector(0), space.vector(2));
	});

	test('passages searched together with their copies find what each finds searched alone', () => {
		// Three outlets, each in two files: the copies of an outlet's passages share one feature table.
		const tables = [
			['w:rower', 'w:coach', 'w:monday', 'w:harbour'],
			['w:rower', 'w:coach', 'w:tuesday', 'w:club'],
			['w:coach', 'w:harbour', 'w:club', 'w:named'],
			['w:rower', 'w:monday', 'w:named', 'w:dawn'],
		].map((words) => new Map(words.map((word) => [word, 1])));
		const outlets = [[tables[0], tables[3]], [tables[1], tables[2]], [tables[0], tables[2]]];
		const units: Unit[] = [];
		const unitArticles: number[] = [];
		const ranks: number[] = [];
		outlets.forEach((passages, outlet) => {
			for (const copy of [0, 1]) {
				const article = outlet * 2 + copy;
				for (const features of passages) {
					ranks.push(units.length);
					unitArticles.push(article);
					units.push(unit(`a${article}`, 'sentence', features));
				}
			}
		});
		const index = new FeatureIndex();
		units.forEach((passage, id) => index.add(id, passage, ranks));
		const search = new CandidateSearch({ units, unitArticles, ranks, articleCount: () => 6 }, index, new VectorSpace(index));
		const ids = units.map((_, id) => id);
		const alone = ids.map((id) => search.search(id, false));
		assert.ok(alone.some(({ chosen }) => chosen.length > 1), 'the passages find matches');
		const together = search.searchAll(ids);
		const unpacked = ids.map((_, at) => {
			const [from, to] = [together.starts[at], together.starts[at + 1]];
			return { chosen: [...together.chosen.subarray(from, to)], scores: [...together.scores.subarray(from, to)] };
		});
		assert.deepEqual(unpacked, alone.map(({ chosen, scores }) => ({ chosen, scores })));
	});
});
