/**
 * One child process of `npm run fuzz`: builds one case at one size, runs the stages asked for in
 * turn and reports each to the parent (which kills it when a stage outlives its timeout).
 *
 * argv[2] is a JSON `ChildTask`. Messages: `{ type: 'start', stage }` before a stage and
 * `{ type: 'result', result }` after it, so the parent always knows which stage a hang is in.
 */
import { fuzzCases, realisticArticle } from './generators';
import { stages } from './stages';

export interface ChildTask {
	caseName: string;
	size: number;
	stages: string[];
}

export interface StageResult {
	stage: string;
	/** Milliseconds of the stage's own work. */
	ms?: number;
	/** Heap still used after a collection, with the stage's result alive (MB). */
	heapMB?: number;
	/** Growth of the resident set over the stage (MB). */
	rssMB?: number;
	/** How many things the stage found (1 for a result that is not a list). */
	items?: number;
	/** What went wrong: an exception, a timeout, a crash. */
	error?: string;
}

const megabytes = (bytes: number) => bytes / 1024 / 1024;
const collect = () => (globalThis as { gc?: () => void }).gc?.();

function send(message: unknown): Promise<void> {
	return new Promise((resolve) => process.send!(message, () => resolve()));
}

async function main(): Promise<void> {
	const task = JSON.parse(process.argv[2]) as ChildTask;
	const fuzzCase = fuzzCases.find((candidate) => candidate.name === task.caseName);
	if (!fuzzCase) {
		throw new Error(`no fuzz case named ${task.caseName}`);
	}
	const text = fuzzCase.make(task.size);
	// Warm the JIT on ordinary text and on this very shape at a small size first, so that the
	// smallest size is not timed cold (which made 10 KB → 100 KB look like ×30).
	const warmUps = [realisticArticle(20_000, 3), fuzzCase.make(3_000)];
	for (const name of task.stages) {
		const stage = stages.find((candidate) => candidate.name === name)!;
		await send({ type: 'start', stage: name });
		for (const warmUp of warmUps) {
			stage.run(stage.prepare(warmUp));
		}
		let result: StageResult;
		try {
			const input = stage.prepare(text);
			collect();
			const heapBefore = process.memoryUsage().heapUsed;
			const rssBefore = process.memoryUsage().rss;
			const start = performance.now();
			const output = stage.run(input);
			const ms = performance.now() - start;
			const rssMB = megabytes(process.memoryUsage().rss - rssBefore);
			collect();
			const heapMB = megabytes(process.memoryUsage().heapUsed - heapBefore);
			// Read after the collection, so the result is alive while the heap is measured.
			result = { stage: name, ms, heapMB: Math.max(0, heapMB), rssMB: Math.max(0, rssMB), items: Array.isArray(output) ? output.length : 1 };
		} catch (error) {
			result = { stage: name, error: describe(error) };
		}
		await send({ type: 'result', result });
	}
}

function describe(error: unknown): string {
	const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
	return message.split('\n')[0].slice(0, 120);
}

main().then(
	() => process.exit(0),
	(error: unknown) => {
		console.error(describe(error));
		process.exit(2);
	},
);
