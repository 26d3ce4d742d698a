import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { printable } from '../core/report/controlCharacters';
import type { ReportSettings } from './reportFolder';
import { UsageError } from './usageError';

/** What `--each` was asked. */
export interface EachOptions {
	/** The folder whose subfolders are the events. */
	root: string;
	/** Where the reports go (default: `<root>-reports` beside the root). */
	outDir?: string;
	/** Events reported at once, each in a worker thread (default: the cores, at most the events). */
	jobs?: number;
	settings: ReportSettings;
	/** The script a worker runs: the command line itself, which serves events when it is not the main thread. */
	workerScript: string;
}

/** One event sent to a worker. */
export interface EventTask {
	event: string;
	folder: string;
	out: string;
	settings: ReportSettings;
}

/** A worker's answer for one event. */
export type EventResult = { event: string; written: true; warnings: string[] } | { event: string; written: false; message: string; warnings: string[] };

const extensions: Record<ReportSettings['format'], string> = { text: 'txt', markdown: 'md', json: 'json' };

/**
 * `crossread report --each ROOT`: every subfolder of ROOT is one event, reported on its own in a
 * worker thread, `--jobs` at a time, to `<out-dir>/<event>.<txt|md|json>`. One line per event,
 * on standard error: where its report went, or why there is none. An event that fails (no
 * readable article, a bad ignore file, a crash of its worker) costs that event only: the others
 * are still reported, and a crashed worker is replaced.
 *
 * @param options The root, the output folder, the jobs, the report's settings.
 * @param say Prints one line.
 * @returns The exit code: 0 when every event was reported, 1 when any failed.
 */
export async function reportEach(options: EachOptions, say: (line: string) => void): Promise<number> {
	const root = options.root;
	if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) {
		throw new UsageError(`--each takes a folder of event folders, and ${printable(root)} is not a folder`);
	}
	const outDir = options.outDir ?? join(dirname(resolve(root)), `${basename(resolve(root))}-reports`);
	// A previous run's reports inside the root are no event.
	const events = readdirSync(root, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && resolve(root, entry.name) !== resolve(outDir))
		.map((entry) => entry.name)
		.sort();
	if (events.length === 0) {
		throw new UsageError(`no event folders in ${printable(root)} (--each reports each subfolder as one event)`);
	}
	mkdirSync(outDir, { recursive: true });
	const tasks: EventTask[] = events.map((event) => ({ event, folder: join(root, event), out: join(outDir, `${event}.${extensions[options.settings.format]}`), settings: options.settings }));
	const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), tasks.length));

	const failed: string[] = [];
	const report = (result: EventResult, task: EventTask) => {
		for (const warning of result.warnings) {
			say(`${printable(task.event)}: ${warning}`);
		}
		if (result.written) {
			say(`${printable(task.event)}: report written to ${printable(task.out)}`);
		} else {
			failed.push(task.event);
			say(`${printable(task.event)}: ${result.message}`);
		}
	};
	const queue = [...tasks];
	await Promise.all(Array.from({ length: jobs }, () => serveQueue(queue, options.workerScript, report)));
	say(failed.length === 0 ? `${tasks.length} events reported in ${printable(outDir)}` : `${tasks.length - failed.length} of ${tasks.length} events reported in ${printable(outDir)}; failed: ${failed.map(printable).join(', ')}`);
	return failed.length > 0 ? 1 : 0;
}

/**
 * A worker thread running the command line's script, which serves events when it is not the main
 * thread. NOTE: from source (the tests run `src/cli.ts` through tsx), the worker registers tsx
 * itself: the `--import tsx` it inherits does not reach a script it requires.
 */
function startWorker(script: string): Worker {
	const typescript = script.endsWith('.ts') ? `require(require.resolve('tsx/cjs/api', { paths: [${JSON.stringify(dirname(script))}] })).register();` : '';
	return new Worker(`${typescript}require(${JSON.stringify(script)});`, { eval: true });
}

/** One worker thread taking events from the queue until it is empty; a crashed worker fails its event and is replaced. */
async function serveQueue(queue: EventTask[], script: string, report: (result: EventResult, task: EventTask) => void): Promise<void> {
	while (queue.length > 0) {
		const worker = startWorker(script);
		// Exits cleanly once the queue is empty; after a crash, a new worker takes the rest.
		await new Promise<void>((done) => {
			let current: EventTask | undefined;
			const next = () => {
				current = queue.shift();
				if (current) {
					worker.postMessage(current);
				} else {
					void worker.terminate();
				}
			};
			worker.on('message', (result: EventResult) => {
				report(result, current!);
				next();
			});
			const crashed = (message: string) => {
				if (current) {
					report({ event: current.event, written: false, message, warnings: [] }, current);
					current = undefined;
				}
			};
			worker.on('error', (error) => crashed(`the analysis stopped: ${error.message}`));
			worker.on('exit', (code) => {
				crashed(`the analysis stopped (its worker exited with code ${code})`);
				done();
			});
			next();
		});
	}
}
