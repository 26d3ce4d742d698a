/**
 * `npm run bench`: the speed and memory of the analysis core, printed, never asserted.
 *
 * 1. Analysis throughput on a generated cluster of 1,000 articles, beside a plain tokenizing
 *    pass over the same text (the floor no analysis can beat).
 * 2. Alignment and comparison time and memory for 10, 100, 1,000 and 10,000 articles, and how
 *    time grows with size (near-linear is the goal).
 * 3. The cost of looking up the aligned passages for one position (what a hover pays).
 */
import { analyzeArticle, combineAnalyses } from '../src/core/analyze';
import { compareCorpus } from '../src/core/compare/compare';
import { comparePassageAt } from '../src/core/compare/lookup';
import type { ArticleAnalysis } from '../src/core/types';
import { generateCluster } from './generateCluster';

const megabytes = (bytes: number) => bytes / 1024 / 1024;
const sizes = (process.env.BENCH_SIZES ?? '10,100,1000,10000').split(',').map(Number);

function collect(): void {
	(globalThis as { gc?: () => void }).gc?.();
}

function time<T>(work: () => T): { result: T; ms: number } {
	const start = performance.now();
	const result = work();
	return { result, ms: performance.now() - start };
}

function analysisThroughput(): void {
	const cluster = generateCluster(1000);
	const bytes = cluster.reduce((sum, article) => sum + Buffer.byteLength(article.text), 0);
	// Warm the JIT on a few articles first, as an editor session would be.
	cluster.slice(0, 50).forEach((article, index) => analyzeArticle({ id: `w${index}`, ...article }));

	const floor = time(() => cluster.reduce((count, article) => count + (article.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0));
	const analysis = time(() => cluster.map((article, index) => analyzeArticle({ id: `a${index}`, ...article })));
	const grouping = time(() => combineAnalyses(analysis.result));
	console.log('Analysis (1,000 generated articles, %s MB, one core)', megabytes(bytes).toFixed(2));
	console.log('  plain tokenizing floor   %s MB/s', (megabytes(bytes) / (floor.ms / 1000)).toFixed(1));
	console.log('  per-article analysis     %s MB/s  (%s ms per article)', (megabytes(bytes) / (analysis.ms / 1000)).toFixed(2), (analysis.ms / cluster.length).toFixed(2));
	console.log('  + folder name grouping   %s MB/s overall  (%s ms for the folder)', (megabytes(bytes) / ((analysis.ms + grouping.ms) / 1000)).toFixed(2), grouping.ms.toFixed(0));
}

function alignment(): void {
	console.log('\nAlignment and discrepancies (after analysis)');
	console.log('  articles     align+compare ms   per article ms   kept MB   growth vs previous size');
	let previous: { count: number; ms: number } | undefined;
	for (const count of sizes) {
		const analyses: ArticleAnalysis[] = generateCluster(count, 11).map((article, index) => analyzeArticle({ id: `a${index}`, ...article }));
		const corpus = combineAnalyses(analyses);
		collect();
		const heapBefore = process.memoryUsage().heapUsed;
		const compared = time(() => compareCorpus(corpus));
		// What the comparison keeps (claims, discrepancies, the aligner's index), after a collection:
		// without it the figure would count whatever garbage the run left behind.
		collect();
		const heap = megabytes(process.memoryUsage().heapUsed - heapBefore);
		const growth = previous ? `time ×${(compared.ms / previous.ms).toFixed(1)} for size ×${count / previous.count}` : '';
		console.log(`  ${String(count).padStart(8)}   ${compared.ms.toFixed(0).padStart(16)}   ${(compared.ms / count).toFixed(2).padStart(14)}   ${heap.toFixed(0).padStart(7)}   ${growth}`);
		previous = { count, ms: compared.ms };

		if (count === Math.min(1000, Math.max(...sizes))) {
			hoverLatency(corpus, compared.result);
		}
	}
}

function hoverLatency(corpus: ReturnType<typeof combineAnalyses>, comparison: ReturnType<typeof compareCorpus>): void {
	const ids = corpus.articles.map(({ parsed }) => parsed.article.id);
	const probes = corpus.articles.slice(0, 50).flatMap(({ parsed }) => parsed.sentences.map((sentence) => ({ article: parsed.article.id, offset: sentence.start + 3 })));
	const samples = probes.map((probe) => time(() => comparePassageAt(comparison, probe.article, probe.offset, ids)).ms).sort((a, b) => a - b);
	const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))].toFixed(3);
	console.log(`  hover lookup (${ids.length} articles, ${samples.length} positions): median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`);
}

analysisThroughput();
alignment();
