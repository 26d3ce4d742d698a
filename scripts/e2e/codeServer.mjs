// Starts code-server (VS Code's workbench served to a browser) with a fresh profile and packaged
// extensions, on a free loopback port, in a process group of its own; stops it with everything it
// spawned (file watcher, extension hosts, pty host).
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { codeServerBin, node24Bin, runsDir } from './paths.mjs';
import { endGroup, groupAlive, isAlive, markerVariable, signalGroup } from './processes.mjs';
import { track } from './teardown.mjs';

/** User settings of a fresh profile: nothing opens or prompts by itself, nothing takes the keyboard focus. */
const baseSettings = {
	'workbench.startupEditor': 'none',
	// Without these the Chat side bar opens and takes the focus: keys meant for the editor land in its input.
	'chat.disableAIFeatures': true,
	'workbench.secondarySideBar.defaultVisibility': 'hidden',
	'workbench.tips.enabled': false,
	'workbench.enableExperiments': false,
	'extensions.ignoreRecommendations': true,
	'extensions.autoCheckUpdates': false,
	'extensions.autoUpdate': false,
	'update.mode': 'none',
	'telemetry.telemetryLevel': 'off',
	'security.workspace.trust.enabled': false,
	// The sample folder sits inside a git repository: no prompt about opening it.
	'git.openRepositoryInParentFolders': 'never',
	'git.enabled': false,
};

/**
 * @typedef {object} CodeServer
 * @property {string} base `http://127.0.0.1:<port>`.
 * @property {(folder: string) => string} url The workbench URL that opens a folder.
 * @property {string} userDataDir The profile (its `logs/` holds the extension host's log).
 * @property {string} extensionsDir Where the extensions are installed.
 * @property {number} pgid code-server's process group.
 * @property {string} logFile code-server's own output.
 * @property {() => Promise<boolean>} stop Ends the process group; resolves whether it is gone.
 */

/**
 * Installs extensions into a fresh profile and starts code-server.
 *
 * @param {object} options
 * @param {string[]} options.vsix Packaged extensions to install.
 * @param {Record<string, unknown>} [options.settings] User settings added to the fresh profile's.
 * @param {string} [options.profileDir] An empty folder for the profile (default: a new one under the runs folder).
 * @param {boolean} [options.restricted] Workspace trust on, and folders opened untrusted (Restricted Mode) without a prompt.
 * @returns {Promise<CodeServer>}
 */
export async function startCodeServer({ vsix, settings = {}, profileDir, restricted = false }) {
	if (!existsSync(codeServerBin)) {
		throw new Error(`code-server is not installed: run scripts/e2e/setup.sh (looked for ${codeServerBin}).`);
	}
	if (!profileDir) {
		mkdirSync(runsDir, { recursive: true });
	}
	const profile = profileDir ?? mkdtempSync(join(runsDir, 'code-server-'));
	const userDataDir = join(profile, 'user-data');
	const extensionsDir = join(profile, 'extensions');
	mkdirSync(join(userDataDir, 'User'), { recursive: true });
	const trust = restricted ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.untrustedFiles': 'open' } : {};
	writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...baseSettings, ...trust, ...settings }, null, '\t'));
	const env = {
		...process.env,
		PATH: `${node24Bin}:${process.env.PATH}`,
		// Crossread logs the extension host's longest stall with each comparison (src/features/hostStalls.ts).
		CROSSREAD_MEASURE_STALLS: '1',
		// Every process of the run carries the marker: the runner checks that none is left.
		[markerVariable]: process.env[markerVariable] ?? `standalone-${process.pid}`,
	};
	const common = ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--config', join(profile, 'config.yaml')];
	for (const file of vsix) {
		const install = spawnSync(codeServerBin, [...common, '--install-extension', file], { env, encoding: 'utf8', timeout: 120_000 });
		if (install.status !== 0) {
			throw new Error(`Installing ${file} into code-server failed:\n${install.stdout}\n${install.stderr}`);
		}
	}

	const logFile = join(profile, 'code-server.log');
	// NOTE: a free port can be taken between the probe and code-server's bind: try a few.
	for (let attempt = 1; ; attempt++) {
		const port = await freePort();
		const out = openSync(logFile, 'a');
		// detached: its own process group (setsid), so that everything it spawns ends with it.
		const server = spawn(
			codeServerBin,
			[...common, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', ...(restricted ? [] : ['--disable-workspace-trust']), '--disable-getting-started-override', '--ignore-last-opened', '--locale', 'en'],
			{ env, detached: true, stdio: ['ignore', out, out] },
		);
		closeSync(out);
		const pgid = /** @type {number} */ (server.pid);
		writeFileSync(join(profile, 'code-server.pid'), JSON.stringify({ pgid, owner: process.pid }));
		const untrack = track({ name: `code-server (process group ${pgid})`, stop: () => endGroup(pgid).then(() => undefined), kill: () => signalGroup(pgid, 'SIGKILL') });
		let exited = false;
		server.on('exit', () => (exited = true));
		const stop = async () => {
			const ended = await endGroup(pgid);
			untrack();
			return ended;
		};
		const base = `http://127.0.0.1:${port}`;
		const healthy = await waitForHealth(`${base}/healthz`, () => exited, 60_000);
		if (healthy) {
			return { base, url: (folder) => `${base}/?folder=${encodeURIComponent(folder)}`, userDataDir, extensionsDir, pgid, logFile, stop };
		}
		await stop();
		const output = readFileSync(logFile, 'utf8');
		if (attempt < 3 && /EADDRINUSE/.test(output)) {
			continue;
		}
		throw new Error(`code-server did not come up on ${base}; its output (${logFile}):\n${output.slice(-4000)}`);
	}
}

/**
 * Whether a process group recorded by `startCodeServer` outlived the process that started it
 * (that process was killed with SIGKILL): such a group is ended by the next run.
 *
 * @param {string} profile A profile folder.
 * @returns {number | undefined} The orphaned group.
 */
export function orphanedGroup(profile) {
	const file = join(profile, 'code-server.pid');
	if (!existsSync(file)) {
		return undefined;
	}
	const { pgid, owner } = JSON.parse(readFileSync(file, 'utf8'));
	if (isAlive(owner) || !groupAlive(pgid)) {
		return undefined;
	}
	// Only a group that is still code-server: process ids are reused.
	const command = (() => {
		try {
			return readFileSync(`/proc/${pgid}/cmdline`, 'utf8');
		} catch {
			return '';
		}
	})();
	return command.includes('code-server') ? pgid : undefined;
}

async function freePort() {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
		probe.on('error', reject);
	});
}

async function waitForHealth(url, exited, timeout) {
	const until = Date.now() + timeout;
	while (Date.now() < until && !exited()) {
		const ok = await fetch(url, { signal: AbortSignal.timeout(2_000) }).then(
			(response) => response.ok,
			() => false,
		);
		if (ok) {
			return true;
		}
		await sleep(200);
	}
	return false;
}
