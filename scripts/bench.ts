/**
 * `npm run bench`: the speed and memory of the analysis core, printed, never asserted.
 *
 * 1. Analysis throughput on a generated cluster of 1,000 articles, beside a plain tokenizing
 *    pass over the same text (the floor no analysis can beat).
 * 2. Alignment and comparison time and memory for 10, 100, 1,000 and 10,000 articles, and how
 *    time grows with size (near-linear is the goal).
 * 3. The cost of looking up the aligned passages for one position (what a hover pays), and of
 *    one edit in one article of 100 and of 1,000 (analyse it, group names, compare again).
 * 4. The whole report (`crossread report --format json`) on real text, the development clusters
 *    copied ten times into one folder (1,870 articles, as republished wire copy repeats a story),
 *    and on 1,000 and 10,000 generated articles: its time as a multiple of a bare retext-english
 *    parse of the same files, measured in the same run, its peak memory and what it keeps per
 *    article. Each runs in a child process of its own (`benchReport.ts`), so its peak is its own.
 *
 * Options: `--analysis-only` (section 1 alone), `--report-only` (section 4 alone), `--edits-only` (the one-edit times alone, at 100
 * and 1,000 articles, or those of `BENCH_SIZES`), `--skip-10000` (no 10,000-article runs: the slowest steps), `--clusters-only` (the
 * whole report on the dev clusters ×10 alone: section 4's first line). The dev clusters come from `$CROSSREAD_SHARED/dev-clusters` or `../shared`;
 * the folders are written once under `.data/bench/` (ignored by git).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyzeArticle, combineAnalyses } from '../src/core/analyze';
import { compareCorpus } from '../src/core/compare/compare';
import { IncrementalComparer } from '../src/core/compare/incremental/comparer';
import { FolderNames } from '../src/core/compare/incremental/folderNames';
import { comparePassageAt } from '../src/core/compare/lookup';
import type { ArticleAnalysis } from '../src/core/types';
import { generateCluster } from './generateCluster';

const megabytes = (bytes: number) => bytes / 1024 / 1024;
const skip10000 = process.argv.includes('--skip-10000');
const clustersOnly = process.argv.includes('--clusters-only');
const sizes = (process.env.BENCH_SIZES ?? (skip10000 ? '10,100,1000' : '10,100,1000,10000')).split(',').map(Number);

function collect(): void {
	(globalThis as { gc?: () => void }).gc?.();
}

function time<T>(work: () => T): { result: T; ms: number } {
	const start = performance.now();
	const result = work();
	return { result, ms: performance.now() - start };
}

/** `time`, with the CPU time of the process beside the wall time: on a machine shared with other work the wall time drifts with the load. */
function timeCpu<T>(work: () => T): { result: T; ms: number; cpuMs: number } {
	const cpu = process.cpuUsage();
	const timed = time(work);
	const used = process.cpuUsage(cpu);
	return { ...timed, cpuMs: (used.user + used.system) / 1000 };
}

function analysisThroughput(): void {
	const cluster = generateCluster(1000);
	const bytes = cluster.reduce((sum, article) => sum + Buffer.byteLength(article.text), 0);
	// Warm the JIT on a few articles first, as an editor session would be.
	cluster.slice(0, 50).forEach((article, index) => analyzeArticle({ id: `w${index}`, ...article }));

	const floor = time(() => cluster.reduce((count, article) => count + (article.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0));
	const analysis = timeCpu(() => cluster.map((article, index) => analyzeArticle({ id: `a${index}`, ...article })));
	const grouping = time(() => combineAnalyses(analysis.result));
	// The same articles analysed again, as an editor does at each edit once its code is compiled:
	// the first pass above is half spent before the JIT has optimised the analysis.
	const warm = [1, 2, 3].map(() => timeCpu(() => cluster.map((article, index) => analyzeArticle({ id: `b${index}`, ...article }))));
	const perSecond = (ms: number) => (megabytes(bytes) / (ms / 1000)).toFixed(2);
	console.log('Analysis (1,000 generated articles, %s MB, one core; the core %s)', megabytes(bytes).toFixed(2), bundled ? 'bundled as shipped' : 'through tsx');
	console.log('  plain tokenizing floor   %s MB/s', (megabytes(bytes) / (floor.ms / 1000)).toFixed(1));
	console.log('  per-article analysis     %s MB/s  (%s ms per article; %s MB/s of CPU time)', perSecond(analysis.ms), (analysis.ms / cluster.length).toFixed(2), perSecond(analysis.cpuMs));
	console.log('    warm, best of 3 passes %s MB/s  (%s MB/s of CPU time)', perSecond(Math.min(...warm.map(({ ms }) => ms))), perSecond(Math.min(...warm.map(({ cpuMs }) => cpuMs))));
	console.log('  + folder name grouping   %s MB/s overall  (%s ms for the folder)', perSecond(analysis.ms + grouping.ms), grouping.ms.toFixed(0));
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
		if (count === 100 || count === 1000) {
			oneEdit(analyses);
		}
	}
}

/**
 * One edit in one article, as the editor handles a keystroke: that article analysed again, the
 * folder's names grouped again and the comparison brought up to date by the editor's incremental
 * `FolderNames` and `IncrementalComparer` (which give what `combineAnalyses` and `compareCorpus`
 * give from scratch). Three edits, each in another article (the first figure of its body
 * changed), the median reported: the first edits of a session, which also pay for the engine
 * compiling what only edits run and for the first reading of each claim they reach. Then the same
 * three articles edited three more times each (the same figure, another digit each time), the
 * median of those nine: an edit once the editor has been in use a while.
 */
function oneEdit(analyses: ArticleAnalysis[]): void {
	const names = new FolderNames();
	const comparer = new IncrementalComparer();
	const first = time(() => comparer.compare(names.combine(analyses)));
	const judgedFirst = comparer.judgedAfresh;
	const current = [...analyses];
	const articles = [1, Math.floor(current.length / 2), current.length - 2];
	const edit = (index: number, step: number): EditSample => {
		const { article } = current[index].parsed;
		const body = article.text.indexOf('\n\n');
		const text = article.text.slice(0, body) + article.text.slice(body).replace(/\d/, (digit) => String((Number(digit) + step) % 10));
		// The process's CPU time too: on a shared machine the wall time counts the other jobs' turns.
		const cpu = process.cpuUsage();
		const analysed = time(() => analyzeArticle({ id: article.id, path: article.path, text }));
		current[index] = analysed.result;
		const grouped = time(() => names.combine(current));
		const compared = time(() => comparer.compare(grouped.result));
		const used = process.cpuUsage(cpu);
		return { analyse: analysed.ms, group: grouped.ms, compare: compared.ms, judged: comparer.judgedAfresh, regrouped: comparer.aligner.regrouped().units, cpu: (used.user + used.system) / 1000 };
	};
	const firstEdits = articles.map((index) => edit(index, 1));
	const laterEdits = [2, 3, 4].flatMap((step) => articles.map((index) => edit(index, step)));
	const goal = current.length >= 1000 ? 200 : 50;
	console.log(`  the editor's first comparison of ${current.length} articles: ${first.ms.toFixed(0)} ms (${judgedFirst} claims and near misses judged)`);
	console.log(`  one edit in one of ${current.length} articles (median of the first 3): ${describeEdits(firstEdits)}; goal: < ${goal} ms)`);
	console.log(`  then (median of the next 9, the same articles edited again): ${describeEdits(laterEdits)}; goal: < ${goal} ms)`);
}

/** One edit's times (ms), how many claims it judged again and passages it grouped again, and its CPU time. */
interface EditSample {
	analyse: number;
	group: number;
	compare: number;
	judged: number;
	regrouped: number;
	cpu: number;
}

/** The median of each of a few edits' figures, in a line: "282 ms = analyse 1 + group names 1 + compare 280 (…". */
function describeEdits(samples: EditSample[]): string {
	const median = (key: keyof EditSample) => samples.map((sample) => sample[key]).sort((a, b) => a - b)[Math.floor(samples.length / 2)];
	const total = median('analyse') + median('group') + median('compare');
	return `${total.toFixed(0)} ms = analyse ${median('analyse').toFixed(0)} + group names ${median('group').toFixed(0)} + compare ${median('compare').toFixed(0)} (${median('judged')} claims and near misses judged again, ${median('regrouped')} passages grouped again; CPU ${median('cpu').toFixed(0)} ms`;
}

function hoverLatency(corpus: ReturnType<typeof combineAnalyses>, comparison: ReturnType<typeof compareCorpus>): void {
	const ids = corpus.articles.map(({ parsed }) => parsed.article.id);
	const probes = corpus.articles.slice(0, 50).flatMap(({ parsed }) => parsed.sentences.map((sentence) => ({ article: parsed.article.id, offset: sentence.start + 3 })));
	const samples = probes.map((probe) => time(() => comparePassageAt(comparison, probe.article, probe.offset, ids)).ms).sort((a, b) => a - b);
	const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))].toFixed(3);
	console.log(`  hover lookup (${ids.length} articles, ${samples.length} positions): median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`);
}

interface ReportRun {
	ms: number;
	cpuMs: number;
	compareMs: number;
	articles: number;
	discrepancies: number;
	outputMB: number;
	keptKBPerArticle: number;
	peakMB: number;
}

const projectRoot = join(__dirname, '..');
/** Run from its bundle (`dist/bench.js`, as `npm run bench` does) or through tsx (`npm run bench:tsx`). */
const bundled = __filename.endsWith('.js');
const benchData = join(projectRoot, '.data', 'bench');

/** Runs one measurement of `benchReport.ts` in a child process and reads its line of JSON. */
function measure<T>(mode: 'bare' | 'report', folder: string): T {
	const script = bundled ? [join(__dirname, 'benchReport.js')] : ['--import', 'tsx', join(__dirname, 'benchReport.ts')];
	const output = execFileSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', ...script, mode, folder], {
		cwd: projectRoot,
		encoding: 'utf8',
		maxBuffer: 1 << 20,
	});
	return JSON.parse(output.trim().split('\n').pop()!) as T;
}

/** The dev clusters copied `times` times into one folder, written once. */
function copiedClusters(times: number): string | undefined {
	const clusters = join(process.env.CROSSREAD_SHARED ?? join(projectRoot, '..', 'shared'), 'dev-clusters');
	if (!existsSync(clusters)) {
		console.log(`  (no development clusters at ${clusters}: set CROSSREAD_SHARED to the shared folder)`);
		return undefined;
	}
	const folder = join(benchData, `dev-clusters-x${times}`);
	if (!existsSync(folder)) {
		mkdirSync(folder, { recursive: true });
		const events = readdirSync(clusters).filter((name) => statSync(join(clusters, name)).isDirectory());
		for (let copy = 0; copy < times; copy++) {
			for (const event of events) {
				for (const file of readdirSync(join(clusters, event))) {
					copyFileSync(join(clusters, event, file), join(folder, `c${copy}_${event}_${basename(file)}`));
				}
			}
		}
	}
	return folder;
}

/** `count` generated articles in one folder, written once. */
function generatedFolder(count: number): string {
	const folder = join(benchData, `generated-${count}`);
	if (!existsSync(folder)) {
		mkdirSync(folder, { recursive: true });
		for (const article of generateCluster(count, 11)) {
			writeFileSync(join(folder, article.path), article.text);
		}
	}
	return folder;
}

/** The whole report against a bare parse of the same files: the floor is taken before and after, and averaged, as the machine's load drifts. */
function wholeReport(): void {
	console.log('\nThe whole report (crossread report --format json), against a bare retext-english parse of the same files');
	console.log('  folder                       articles   bare parse s   report s   ratio   compare s   peak MB   kept KB/article   discrepancies   JSON MB');
	const folders = [
		{ label: 'dev clusters ×10', folder: copiedClusters(10) },
		...(clustersOnly ? [] : [{ label: 'generated', folder: generatedFolder(1000) }]),
		...(skip10000 || clustersOnly ? [] : [{ label: 'generated', folder: generatedFolder(10_000) }]),
	];
	const runs: { label: string; run: ReportRun }[] = [];
	for (const { label, folder } of folders) {
		if (!folder) {
			continue;
		}
		const before = measure<{ ms: number; cpuMs: number }>('bare', folder);
		const run = measure<ReportRun>('report', folder);
		const after = measure<{ ms: number; cpuMs: number }>('bare', folder);
		const floor = (before.ms + after.ms) / 2;
		const cpuFloor = (before.cpuMs + after.cpuMs) / 2;
		runs.push({ label, run });
		console.log(
			`  ${label.padEnd(26)} ${String(run.articles).padStart(10)}   ${(floor / 1000).toFixed(2).padStart(12)}   ${(run.ms / 1000).toFixed(2).padStart(8)}   ${(run.ms / floor).toFixed(1).padStart(5)}   ${(run.compareMs / 1000).toFixed(2).padStart(9)}   ${run.peakMB.toFixed(0).padStart(7)}   ${run.keptKBPerArticle.toFixed(0).padStart(15)}   ${String(run.discrepancies).padStart(13)}   ${run.outputMB.toFixed(0).padStart(7)}`,
		);
		// CPU time drifts less than wall time on a machine shared with other work.
		console.log(`  ${''.padEnd(26)} ${''.padStart(10)}   ${`CPU ${(cpuFloor / 1000).toFixed(2)}`.padStart(12)}   ${(run.cpuMs / 1000).toFixed(2).padStart(8)}   ${(run.cpuMs / cpuFloor).toFixed(1).padStart(5)}`);
	}
	const generated = runs.filter(({ label }) => label === 'generated');
	if (generated.length === 2) {
		const [small, large] = generated.map(({ run }) => run);
		const growth = Math.log(large.ms / small.ms) / Math.log(large.articles / small.articles);
		console.log(`  growth from ${small.articles} to ${large.articles} generated articles: time ×${(large.ms / small.ms).toFixed(1)} for size ×${large.articles / small.articles} (n^${growth.toFixed(2)})`);
	}
	console.log('  goals: ratio ≤ 5 and peak ≤ 1,024 MB at 1,870 real articles; 10,000 near-linear and under 2,048 MB; ≤ 100 KB kept per article');
}

if (process.argv.includes('--edits-only')) {
	console.log('One edit (the editor\'s incremental comparison)');
	for (const count of sizes.filter((size) => size === 100 || size === 1000)) {
		oneEdit(generateCluster(count, 11).map((article, index) => analyzeArticle({ id: `a${index}`, ...article })));
	}
} else if (clustersOnly) {
	wholeReport();
} else if (process.argv.includes('--analysis-only')) {
	analysisThroughput();
} else {
	if (!process.argv.includes('--report-only')) {
		analysisThroughput();
		alignment();
	}
	wholeReport();
}
