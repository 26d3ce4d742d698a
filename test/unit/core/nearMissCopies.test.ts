import * as assert from 'node:assert/strict';
import { analyzeArticle, analyzeCorpus, combineAnalyses } from '../../../src/core/analyze';
import { Aligner, type NearMiss } from '../../../src/core/compare/aligner';
import { alignCorpus, compareCorpus } from '../../../src/core/compare/compare';
import type { CompareContext } from '../../../src/core/compare/context';
import { findSubstitutions } from '../../../src/core/compare/discrepancies/entities';
import { findFigureDiscrepancies } from '../../../src/core/compare/discrepancies/figures';
import { copySets, NearMissCopies } from '../../../src/core/compare/nearMissCopies';
import type { Unit } from '../../../src/core/compare/units';
import { formatJsonChunks } from '../../../src/core/report/controlCharacters';
import { buildReport } from '../../../src/core/report/model';
import type { ArticleAnalysis, CorpusAnalysis } from '../../../src/core/types';
import { generateCluster } from '../../../scripts/generateCluster';

/** Six invented articles, each filed three times (wire copy republished), as the files of one folder. */
function copiedFolder(): { id: string; path: string; text: string }[] {
	const stories = generateCluster(6, 5);
	return [0, 1, 2].flatMap((copy) => stories.map((story, n) => ({ id: `c${copy}s${n}`, path: `c${copy}_${story.path}`, text: story.text })));
}

function report(corpus: CorpusAnalysis): string {
	return [...formatJsonChunks(buildReport(corpus, compareCorpus(corpus), { minSeverity: 'low' }))].join('');
}

/** A passage of an article, its words, names and figures given (verbatim copies share them). */
function passage(article: string, shared: Pick<Unit, 'tokens' | 'features' | 'entities' | 'names' | 'figures'>): Unit {
	return { article, kind: 'sentence', index: 2, start: 40, end: 90, ...shared, stamp: false };
}

function parts(): Pick<Unit, 'tokens' | 'features' | 'entities' | 'names' | 'figures'> {
	return { tokens: [], features: new Map(), entities: new Set(), names: [], figures: [] };
}

/** A folder's look-ups for the articles' texts and findings: articles of one text share their findings, as copies do. */
function folder(texts: Record<string, string>): CompareContext {
	const findings = new Map<string, ArticleAnalysis>();
	const byText = new Map<string, ArticleAnalysis>();
	for (const [article, text] of Object.entries(texts)) {
		const analysis = byText.get(text) ?? ({ figures: [], quotes: [] } as unknown as ArticleAnalysis);
		byText.set(text, analysis);
		findings.set(article, analysis);
	}
	return { textOf: (article: string) => texts[article], analysisOf: (article: string) => findings.get(article)! } as unknown as CompareContext;
}

function nearMiss(a: Unit, b: Unit, flags: Partial<NearMiss> = {}): NearMiss {
	return { a, b, score: 0.25, mutual: false, best: true, outbid: false, ...flags };
}

suite('near misses between verbatim copies are judged once', () => {
	test('the copies of a folder share their near misses\' judgements, and the report is that of copies each judged alone', () => {
		const sources = copiedFolder();
		// Analysed together, the copies share one parse and one set of passages (`verbatimCopies.ts`, `unitsOfCopies.ts`);
		// analysed one by one, no two passages share their words, and every near miss is judged.
		const shared = analyzeCorpus(sources);
		const alone = combineAnalyses(sources.map((source) => analyzeArticle(source)));
		const context = alignCorpus(shared, new Aligner());
		const nearMisses = context.aligner.nearMisses();
		assert.ok(copySets(context, nearMisses).count < nearMisses.length / 2, `${copySets(context, nearMisses).count} sets of ${nearMisses.length} near misses`);
		// Near misses that found something, judged copy by copy: figures and names.
		assert.ok(findFigureDiscrepancies(context).some((draft) => draft.claim === undefined));
		assert.ok(findSubstitutions(context).some((draft) => draft.claim === undefined));
		const single = alignCorpus(alone, new Aligner());
		assert.equal(copySets(single, single.aligner.nearMisses()).count, single.aligner.nearMisses().length);
		assert.equal(report(shared), report(alone));
	});

	test('a near miss between copies of two passages judged before to hold nothing is skipped, one that held something is judged', () => {
		const [wire, local] = [parts(), parts()];
		const context = folder({ w1: 'wire story', w2: 'wire story', l1: 'local story', l2: 'local story' });
		const list = [nearMiss(passage('w1', wire), passage('l1', local)), nearMiss(passage('w2', wire), passage('l1', local)), nearMiss(passage('w1', wire), passage('l2', local))];
		const copies = NearMissCopies.over(context, list)!;
		assert.equal(copies.foundNothing(0), false);
		copies.note(0, true);
		assert.deepEqual([copies.foundNothing(1), copies.foundNothing(2)], [true, true]);
		const another = NearMissCopies.over(context, list)!;
		another.note(0, false);
		assert.deepEqual([another.foundNothing(1), another.foundNothing(2)], [false, false]);
	});

	test('near misses of other flags, or whose passage stands in an article whose text changed elsewhere, are sets of their own', () => {
		const [wire, local] = [parts(), parts()];
		// w3 holds the wire passage's objects (an edit left it in place), but its text changed after it.
		const context = folder({ w1: 'wire story', w2: 'wire story', w3: 'wire story, edited', l1: 'local story' });
		const list = [
			nearMiss(passage('w1', wire), passage('l1', local)),
			nearMiss(passage('w2', wire), passage('l1', local), { mutual: true }),
			nearMiss(passage('w3', wire), passage('l1', local)),
			nearMiss(passage('w2', wire), passage('l1', local)),
			nearMiss(passage('w1', parts()), passage('l1', local)),
		];
		assert.deepEqual([...copySets(context, list).setOf], [0, 1, 2, 0, 3]);
	});

	test('a list of one near miss (the editor judges one at a time) reads nothing of it', () => {
		assert.equal(NearMissCopies.over(folder({}), [nearMiss(passage('w1', parts()), passage('l1', parts()))]), undefined);
	});
});
