/**
 * `npx tsx scripts/benchProfileEdit.ts [articles] [out.cpuprofile] [--cold] [--bench [--only=1,50] [--rounds=N]] [--no-profile] [--alloc] [--same]`: a CPU profile of the editor's
 * one-edit steps alone (as `bench.ts --edits-only` makes them), the first comparison left out, and
 * its heaviest functions printed (self time). `--alloc`: what the edits allocate instead, by
 * function (sampled, the objects collected since counted too). `--phases`: no profile; each edit's
 * steps timed instead (wall and CPU ms, summed over the edits, a step's inner steps inside its
 * figure), by wrapping the steps' methods. `--jit-warm`: the code first made hot on another, smaller
 * folder, so that the cold edits timed show what of their time is the engine compiling. Run from
 * a bundle (esbuild of this file, as `npm run bench` builds bench.ts), the profile names each
 * function by its place in the source (the bundle's source map). `--same`: each edit gives the article its
 * own text again (analysed anew, nothing changed): what an edit costs before anything it changes, the walks
 * over the whole folder.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { findSourceMap } from 'node:module';
import { analyzeArticle } from '../src/core/analyze';
import { IncrementalComparer } from '../src/core/compare/incremental/comparer';
import { Aligner } from '../src/core/compare/aligner';
import { DraftCache } from '../src/core/compare/incremental/draftCache';
import { FolderEpoch } from '../src/core/compare/incremental/epoch';
import { FolderNames } from '../src/core/compare/incremental/folderNames';
import { NearMissRecords } from '../src/core/compare/incremental/nearMissRecords';
import { OmissionCache } from '../src/core/compare/incremental/omissionCache';
import { ReadersIndex } from '../src/core/compare/incremental/readersIndex';
import { SpellingCache } from '../src/core/compare/incremental/spellingCache';
import { generateCluster } from './generateCluster';

const count = Number(process.argv[2] ?? 1000);
const phases = process.argv.includes('--phases') ? timePhases() : undefined;
const out = process.argv[3] ?? `/tmp/edit-${count}.cpuprofile`;
const session = new Session();
session.connect();
const post = (method: string, params?: object) =>
	new Promise<unknown>((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));

/** Each profiled edit's whole time (analysis, names, comparison) and the process's CPU time over it. */
const walls: number[] = [];
const cpus: number[] = [];

async function main(): Promise<void> {
	// `--jit-warm`: the code made hot first on another, smaller folder (its own comparer), the edits of this one timed cold:
	// what of a cold edit is the engine compiling, and what is this folder's first edit.
	if (process.argv.includes('--jit-warm')) {
		const small = generateCluster(30, 5).map((article, index) => analyzeArticle({ id: `w${index}`, ...article }));
		const warmNames = new FolderNames();
		const warmComparer = new IncrementalComparer();
		warmComparer.compare(warmNames.combine(small));
		for (let round = 0; round < 20; round++) {
			const index = (round * 7) % small.length;
			const { article } = small[index].parsed;
			const body = article.text.indexOf('\n\n');
			small[index] = analyzeArticle({ id: article.id, path: article.path, text: article.text.slice(0, body) + article.text.slice(body).replace(/\d/, (digit) => String((Number(digit) + 1) % 10)) });
			warmComparer.compare(warmNames.combine(small));
		}
	}
	const analyses = generateCluster(count, 11).map((article, index) => analyzeArticle({ id: `a${index}`, ...article }));
	const names = new FolderNames();
	const comparer = new IncrementalComparer();
	comparer.compare(names.combine(analyses));
	const current = [...analyses];
	const edit = (index: number, step: number) => {
		const { article } = current[index].parsed;
		const body = article.text.indexOf('\n\n');
		const text = process.argv.includes('--same') ? article.text : article.text.slice(0, body) + article.text.slice(body).replace(/\d/, (digit) => String((Number(digit) + step) % 10));
		const t0 = performance.now();
		const cpu0 = process.cpuUsage();
		current[index] = analyzeArticle({ id: article.id, path: article.path, text });
		const t1 = performance.now();
		const grouped = names.combine(current);
		const t2 = performance.now();
		comparer.compare(grouped);
		const t3 = performance.now();
		const cpu = process.cpuUsage(cpu0);
		walls.push(t3 - t0);
		cpus.push((cpu.user + cpu.system) / 1000);
		return `analyse ${(t1 - t0).toFixed(0)} group ${(t2 - t1).toFixed(0)} compare ${(t3 - t2).toFixed(0)} judged ${comparer.judgedAfresh} regrouped ${JSON.stringify(comparer.aligner.regrouped())} (whole ${(t3 - t0).toFixed(0)} ms, CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms)`;
	};
	// Warm: a few edits unprofiled (none with `--cold`: the first edits, as `bench.ts --edits-only` times them).
	for (const index of process.argv.includes('--cold') ? [] : [3, 7]) {
		console.log('warm', edit(index, 1));
	}
	walls.length = 0;
	cpus.length = 0;
	const allocating = process.argv.includes('--alloc');
	const profiling = !process.argv.includes('--no-profile') && !allocating && !phases;
	phases?.clear();
	if (allocating) {
		await post('HeapProfiler.enable');
		await post('HeapProfiler.startSampling', { samplingInterval: 16384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
	}
	if (profiling) {
		await post('Profiler.enable');
		await post('Profiler.setSamplingInterval', { interval: 200 });
		await post('Profiler.start');
	}
	// `--bench`: the bench's three edits alone (or those of `--only`), each article edited six times over, by another digit each time.
	const only = process.argv.find((arg) => arg.startsWith('--only='));
	const bench = only ? only.slice('--only='.length).split(',').map(Number) : [1, Math.floor(count / 2), count - 2];
	// `--rounds=N`: each article edited N times (6 unless told; `--cold --bench --rounds=1` gives the bench's three edits alone, as it times them).
	const rounds = Number(process.argv.find((arg) => arg.startsWith('--rounds='))?.slice('--rounds='.length) ?? 6);
	const edits = process.argv.includes('--bench') ? Array.from({ length: rounds }, (_, i) => i + 1).flatMap((step) => bench.map((index) => [index, step])) : [1, Math.floor(count / 2), count - 2, 5, 9, 11, 13, 17, 19, 23, 29, 31].map((index) => [index, 1]);
	for (const [index, step] of edits) {
		console.log('edit', edit(index, step));
	}
	const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];
	console.log(`median of ${walls.length} edits: whole ${median(walls).toFixed(0)} ms, CPU ${median(cpus).toFixed(0)} ms (all: ${cpus.reduce((sum, ms) => sum + ms, 0).toFixed(0)} ms); first three: whole ${walls.slice(0, 3).map((ms) => ms.toFixed(0)).join(', ')} ms`);
	if (allocating) {
		await printAllocations(edits.length);
	}
	phases?.print(edits.length);
	if (!profiling) {
		return;
	}
	const { profile } = (await post('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount: number; children?: number[] }[]; samples: number[]; timeDeltas: number[] } };
	writeFileSync(out, JSON.stringify(profile));
	const self = new Map<string, number>();
	const total = profile.samples.length;
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	for (const sample of profile.samples) {
		const key = keyOf(byId.get(sample)!.callFrame);
		self.set(key, (self.get(key) ?? 0) + 1);
	}
	for (const [key, hits] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
		console.log(`${((hits / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
	}
	// Inclusive time (a function and what it calls, each sample counted once per function on its stack).
	const parent = new Map<number, number>();
	for (const node of profile.nodes) {
		for (const child of node.children ?? []) {
			parent.set(child, node.id);
		}
	}
	const inclusive = new Map<string, number>();
	for (const sample of profile.samples) {
		const seen = new Set<string>();
		for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
			seen.add(keyOf(byId.get(id)!.callFrame));
		}
		for (const key of seen) {
			inclusive.set(key, (inclusive.get(key) ?? 0) + 1);
		}
	}
	console.log('inclusive:');
	for (const [key, hits] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 60)) {
		console.log(`${((hits / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
	}
}

void main();

/** A function's name and place: in its source file when run from the bundle (its source map read), else as the profile gives it. */
function keyOf(callFrame: { functionName: string; url: string; lineNumber: number; columnNumber?: number }): string {
	const entry = (callFrame.url.endsWith('.js') ? findSourceMap(callFrame.url.replace(/^file:\/\//, ''))?.findEntry(callFrame.lineNumber, callFrame.columnNumber ?? 0) : undefined) as { originalSource?: string; originalLine?: number } | undefined;
	const place = entry?.originalSource !== undefined ? `${entry.originalSource.split('/').slice(-2).join('/')}:${(entry.originalLine ?? 0) + 1}` : `${callFrame.url.split('/').slice(-2).join('/')}:${callFrame.lineNumber + 1}`;
	return `${callFrame.functionName || '(anon)'} ${place}`;
}

/** Wraps the edit's steps (methods of the aligner and the draft cache) to time each: wall and CPU ms. */
function timePhases(): { clear(): void; print(edits: number): void } {
	const totals = new Map<string, { wall: number; cpu: number; calls: number }>();
	const wrap = (label: string, prototype: object, method: string) => {
		const target = prototype as Record<string, (...args: unknown[]) => unknown>;
		const original = target[method];
		target[method] = function (this: unknown, ...args: unknown[]) {
			const wall = performance.now();
			const cpu = process.cpuUsage();
			try {
				return original.apply(this, args);
			} finally {
				const used = process.cpuUsage(cpu);
				const total = totals.get(label) ?? totals.set(label, { wall: 0, cpu: 0, calls: 0 }).get(label)!;
				total.wall += performance.now() - wall;
				total.cpu += (used.user + used.system) / 1000;
				total.calls++;
			}
		};
	};
	wrap('compare', IncrementalComparer.prototype, 'compare');
	wrap('  aligner.addArticles', Aligner.prototype, 'addArticles');
	wrap('  aligner.claims (regrouping)', Aligner.prototype, 'claims');
	wrap('  drafts', DraftCache.prototype, 'drafts');
	wrap('    epoch', FolderEpoch.prototype, 'moved');
	wrap('    suspects', ReadersIndex.prototype, 'suspects');
	wrap('    near misses', NearMissRecords.prototype, 'read');
	wrap('    spellings', SpellingCache.prototype, 'drafts');
	wrap('    omissions', OmissionCache.prototype, 'drafts');
	wrap('names.combine', FolderNames.prototype, 'combine');
	return {
		clear: () => totals.clear(),
		print: (edits) => {
			console.log(`per edit (mean of ${edits}):      wall ms   CPU ms`);
			for (const [label, { wall, cpu }] of totals) {
				console.log(`${label.padEnd(32)} ${(wall / edits).toFixed(1).padStart(8)} ${(cpu / edits).toFixed(1).padStart(8)}`);
			}
		},
	};
}

/** What the edits allocated, per function (self) and with what it calls (inclusive), in MB per edit. */
async function printAllocations(edits: number): Promise<void> {
	interface Node {
		callFrame: { functionName: string; url: string; lineNumber: number };
		selfSize: number;
		children: Node[];
	}
	const { profile } = (await post('HeapProfiler.stopSampling')) as { profile: { head: Node } };
	const self = new Map<string, number>();
	const inclusive = new Map<string, number>();
	const walk = (node: Node, stack: Set<string>, caller = ''): number => {
		const named = `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').slice(-2).join('/')}`;
		// A built-in ("push", "sort") is listed with the function that called it.
		const key = node.callFrame.url ? named : `${named}<- ${caller}`;
		self.set(key, (self.get(key) ?? 0) + node.selfSize);
		let total = node.selfSize;
		const inner = new Set(stack).add(key);
		for (const child of node.children) {
			total += walk(child, inner, node.callFrame.url ? named : caller);
		}
		if (!stack.has(key)) {
			inclusive.set(key, (inclusive.get(key) ?? 0) + total);
		}
		return total;
	};
	const all = walk(profile.head, new Set());
	const mb = (bytes: number) => (bytes / edits / 1e6).toFixed(2).padStart(7);
	console.log(`allocated per edit: ${mb(all)} MB; self:`);
	for (const [key, bytes] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
		console.log(`${mb(bytes)} MB  ${key}`);
	}
	console.log('inclusive:');
	for (const [key, bytes] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
		console.log(`${mb(bytes)} MB  ${key}`);
	}
}
