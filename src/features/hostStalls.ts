import { monitorEventLoopDelay } from 'node:perf_hooks';
import type * as vscode from 'vscode';
import type { ComparisonSource } from './comparisonSource';

/**
 * Logs the extension host's longest block between two comparisons, with each new comparison:
 * "extension host's longest block since the previous comparison: 12 ms (500 articles)". Every
 * extension's hovers and commands wait that long at worst; the end-to-end suite reads it. The
 * histogram samples every 20 ms (one timer), so a block shorter than that may read as 20 ms.
 *
 * @returns The registration (stopping the histogram).
 */
export function registerHostStallLog(source: ComparisonSource, log: vscode.LogOutputChannel): vscode.Disposable {
	const histogram = monitorEventLoopDelay({ resolution: 20 });
	histogram.enable();
	let generation = source.folder?.generation;
	const listener = source.onDidChange(() => {
		const folder = source.folder;
		if (!folder || folder.generation === generation) {
			return;
		}
		generation = folder.generation;
		log.info(`Extension host's longest block since the previous comparison: ${Math.round(histogram.max / 1e6)} ms (${folder.articles.length} articles).`);
		histogram.reset();
	});
	return {
		dispose: () => {
			listener.dispose();
			histogram.disable();
		},
	};
}
