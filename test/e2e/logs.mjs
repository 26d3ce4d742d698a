// The logs code-server writes into the profile: the extension host's (`exthost*/remoteexthost.log`,
// VS Code's exthost.log) and Crossread's output channel (`exthost*/crossread.crossread/Crossread.log`).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitUntil } from '../../scripts/e2e/workbench.mjs';
import { session } from './session.mjs';

/**
 * The text of a log of this window's extension host (empty while it does not exist yet).
 *
 * @param {'exthost' | 'crossread'} which
 * @returns {string}
 */
export function readLog(which) {
	const logs = join(session().userDataDir, 'logs');
	if (!existsSync(logs)) {
		return '';
	}
	// One folder per code-server start, one exthost<N> folder per window: this run has one of each.
	for (const run of readdirSync(logs).sort().reverse()) {
		for (const host of readdirSync(join(logs, run)).filter((name) => /^exthost\d+$/.test(name)).sort().reverse()) {
			const file = which === 'exthost' ? join(logs, run, host, 'remoteexthost.log') : join(logs, run, host, 'crossread.crossread', 'Crossread.log');
			if (existsSync(file)) {
				return readFileSync(file, 'utf8');
			}
		}
	}
	return '';
}

/**
 * The time of a log line, as a `Date.now()` value (the log writes local time).
 *
 * @param {string} line `2026-11-25 01:34:28.250 [info] …`
 */
export function timeOf(line) {
	const match = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d\.\d{3})/.exec(line);
	return match ? new Date(`${match[1]}T${match[2]}`).getTime() : NaN;
}

/**
 * Waits until Crossread's log names a file and has logged another line after it: the analysis
 * that read the file has finished.
 *
 * @param {string} name
 */
export async function analysed(name) {
	await waitUntil(
		async () => readLog('crossread').split('\n').filter(Boolean),
		(lines) => {
			const at = lines.findIndex((line) => line.includes(name));
			return at >= 0 && at < lines.length - 1;
		},
		`Crossread has read ${name}`,
		60_000,
	);
}
