import * as assert from 'node:assert/strict';
import { generateCluster } from '../../../scripts/generateCluster';
import { analyzeArticle, combineAnalyses } from '../../../src/core/analyze';
import { compareCorpus } from '../../../src/core/compare/compare';
import { quotesOverlapping } from '../../../src/core/compare/context';
import { quotesKey } from '../../../src/core/compare/incremental/analysisParts';
import { ReadersIndex } from '../../../src/core/compare/incremental/readersIndex';
import { noReads, type Reads, stillHolds, type Update, watchedAligner } from '../../../src/core/compare/incremental/reads';
import type { Unit } from '../../../src/core/compare/units';
import type { ArticleAnalysis } from '../../../src/core/types';

/** A passage standing for itself (the check reads passages only as keys). */
const passage = (name: string) => ({ article: name }) as unknown as Unit;
const ferry = passage('ferry');
const quay = passage('quay');
const berth = passage('berth');

/**
 * An update in which the passages `changed` changed weights, those `gone` were let go, and the
 * similarity of two passages is the sum of the numbers given them; it counts the similarities asked.
 */
function updateWith(numbers: Map<Unit, number>, changed: Unit[], gone: Unit[] = []) {
	const asked = { count: 0 };
	const update: Update = {
		changed: new Set(changed),
		gone: new Set(gone),
		similarity: (a, b) => {
			asked.count++;
			return (numbers.get(a) ?? 0) + (numbers.get(b) ?? 0);
		},
		analysisOf: () => undefined,
	};
	return { update, asked };
}

/** A judgement that read the similarity of ferry and quay (0.5), and the scores [0.8, 0.61]. */
const judged = (): Reads => ({ ...noReads(), pairs: [ferry, quay], values: [0.5], scores: [0.8, 0.61] });

suite('A kept judgement (incremental reads)', () => {
	test('holds when the passages whose weights changed are not among those it read, without computing a similarity', () => {
		const { update, asked } = updateWith(new Map([[ferry, 0.2], [quay, 0.3]]), [berth]);
		assert.equal(stillHolds(judged(), update, () => [0.8, 0.61], ''), true);
		assert.equal(asked.count, 0);
	});

	test('holds when a passage it read changed weights but the similarity it read is the same', () => {
		const { update } = updateWith(new Map([[ferry, 0.2], [quay, 0.3]]), [ferry]);
		assert.equal(stillHolds(judged(), update, () => [0.8, 0.61], ''), true);
	});

	test('does not hold when a similarity it read moved, however little', () => {
		const { update } = updateWith(new Map([[ferry, 0.2], [quay, 0.3001]]), [quay]);
		assert.equal(stillHolds(judged(), update, () => [0.8, 0.61], ''), false);
	});

	test('does not hold when an article whose figures it read was analysed again with another figure, and holds when only its quotes were read', () => {
		// The finder read every figure of an article ("the first 9 months" in another of its sentences); a digit of that sentence was then changed.
		const analysis = (text: string) => ({ parsed: { article: { id: 'ferry', text } }, figures: [{ kind: 'duration', value: Number(text.slice(10, 11)), unit: 'month', text: text.slice(10, 18), start: 10, end: 18 }], quotes: [] }) as unknown as ArticleAnalysis;
		const before = analysis('In the first 9 months, the ferry ran late.');
		const after = analysis('In the first 8 months, the ferry ran late.');
		const { update } = updateWith(new Map([[ferry, 0.2], [quay, 0.3]]), []);
		const now = { ...update, analysisOf: () => after };
		assert.equal(stillHolds({ ...judged(), analyses: [before], parts: ['figures'] }, { ...update, analysisOf: () => before }, () => [0.8, 0.61], ''), true);
		assert.equal(stillHolds({ ...judged(), analyses: [before], parts: ['figures'] }, now, () => [0.8, 0.61], ''), false);
		assert.equal(stillHolds({ ...judged(), analyses: [before], parts: ['quotes'] }, now, () => [0.8, 0.61], ''), true);
		// Passages that hold percentages only set the article's percentages against theirs: its months may change.
		assert.equal(stillHolds({ ...judged(), analyses: [before], parts: ['figures'], families: ['percent|%'] }, now, () => [0.8, 0.61], ''), true);
		assert.equal(stillHolds({ ...judged(), analyses: [before], parts: ['figures'], families: ['duration|month'] }, now, () => [0.8, 0.61], ''), false);
		assert.equal(stillHolds({ ...judged(), analyses: [before], parts: ['whole'] }, now, () => [0.8, 0.61], ''), false);
	});

	test('that read an article\'s figures is answered for the article as analysed now, each time it is analysed again', () => {
		// The answer for one old analysis is kept while the article stays as analysed: an edit back and forth ("9 months" → "8 months" → "9 months") is each time another analysis.
		const analysis = (text: string) => ({ parsed: { article: { id: 'ferry', text } }, figures: [{ kind: 'duration', value: Number(text.slice(10, 11)), unit: 'month', text: text.slice(10, 18), start: 10, end: 18 }], quotes: [] }) as unknown as ArticleAnalysis;
		const before = analysis('In the first 9 months, the ferry ran late.');
		const { update } = updateWith(new Map([[ferry, 0.2], [quay, 0.3]]), []);
		const holds = (now: ArticleAnalysis, families?: string[]) => stillHolds({ ...judged(), analyses: [before], parts: ['figures'], families }, { ...update, analysisOf: () => now }, () => [0.8, 0.61], '');
		const same = analysis('In the first 9 months, the ferry ran late.');
		const changed = analysis('In the first 8 months, the ferry ran late.');
		const sameAgain = analysis('In the first 9 months, the ferry ran late.');
		for (const families of [undefined, ['duration|month']]) {
			// Many judgements ask after one edit: the same answer each time.
			assert.deepEqual([holds(same, families), holds(same, families)], [true, true]);
			assert.deepEqual([holds(changed, families), holds(changed, families)], [false, false]);
			assert.equal(holds(sameAgain, families), true);
			assert.equal(holds(changed, families), false);
		}
	});

	test('that asked whether an article writes a figure holds while the article analysed again gives the same answer', () => {
		// "Does the article write 11 months elsewhere?": no before the edit of its "9 months", no after it turned "8 months", yes once it turns "11 months".
		const analysis = (months: number) => ({ parsed: { article: { id: 'ferry' } }, figures: [{ kind: 'duration', value: months, unit: 'month' }], quotes: [] }) as unknown as ArticleAnalysis;
		const before = analysis(9);
		const test = (figure: { value: number }) => figure.value === 11;
		const read = { ...judged(), figureTests: [{ analysis: before, test, answer: false }] };
		const { update } = updateWith(new Map([[ferry, 0.2], [quay, 0.3]]), []);
		assert.equal(stillHolds(read, { ...update, analysisOf: () => analysis(8) }, () => [0.8, 0.61], ''), true);
		assert.equal(stillHolds(read, { ...update, analysisOf: () => analysis(11) }, () => [0.8, 0.61], ''), false);
	});

	test('that asked an article for the quotes over one sentence holds while those quotes stay, whatever another quote of the article becomes', () => {
		// The finder asked which quotes overlap the second sentence; an edit then changed a digit inside the first sentence's quote.
		const analysis = (text: string) => {
			const quotes = [...text.matchAll(/“[^”]*”/g)].map((match) => ({ kind: 'speech', direct: true, start: match.index, end: match.index + match[0].length }));
			return { parsed: { article: { id: 'ferry', text } }, figures: [], quotes } as unknown as ArticleAnalysis;
		};
		const before = analysis('“We ran 9 crossings,” the captain said. “The quay held,” she added.');
		const [start, end] = [39, 67];
		const read: Reads = { ...judged(), quoteSpans: [{ analysis: before, start, end, answer: quotesKey(before, quotesOverlapping(before.quotes, start, end)) }] };
		const { update } = updateWith(new Map([[ferry, 0.2], [quay, 0.3]]), []);
		const holdsWith = (text: string) => stillHolds(read, { ...update, analysisOf: () => analysis(text) }, () => [0.8, 0.61], '');
		assert.equal(holdsWith('“We ran 8 crossings,” the captain said. “The quay held,” she added.'), true);
		assert.equal(holdsWith('“We ran 9 crossings,” the captain said. “The pier held,” she added.'), false);
		// Read as the whole list, the same edit of the first quote tells nothing of which of them was read.
		assert.equal(stillHolds({ ...judged(), analyses: [before], parts: ['quotes'] }, { ...update, analysisOf: () => analysis('“We ran 8 crossings,” the captain said. “The quay held,” she added.') }, () => [0.8, 0.61], ''), false);
	});

	test('does not hold when a passage it read was let go, though no weight changed', () => {
		const { update } = updateWith(new Map([[ferry, 0.2], [quay, 0.3]]), [], [quay]);
		assert.equal(stillHolds(judged(), update, () => [0.8, 0.61], ''), false);
	});

	test('does not hold when a score it read moved, and holds when only unread scores did', () => {
		const { update } = updateWith(new Map(), []);
		assert.equal(stillHolds(judged(), update, () => [0.8, 0.612], ''), false);
		assert.equal(stillHolds({ ...judged(), scores: undefined }, update, () => [0.8, 0.612], ''), true);
	});

	test('that compared a similarity with thresholds only holds while the similarity stays on the same side of each', () => {
		// Read 0.5 against [0.3, 0.6]: band 1. Moved to 0.58, still band 1; to 0.61, band 2; to 0.29, band 0.
		const banded: Reads = { ...noReads(), bandPairs: [ferry, quay], thresholds: [[0.3, 0.6]], bands: [1] };
		const at = (value: number) => updateWith(new Map([[ferry, 0.2], [quay, value - 0.2]]), [quay]).update;
		assert.equal(stillHolds(banded, at(0.58), () => [], ''), true);
		assert.equal(stillHolds(banded, at(0.61), () => [], ''), false);
		assert.equal(stillHolds(banded, at(0.29), () => [], ''), false);
	});

	test('that compared a similarity with thresholds does not hold once one of its passages is let go', () => {
		const banded: Reads = { ...noReads(), bandPairs: [ferry, quay], thresholds: [[0.3]], bands: [1] };
		const { update } = updateWith(new Map([[ferry, 0.2], [quay, 0.3]]), [], [ferry]);
		assert.equal(stillHolds(banded, update, () => [], ''), false);
	});

	test('does not hold when a near miss flag it read is no longer the same', () => {
		const { update } = updateWith(new Map(), []);
		const nearMiss: Reads = { ...noReads(), flags: 'mutual=true' };
		assert.equal(stillHolds(nearMiss, update, () => [], 'mutual=false'), false);
		assert.equal(stillHolds(nearMiss, update, () => [], 'mutual=true'), true);
	});
});

suite('A watched aligner', () => {
	const corpus = () => combineAnalyses(generateCluster(4, 7).map((article, index) => analyzeArticle({ id: `w${index}`, ...article })));

	test('notes a similarity compared with thresholds as its band, and one read as a value as its value', () => {
		const { aligner } = compareCorpus(corpus());
		const [a, b] = aligner.claims().find((claim) => claim.members.length >= 2)!.members.map((member) => aligner.unit(aligner.unitIds(member.article)[member.index])!);
		const reads = noReads();
		const watched = watchedAligner(aligner, [], (x, y) => aligner.similarity(x, y), reads);
		const value = aligner.similarity(a, b);
		const thresholds = [value / 2, value * 2];
		assert.equal(watched.similarityBand(a, b, thresholds), 1);
		assert.deepEqual([reads.bandPairs, reads.thresholds, reads.bands, reads.pairs], [[a, b], [thresholds], [1], []]);
		assert.equal(watched.similarity(a, b), value);
		assert.deepEqual([reads.pairs, reads.values], [[a, b], [value]]);
	});
});

suite('Similarities read through one reader', () => {
	test('are those the aligner gives pair by pair, to the last bit, whichever way a pair is given', () => {
		const corpus = combineAnalyses(generateCluster(4, 7).map((article, index) => analyzeArticle({ id: `r${index}`, ...article })));
		const { aligner } = compareCorpus(corpus);
		const units = aligner.articles().flatMap((article) => aligner.unitIds(article).map((id) => aligner.unit(id)!));
		const similarity = aligner.similarities();
		let shared = 0;
		for (const a of units.slice(0, 40)) {
			for (const b of units) {
				assert.equal(similarity(a, b), aligner.similarity(a, b));
				assert.equal(similarity(b, a), aligner.similarity(a, b));
				shared += similarity(a, b) > 0 && a.article !== b.article ? 1 : 0;
			}
		}
		assert.ok(shared > 20, `${shared} pairs of articles alike`);
	});
});

suite('Kept judgements by the passages they read', () => {
	const bandJudged = (): Reads => ({ ...noReads(), bandPairs: [berth, quay], thresholds: [[0.3]], bands: [1] });

	test('a judgement is a suspect after an edit that changed or let go a passage it read, and only then', () => {
		const index = new ReadersIndex<{ reads: Reads }>();
		const similarityRead = { reads: judged() };
		const bandRead = { reads: bandJudged() };
		index.note(similarityRead);
		index.note(bandRead);
		const alive = () => true;
		assert.deepEqual([...index.suspects({ changed: new Set([ferry]), gone: new Set() }, alive)], [similarityRead]);
		assert.deepEqual([...index.suspects({ changed: new Set(), gone: new Set([berth]) }, alive)], [bandRead]);
		assert.deepEqual([...index.suspects({ changed: new Set([quay]), gone: new Set() }, alive)], [similarityRead, bandRead]);
		assert.deepEqual([...index.suspects({ changed: new Set([passage('dock')]), gone: new Set() }, alive)], []);
	});

	test('a judgement no longer in use is forgotten', () => {
		const index = new ReadersIndex<{ reads: Reads; used: boolean }>();
		const old = { reads: judged(), used: false };
		index.note(old);
		assert.deepEqual([...index.suspects({ changed: new Set([ferry]), gone: new Set() }, (record) => record.used)], []);
		old.used = true;
		assert.deepEqual([...index.suspects({ changed: new Set([ferry]), gone: new Set() }, (record) => record.used)], []);
	});
});
