// Finds and ends processes: whole process groups (code-server runs in one of its own, started
// with setsid), and every process that carries a run's marker in its environment (code-server,
// Chromium and all they spawn inherit it), to prove that a run left nothing behind.
import { readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** The environment variable that marks every process of one run. */
export const markerVariable = 'CROSSREAD_E2E_RUN';

/**
 * Whether any process of a group is alive.
 *
 * @param {number} pgid
 */
export function groupAlive(pgid) {
	try {
		process.kill(-pgid, 0);
		return true;
	} catch (error) {
		// EPERM: alive, but not ours to signal.
		return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
	}
}

/**
 * Ends a process group: SIGTERM, then SIGKILL for what is still there after `grace` ms.
 *
 * @param {number} pgid
 * @param {number} [grace]
 * @returns {Promise<boolean>} Whether the group is gone.
 */
export async function endGroup(pgid, grace = 5_000) {
	signalGroup(pgid, 'SIGTERM');
	if (await gone(pgid, grace)) {
		return true;
	}
	signalGroup(pgid, 'SIGKILL');
	return gone(pgid, 3_000);
}

/**
 * Signals a whole process group; nothing happens when it is already gone.
 *
 * @param {number} pgid
 * @param {NodeJS.Signals} signal
 */
export function signalGroup(pgid, signal) {
	try {
		process.kill(-pgid, signal);
	} catch {
		// Already gone.
	}
}

async function gone(pgid, timeout) {
	const until = Date.now() + timeout;
	while (groupAlive(pgid)) {
		if (Date.now() > until) {
			return false;
		}
		await sleep(100);
	}
	return true;
}

/**
 * The processes whose environment holds `CROSSREAD_E2E_RUN=<marker>`, this one excepted.
 *
 * @param {string} marker
 * @returns {{ pid: number, command: string }[]}
 */
export function markedProcesses(marker) {
	const needle = `\0${markerVariable}=${marker}\0`;
	const found = [];
	for (const entry of readdirSync('/proc')) {
		const pid = Number(entry);
		if (!Number.isInteger(pid) || pid === process.pid) {
			continue;
		}
		try {
			const environment = `\0${readFileSync(`/proc/${pid}/environ`, 'latin1')}`;
			const command = environment.includes(needle) ? readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim().slice(0, 160) : '';
			// A process with no command line is ending (its memory already released): a child the
			// suite stopped, read between its exit and its parent's wait, is no process left running.
			if (command !== '') {
				found.push({ pid, command });
			}
		} catch {
			// Ended while we looked, or not ours to read.
		}
	}
	return found;
}

/**
 * Waits up to `grace` ms for a run's processes to end by themselves: a helper whose parent has
 * just exited (esbuild's service sees its pipe close) ends a moment later and is no leftover.
 *
 * @param {string} marker
 * @param {number} [grace]
 */
export async function settle(marker, grace = 3_000) {
	const until = Date.now() + grace;
	while (markedProcesses(marker).length > 0 && Date.now() < until) {
		await sleep(100);
	}
}

/**
 * Kills every process of a run that is still there.
 *
 * @param {string} marker
 * @returns {{ pid: number, command: string }[]} What was left (and is now killed).
 */
export function killMarked(marker) {
	const left = markedProcesses(marker);
	for (const { pid } of left) {
		try {
			process.kill(pid, 'SIGKILL');
		} catch {
			// Ended meanwhile.
		}
	}
	return left;
}

/**
 * Whether a process exists (a process of another user, which may not be signalled, exists too).
 *
 * @param {number} pid
 */
export function isAlive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
	}
}
