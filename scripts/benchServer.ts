/**
 * `npm run bench:server`: the language server as an editor meets it, printed, never asserted.
 *
 * 1. Start: from spawning `node dist/server.js --stdio` to the `initialize` answer, and to the
 *    first diagnostics of a three-article folder.
 * 2. While a folder of N generated articles is compared: a hover every 50 ms on the small
 *    folder's figure, answered from the last comparison (median and longest wait), and how long
 *    the comparison took.
 * 3. One edit in an open article once the folder is compared: time to its new diagnostics.
 * 4. Memory: the server's peak resident set (both engine threads included).
 *
 * BENCH_SERVER_SIZES=200,500 sets N (default 200).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildServer, fixtureWorkspace, LspSession } from '../test/unit/server/lspSession';
import { generateCluster } from './generateCluster';

interface Progress {
	token: unknown;
	value: { kind: string; message?: string };
}

const sizes = (process.env.BENCH_SERVER_SIZES ?? '200').split(',').map(Number);

function peakMegabytes(pid: number): number {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

function percentile(values: number[], share: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? NaN;
}

async function run(size: number): Promise<void> {
	const workspace = fixtureWorkspace();
	const gazette = workspace.uri('gazette.md');
	const text = readFileSync(join(workspace.folder, 'gazette.md'), 'utf8');
	const lines = text.split('\n');
	const line = lines.findIndex((candidate) => candidate.includes('15 percent'));
	const position = { line, character: lines[line].indexOf('15 percent') + 1 };
	const spawned = performance.now();
	const session = LspSession.start();
	try {
		await session.initialize(workspace.folder, { window: { workDoneProgress: true } });
		const initialized = performance.now();
		session.notify('textDocument/didOpen', { textDocument: { uri: gazette, languageId: 'markdown', version: 1, text } });
		await session.waitFor('textDocument/publishDiagnostics', (params: { uri: string }) => params.uri === gazette, 60_000);
		const firstDiagnostics = performance.now();

		const changes = generateCluster(size, 5).map((article, index) => {
			const file = join(workspace.folder, `wire-${String(index).padStart(4, '0')}.txt`);
			writeFileSync(file, article.text);
			return { uri: pathToFileURL(file).href, type: 1 };
		});
		session.notify('workspace/didChangeWatchedFiles', { changes });
		const pattern = new RegExp(`^Comparing ${size + 3} articles`);
		const begun = await session.waitFor('$/progress', (params: Progress) => pattern.test(params.value.message ?? ''), 120_000);
		const token = (begun.params as Progress).token;
		const ended = session.waitFor('$/progress', (params: Progress) => params.token === token && params.value.kind === 'end', 600_000);
		let comparing = true;
		void ended.then(() => (comparing = false));
		const latencies: number[] = [];
		while (comparing) {
			const asked = performance.now();
			const hover = await session.request<unknown>('textDocument/hover', { textDocument: { uri: gazette }, position });
			if (comparing && hover) {
				latencies.push(performance.now() - asked);
			}
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
		const compareMs = (await ended).at - begun.at;
		const landed = await session.waitFor('crossread/didChange', (params: { generation: number | null }) => (params.generation ?? 0) >= 2, 60_000);
		const generation = (landed.params as { generation: number }).generation;

		const edited = performance.now();
		const range = { start: { line: position.line, character: position.character - 1 }, end: { line: position.line, character: position.character + 1 } };
		session.notify('textDocument/didChange', { textDocument: { uri: gazette, version: 2 }, contentChanges: [{ range, text: '12' }] });
		const republished = await session.waitFor('crossread/didChange', (params: { generation: number | null }) => (params.generation ?? 0) > generation, 600_000);
		const peak = peakMegabytes(session.child.pid!);
		const logs = session.received.filter((item) => item.method === 'window/logMessage').map((item) => (item.params as { message: string }).message);
		const stalls = logs.map((message) => /longest stall meanwhile (\d+) ms/.exec(message)?.[1]).filter((value) => value !== undefined);

		console.log(`${size + 3} articles`);
		console.log(`  start: initialize answered ${(initialized - spawned).toFixed(0)} ms after spawn; first diagnostics (3 articles) after ${(firstDiagnostics - spawned).toFixed(0)} ms`);
		console.log(`  comparison of the larger folder: ${(compareMs / 1000).toFixed(1)} s (progress begin to end)`);
		console.log(`  hover while comparing: ${latencies.length} answered, median ${percentile(latencies, 0.5).toFixed(1)} ms, p95 ${percentile(latencies, 0.95).toFixed(1)} ms, longest ${Math.max(...latencies).toFixed(1)} ms`);
		console.log(`  one edit, compared again: ${((republished.at - edited) / 1000).toFixed(2)} s to new diagnostics (300 ms of it the edit's quiet time)`);
		console.log(`  the server's protocol thread, longest stall during each comparison: ${stalls.join(', ')} ms`);
		console.log(`  peak memory of the server process: ${peak.toFixed(0)} MB`);
		await session.stop();
	} finally {
		session.kill();
		workspace.dispose();
	}
}

async function main(): Promise<void> {
	buildServer();
	for (const size of sizes) {
		await run(size);
	}
}

void main();
