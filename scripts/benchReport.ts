/**
 * One measurement of `npm run bench`, run in a child process of its own so that its peak memory
 * is its own: `bare FOLDER` times a bare retext-english parse of every article file of a folder
 * (the floor the report is measured against); `report FOLDER` times the whole report as
 * `crossread report FOLDER --format json` builds it (read, analyse, compare, build, format).
 * Prints one line of JSON.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { analyzeCorpus } from '../src/core/analyze';
import { Aligner } from '../src/core/compare/aligner';
import { alignCorpus, compareCorpus } from '../src/core/compare/compare';
import { loadArticles } from '../src/core/load';
import { nameOutlets } from '../src/core/outletName';
import type { CorpusAnalysis } from '../src/core/types';
import { compareArticles } from '../src/core/pipeline';
import { formatJsonChunks } from '../src/core/report/controlCharacters';
import { buildReport } from '../src/core/report/model';

const [mode, folder] = process.argv.slice(2);
const megabytes = (bytes: number) => bytes / 1024 / 1024;

/** CPU time (user and system, every thread of the process: the collector's helpers too) since `since`. */
function cpuMsSince(since: NodeJS.CpuUsage): number {
	const used = process.cpuUsage(since);
	return (used.user + used.system) / 1000;
}

function collect(): void {
	(globalThis as { gc?: () => void }).gc?.();
}

function bare(): void {
	const texts = readdirSync(folder).map((name) => readFileSync(join(folder, name), 'utf8'));
	const parser = unified().use(retextEnglish);
	const cpu = process.cpuUsage();
	const start = performance.now();
	let paragraphs = 0;
	for (const text of texts) {
		paragraphs += parser.parse(text).children.length;
	}
	console.log(JSON.stringify({ ms: performance.now() - start, cpuMs: cpuMsSince(cpu), articles: texts.length, paragraphs }));
}

async function report(): Promise<void> {
	collect();
	const heapBefore = process.memoryUsage().heapUsed;
	const cpu = process.cpuUsage();
	const start = performance.now();
	const { corpus, comparison } = await compareArticles([folder]);
	const compareMs = performance.now() - start;
	const compareCpuMs = cpuMsSince(cpu);
	// What the analysis and the comparison keep, after a collection (not timed).
	collect();
	const kept = megabytes(process.memoryUsage().heapUsed - heapBefore);
	const restart = performance.now();
	const recpu = process.cpuUsage();
	// Formatted a piece at a time, as `crossread report` writes it: measured, not kept.
	let outputLength = 0;
	for (const piece of formatJsonChunks(buildReport(corpus, comparison, { minSeverity: 'low' }))) {
		outputLength += piece.length;
	}
	const ms = compareMs + performance.now() - restart;
	const cpuMs = compareCpuMs + cpuMsSince(recpu);
	const articles = corpus.articles.length;
	console.log(
		JSON.stringify({
			ms,
			cpuMs,
			compareMs,
			articles,
			discrepancies: comparison.discrepancies.length,
			outputMB: megabytes(outputLength),
			keptKBPerArticle: (kept * 1024) / articles,
			peakMB: megabytes(process.resourceUsage().maxRSS * 1024),
		}),
	);
}

/**
 * `stages FOLDER [ROUNDS] [STAGES]`: the CPU time of each stage of the report, each timed again on the same
 * input (best of ROUNDS, default 3): the analysis, the alignment alone (a fresh aligner), the
 * comparison (alignment and finders) and the report's building and formatting. For profiling and
 * comparing two versions of one stage, not for the ratio (later rounds run on compiled code).
 */
async function stages(): Promise<void> {
	const rounds = Number(process.argv[4] ?? 3);
	// A fifth argument names the stages to time ("align,compare"); the analysis is always made.
	const wanted = new Set((process.argv[5] ?? 'analyse,align,compare,report').split(','));
	const loaded = await loadArticles([folder]);
	const best: Record<string, number> = {};
	const note = (stage: string, work: () => void) => {
		if (!wanted.has(stage) && stage !== 'analyse') {
			return;
		}
		const cpu = process.cpuUsage();
		work();
		best[stage] = Math.min(best[stage] ?? Infinity, cpuMsSince(cpu));
	};
	for (let round = 0; round < rounds; round++) {
		const analysed: CorpusAnalysis[] = [];
		note('analyse', () => analysed.push(nameOutlets(analyzeCorpus(loaded.sources, loaded.warnings), undefined)));
		const [corpus] = analysed;
		collect();
		note('align', () => alignCorpus(corpus, new Aligner()));
		collect();
		let comparison = wanted.has('compare') || wanted.has('report') ? compareCorpus(corpus) : undefined;
		note('compare', () => (comparison = compareCorpus(corpus)));
		collect();
		note('report', () => {
			if (!comparison) {
				return;
			}
			for (const piece of formatJsonChunks(buildReport(corpus, comparison, { minSeverity: 'low' }))) {
				void piece;
			}
		});
		collect();
	}
	console.log(JSON.stringify({ articles: loaded.sources.length, cpuMs: best }));
}

/**
 * `memory FOLDER`: the heap after each stage of the report, after a collection, one line each (run
 * with `--trace-gc` to see what the heap reaches between them): what holds the memory.
 */
async function memory(): Promise<void> {
	const mark = (stage: string) => {
		collect();
		console.log(`## ${stage}: heap ${megabytes(process.memoryUsage().heapUsed).toFixed(0)} MB, peak rss ${megabytes(process.resourceUsage().maxRSS * 1024).toFixed(0)} MB`);
	};
	mark('start');
	const loaded = await loadArticles([folder]);
	mark('loaded');
	const corpus = nameOutlets(analyzeCorpus(loaded.sources, loaded.warnings), undefined);
	mark('analysed');
	const comparison = compareCorpus(corpus);
	mark('compared');
	comparison.aligner.compact(comparison.claims);
	mark('compacted');
	const model = buildReport(corpus, comparison, { minSeverity: 'low' });
	mark('report built');
	let length = 0;
	for (const piece of formatJsonChunks(model)) {
		length += piece.length;
	}
	mark(`formatted (${megabytes(length).toFixed(0)} MB of JSON)`);
}

if (mode === 'bare') {
	bare();
} else if (mode === 'memory') {
	void memory();
} else if (mode === 'stages') {
	void stages();
} else {
	void report();
}
