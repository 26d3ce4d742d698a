import { analyzeArticle, combineAnalyses } from '../src/core/analyze';
import { compareCorpus } from '../src/core/compare/compare';
import { generateCluster } from './generateCluster';

const sizes = (process.argv[2] ?? '100000,1000000').split(',').map(Number);
const others = generateCluster(4, 3);
const warm = generateCluster(30, 1).map((a, i) => analyzeArticle({ id: `w${i}`, ...a }));
compareCorpus(combineAnalyses(warm));
for (const size of sizes) {
	const parts: string[] = [];
	let length = 0;
	let seed = 100;
	while (length < size) {
		for (const article of generateCluster(20, seed++)) {
			parts.push(article.text);
			length += article.text.length;
		}
	}
	const big = parts.join('\n\n').slice(0, size);
	let t = performance.now();
	const analyses = [{ id: 'big', path: 'big.txt', text: big }, ...others.map((a, i) => ({ id: `o${i}`, ...a }))].map((s) => analyzeArticle(s));
	const tAnalyse = performance.now() - t;
	t = performance.now();
	const corpus = combineAnalyses(analyses);
	const tCombine = performance.now() - t;
	t = performance.now();
	const comparison = compareCorpus(corpus);
	const tCompare = performance.now() - t;
	console.log(`${size}: analyse ${tAnalyse.toFixed(0)} ms, combine ${tCombine.toFixed(0)} ms, compare ${tCompare.toFixed(0)} ms, ${comparison.claims.length} claims, ${comparison.discrepancies.length} discrepancies, heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
}
