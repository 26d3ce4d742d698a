import type * as vscode from 'vscode';
import type { ComparisonSource } from './comparisonSource';

/** How often the loop is sampled (ms). */
const period = 20;

/**
 * With `CROSSREAD_MEASURE_STALLS=1` in the extension host's environment (the end-to-end suite
 * sets it), logs with each new comparison the extension host's longest stall since the previous
 * one: "longest stall since the previous comparison: 640 ms; the most the process was busy in one
 * stall: 35 ms (500 articles)".
 * A timer every 20 ms measures how late it fires (wall clock) and how much CPU the process used
 * meanwhile: on a loaded machine a process can wait for a core for half a second without running
 * anything, which the wall clock alone counts as a block. Off by default: no timer runs.
 *
 * @returns The registration (stopping the timer).
 */
export function registerHostStallLog(source: ComparisonSource, log: vscode.LogOutputChannel): vscode.Disposable {
	if (process.env.CROSSREAD_MEASURE_STALLS !== '1') {
		return { dispose: () => undefined };
	}
	let last = performance.now();
	let lastCpu = process.cpuUsage();
	let longest = { late: 0, busy: 0 };
	const timer = setInterval(() => {
		const now = performance.now();
		const cpu = process.cpuUsage();
		const late = now - last - period;
		// CPU of every thread of the process, capped at the interval: what this thread can have spent in it at most.
		const busy = Math.min(now - last, (cpu.user - lastCpu.user + cpu.system - lastCpu.system) / 1000);
		longest = { late: Math.max(longest.late, late), busy: Math.max(longest.busy, busy) };
		[last, lastCpu] = [now, cpu];
	}, period);
	let generation = source.folder?.generation;
	const listener = source.onDidChange(() => {
		const folder = source.folder;
		if (!folder || folder.generation === generation) {
			return;
		}
		generation = folder.generation;
		log.info(`Extension host's longest stall since the previous comparison: ${Math.round(longest.late)} ms; the most the process was busy in one stall: ${Math.round(longest.busy)} ms (${folder.articles.length} articles).`);
		longest = { late: 0, busy: 0 };
	});
	return {
		dispose: () => {
			listener.dispose();
			clearInterval(timer);
		},
	};
}
