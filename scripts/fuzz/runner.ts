/**
 * Runs fuzz tasks in child processes with a hard timeout per stage: a stage that hangs is killed
 * and reported as a failure, and the stages after it run in a fresh child.
 */
import { fork } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import type { ChildTask, StageResult } from './child';

/**
 * Bundles the child once, so that each of the hundreds of children starts in a fraction of a
 * second (through tsx, each would transpile the core again).
 */
export async function bundleChild(): Promise<string> {
	const outfile = join(mkdtempSync(join(tmpdir(), 'crossread-fuzz-')), 'child.cjs');
	await esbuild.build({
		entryPoints: [join(__dirname, 'child.ts')],
		bundle: true,
		platform: 'node',
		format: 'cjs',
		target: 'node20',
		outfile,
		logLevel: 'warning',
	});
	return outfile;
}

/**
 * Runs the stages of one task, respawning the child after a timeout or a crash.
 *
 * @param child The bundled child script.
 * @param task The case, size and stages.
 * @param timeoutMs The most one stage may take.
 * @returns One result per stage, in order.
 */
export async function runTask(child: string, task: ChildTask, timeoutMs: number): Promise<StageResult[]> {
	const results: StageResult[] = [];
	let remaining = task.stages;
	while (remaining.length > 0) {
		const batch = await runChild(child, { ...task, stages: remaining }, timeoutMs);
		results.push(...batch);
		remaining = task.stages.slice(results.length);
	}
	return results;
}

function runChild(child: string, task: ChildTask, timeoutMs: number): Promise<StageResult[]> {
	return new Promise((resolve) => {
		const results: StageResult[] = [];
		let current: string | undefined;
		let timer: NodeJS.Timeout | undefined;
		let failure: string | undefined;
		const process = fork(child, [JSON.stringify(task)], {
			execArgv: ['--expose-gc', '--max-old-space-size=4096'],
			stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
		});
		let stderr = '';
		process.stderr?.on('data', (chunk: Buffer) => {
			stderr = (stderr + chunk.toString()).slice(-2000);
		});
		const arm = () => {
			clearTimeout(timer);
			timer = setTimeout(() => {
				failure = `timeout after ${timeoutMs / 1000} s`;
				process.kill('SIGKILL');
			}, timeoutMs);
		};
		process.on('message', (message: { type: 'start'; stage: string } | { type: 'result'; result: StageResult }) => {
			if (message.type === 'start') {
				current = message.stage;
				arm();
			} else {
				clearTimeout(timer);
				current = undefined;
				results.push(message.result);
			}
		});
		process.on('exit', (code, signal) => {
			clearTimeout(timer);
			if (results.length < task.stages.length) {
				const reason = failure ?? `crashed (${signal ?? `exit ${code}`}${lastLine(stderr)})`;
				results.push({ stage: current ?? task.stages[results.length], error: reason });
			}
			resolve(results);
		});
	});
}

function lastLine(text: string): string {
	const line = text.trim().split('\n').filter((l) => /error|heap|stack/i.test(l)).pop();
	return line ? `: ${line.trim().slice(0, 80)}` : '';
}
