import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { generateCluster } from '../../../scripts/generateCluster';
import { analyzeArticle, combineAnalyses } from '../../../src/core/analyze';
import { Aligner } from '../../../src/core/compare/aligner';
import { AskedIndex } from '../../../src/core/compare/alignment/askedIndex';
import { unitsToSearch } from '../../../src/core/compare/alignment/edits';
import { FeatureIndex } from '../../../src/core/compare/alignment/featureIndex';
import { rarestLists } from '../../../src/core/compare/alignment/partialScores';
import { CandidateSearch } from '../../../src/core/compare/alignment/search';
import { VectorSpace } from '../../../src/core/compare/alignment/vectors';
import { alignCorpus } from '../../../src/core/compare/compare';
import type { Unit } from '../../../src/core/compare/units';
import type { ArticleAnalysis } from '../../../src/core/types';

/** An aligner's claims and near misses as plain data. */
function aligned(articles: ArticleAnalysis[], aligner: Aligner) {
	const { claims } = alignCorpus(combineAnalyses(articles), aligner);
	const nearMisses = aligner.nearMisses().map(({ a, b, ...rest }) => ({ a: `${a.article}:${a.kind}:${a.index}`, b: `${b.article}:${b.kind}:${b.index}`, ...rest }));
	return { claims, nearMisses };
}

/**
 * A figure changed, a word typed, a sentence's words swapped for those of another article's
 * sentence, a word moved from one sentence to another (as many passages have it as before: only
 * the two sentences changed).
 */
const edit = fc.oneof(
	fc.record({ kind: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
	fc.record({ kind: fc.constant('digit' as const), at: fc.nat() }),
	fc.record({ kind: fc.constant('type' as const), at: fc.nat(), word: fc.constantFrom(' cargo', ' quietly', ' berths', ' Kastrel') }),
	fc.record({ kind: fc.constant('borrow' as const), at: fc.nat(), from: fc.nat() }),
);

suite('The editor aligner', () => {
	// A folder of 80 outlets telling one story: each passage meets far more than the 32 candidates
	// scored exactly, and many words stand in more than 128 passages (some passages have no rarer
	// word: their searches read only the newest entries of their rarest lists), so the cut-offs are read.
	const start = generateCluster(80, 21).map((article, index) => analyzeArticle({ id: `g${index}`, ...article }));

	test('after edits that leave every word as frequent, matches as a fresh aligner does', () => {
		fc.assert(
			fc.property(fc.array(fc.record({ article: fc.nat(), change: edit }), { minLength: 1, maxLength: 3 }), (edits) => {
				const aligner = new Aligner({ incremental: true });
				aligned(start, aligner);
				const current = [...start];
				for (const { article, change } of edits) {
					const index = article % current.length;
					const { id, path, text } = current[index].parsed.article;
					const sentences = [...text.matchAll(/[^.\n]+\./g)];
					const pick = <T>(items: T[]) => items[change.at % items.length];
					let next = text;
					if (change.kind === 'digit') {
						const place = pick([...text.matchAll(/\d/g)]);
						next = place ? text.slice(0, place.index) + String((Number(place[0]) + 3) % 10) + text.slice(place.index! + 1) : text;
					} else if (change.kind === 'type') {
						const place = pick([...text.matchAll(/ /g)]);
						next = place ? text.slice(0, place.index) + change.word + text.slice(place.index) : text;
					} else if (change.kind === 'move') {
						const from = pick(sentences);
						const to = sentences[change.to % sentences.length];
						const word = from?.[0].match(/ [a-z]{4,}/);
						if (from && to && word && from !== to) {
							const cut = from[0].replace(word[0], '');
							const added = to[0].replace(/\.$/, `${word[0]}.`);
							const [first, second] = from.index! < to.index! ? [{ at: from, with: cut }, { at: to, with: added }] : [{ at: to, with: added }, { at: from, with: cut }];
							next = text.slice(0, first.at.index) + first.with + text.slice(first.at.index! + first.at[0].length, second.at.index) + second.with + text.slice(second.at.index! + second.at[0].length);
						}
					} else {
						const other = current[change.from % current.length].parsed.article.text;
						const borrowed = pick([...other.matchAll(/[^.\n]+\./g)]);
						const place = pick(sentences);
						next = place && borrowed ? text.slice(0, place.index) + borrowed[0] + text.slice(place.index! + place[0].length) : text;
					}
					current[index] = analyzeArticle({ id, path, text: next });
					assert.deepEqual(aligned(current, aligner), aligned(current, new Aligner()));
				}
			}),
			{ numRuns: 6, seed: 17 },
		);
	});
});

suite('A new passage reaching an old search', () => {
	/** Units of invented sentences, by their words: only kind and features are read here. */
	const unit = (article: string, ...words: string[]) => ({ article, kind: 'sentence', features: new Map(words.map((word) => [`w:${word}`, 1])) }) as unknown as Unit;
	const setUp = (units: Unit[], articles: number[]) => {
		const index = new FeatureIndex();
		const ranks = units.map((_, i) => i);
		units.forEach((one, id) => index.add(id, one, ranks));
		const table = { units, unitArticles: articles, ranks, articleCount: () => Math.max(...articles) + 1 };
		return { index, search: new CandidateSearch(table, index, new VectorSpace(index)) };
	};

	test('flags an old passage of another article whose last cut-off the new one reaches, and not one whose cut-off it stays below', () => {
		// 0: "port strike" (article 0); 1: "port harbour" (article 0); 2: the new "port strike" (article 1).
		const units = [unit('a', 'port', 'strike'), unit('a', 'port', 'harbour'), unit('b', 'port', 'strike')];
		const { index, search } = setUp(units, [0, 0, 1]);
		const squared = (word: string) => index.weight(index.featureId('sentence', `w:${word}`)) ** 2;
		const reached = (cutoffs: number[]) => {
			const flagged: number[] = [];
			search.reachedBy([2], cutoffs, (id) => flagged.push(id));
			return flagged.sort();
		};
		const shared = squared('port') + squared('strike');
		assert.deepEqual(reached([shared, shared, 0]), [0]);
		assert.deepEqual(reached([shared + 0.5, squared('port'), 0]), [1]);
		assert.deepEqual(reached([0, 0, 0]), [0, 1]);
	});

	test('never flags a passage of the new one’s own article', () => {
		const units = [unit('a', 'port', 'strike'), unit('a', 'port', 'strike', 'quay')];
		const { search } = setUp(units, [0, 0]);
		const flagged: number[] = [];
		search.reachedBy([1], [0, 0], (id) => flagged.push(id));
		assert.deepEqual(flagged, []);
	});
});

suite('A search short of rare words, after an edit', () => {
	// Unit 0 (article a) read only the newest entries of list 7 (weight 2); units 1-5 are of article b.
	const units = ['a', 'b', 'b', 'b', 'b', 'b'].map((article) => ({ article }) as unknown as Unit);
	const searchAgain = (before: number[], after: number[], added: number[], removed: number[], cutoff: number) =>
		unitsToSearch(
			{ units, added, removed, features: new Set(), recounted: new Map(), moved: new Map([[7, before]]), postings: Object.assign([], { 7: [0, ...after] }), kindsChanged: [] },
			{ touched: [], flags: new Uint8Array(units.length) },
			{ asked: new AskedIndex(), rarest: [[7]], cutoffs: [cutoff], weight: () => 2, reachedBy: () => undefined },
		);

	test('is searched again when a new passage takes an old one’s place among the entries it read at a partial score at its cut-off', () => {
		assert.deepEqual(searchAgain([0, 1, 3, 2], [1, 5, 2], [5], [3], 4), [0]);
	});

	test('is not searched again when the new passage scores below its cut-off', () => {
		assert.deepEqual(searchAgain([0, 1, 3, 2], [1, 5, 2], [5], [3], 4.5), []);
	});

	test('is searched again when an old passage comes among the entries it read', () => {
		assert.deepEqual(searchAgain([0, 1, 3, 2], [1, 2, 4], [], [3], 100), [0]);
	});
});

suite('The lists a search short of rare words reads', () => {
	test('are its three shortest, of two as long the one it holds first', () => {
		const postings = Object.assign([], { 1: new Array(300), 2: new Array(140), 3: new Array(900), 4: new Array(140), 5: new Array(170) });
		assert.deepEqual(rarestLists([1, 2, 3, 4, 5], postings), [2, 4, 5]);
		assert.deepEqual(rarestLists([1, 3, 4, 2], postings), [4, 2, 1]);
		assert.deepEqual(rarestLists([3, 1], postings), [1, 3]);
	});

	test('read two lengths of one step (as weights read them) as one length, so that one entry more or less changes nothing', () => {
		// 900 and 910 entries weigh the same (one step of 4.4%); 140 is shorter by many steps.
		const postings = Object.assign([], { 1: new Array(910), 2: new Array(900), 3: new Array(140), 4: new Array(905) });
		assert.deepEqual(rarestLists([1, 2, 3, 4], postings), [3, 1, 2]);
		const oneMore = Object.assign([], postings, { 2: new Array(901) });
		assert.deepEqual(rarestLists([1, 2, 3, 4], oneMore), [3, 1, 2]);
	});
});

suite('A search short of rare words, after a list it holds grew or shrank', () => {
	// Unit 0 (article a) holds features 7, 8, 9 and 10 and read the newest entries of 7, 8 and 9, of
	// 200 entries each; units 1-399 are of article b. Feature 10 holds unit 0 and the units from 100.
	const units = Array.from({ length: 400 }, (_, id) => ({ article: id === 0 ? 'a' : 'b' }) as unknown as Unit);
	const range = (from: number, to: number) => Array.from({ length: to - from }, (_, at) => from + at);
	const lists = { 7: [0, ...range(1, 200)], 8: [0, ...range(1, 200)], 9: [0, ...range(1, 200)], 10: [0, ...range(100, 400)] };
	const searchAgain = (recounted: Map<number, number[]>, postings: Record<number, number[]>) =>
		unitsToSearch(
			{ units, added: [], removed: [], features: new Set(), recounted, moved: new Map(), postings: Object.assign([], lists, postings), kindsChanged: [] },
			{ touched: [], flags: new Uint8Array(units.length) },
			{ asked: new AskedIndex(), rarest: [[7, 8, 9]], cutoffs: [1], weight: () => 2, reachedBy: () => undefined },
		);

	test('is not searched again when a list it did not read lost an entry and is still longer than those it read', () => {
		assert.deepEqual(searchAgain(new Map([[10, lists[10].slice(-128)]]), { 10: lists[10].filter((id) => id !== 150) }), []);
	});

	test('is not searched again when a list it read lost an entry older than the newest it read', () => {
		assert.deepEqual(searchAgain(new Map([[7, lists[7].slice(-128)]]), { 7: lists[7].filter((id) => id !== 5) }), []);
	});

	test('is searched again when a list it read lost one of the newest entries it read', () => {
		assert.deepEqual(searchAgain(new Map([[7, lists[7].slice(-128)]]), { 7: lists[7].filter((id) => id !== 150) }), [0]);
	});
});

suite('The searches that scored a passage', () => {
	test('are the units whose last list holds it, each once, in the order of their ids', () => {
		const asked = new AskedIndex();
		asked.set(5, [2]);
		asked.set(4, [1, 2]);
		asked.set(7, [3]);
		assert.deepEqual(asked.askersOf([2, 1], (id) => id === 1 || id === 2), [4, 5]);
	});

	test('leave out a unit whose list no longer holds it, and count one that took it again once', () => {
		const asked = new AskedIndex();
		asked.set(4, [1, 2]);
		asked.set(6, [2]);
		asked.set(4, [1]);
		assert.deepEqual(asked.askersOf([2], (id) => id === 2), [6]);
		asked.set(6, [3]);
		asked.set(6, [2, 3]);
		asked.set(8, [2]);
		asked.set(8, undefined);
		assert.deepEqual(asked.askersOf([2], (id) => id === 2), [6]);
		assert.deepEqual(asked.askersOf([3], (id) => id === 3), [6]);
	});

	test('keep a search that scored two changed passages among the askers of the second, when its long list is tidied in the same read', () => {
		const asked = new AskedIndex();
		// Unit 100 scored passages 1 and 2; nine other searches scored passage 2, whose list of askers is then long enough to be tidied.
		asked.set(100, [1, 2]);
		for (let id = 10; id < 19; id++) {
			asked.set(id, [2]);
		}
		const changed = (id: number) => id === 1 || id === 2;
		assert.deepEqual(asked.askersOf([1, 2], changed), [10, 11, 12, 13, 14, 15, 16, 17, 18, 100]);
		// Later, only passage 2 changes: unit 100 scored it, and must be searched again.
		assert.deepEqual(asked.askersOf([2], (id) => id === 2), [10, 11, 12, 13, 14, 15, 16, 17, 18, 100]);
	});
});
