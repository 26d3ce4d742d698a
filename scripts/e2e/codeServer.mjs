// Starts code-server (VS Code in a browser) with a fresh profile and the packaged extension, and
// stops it with everything it spawned. Used by the screenshot script and, later, the e2e suite.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** The project's root folder. */
export const root = join(import.meta.dirname, '..', '..');

/** Where scripts/e2e/setup.sh installs Node 24 and code-server. */
export const cache = process.env.CROSSREAD_E2E_CACHE ?? join(root, '.cache', 'e2e');

const codeServer = join(cache, 'code-server', 'node_modules', '.bin', 'code-server');
const node24 = join(cache, 'node24', 'bin');

/** User settings of the fresh profile: no welcome page, no chat side bar taking the keyboard focus. */
const baseSettings = {
	'workbench.startupEditor': 'none',
	'chat.disableAIFeatures': true,
	'workbench.secondarySideBar.defaultVisibility': 'hidden',
	'workbench.tips.enabled': false,
	'extensions.ignoreRecommendations': true,
	'telemetry.telemetryLevel': 'off',
	'security.workspace.trust.enabled': false,
	// The project folder sits inside a git repository: no prompt about opening it.
	'git.openRepositoryInParentFolders': 'never',
};

/**
 * Packages the extension into a .vsix (the production build runs as `vscode:prepublish`).
 * README links are made absolute against the repository URL in package.json, as the
 * Marketplace would show them.
 *
 * @param {string} folder The extension's folder.
 * @param {string} out Where to write the .vsix.
 * @param {string[]} [flags] More `vsce package` flags.
 */
export function packageExtension(folder, out, flags = []) {
	const { repository } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
	const base = (typeof repository === 'string' ? repository : repository?.url)?.replace(/\.git$/, '');
	const links = base ? ['--baseContentUrl', `${base}/blob/HEAD/`, '--baseImagesUrl', `${base}/raw/HEAD/`] : [];
	const result = spawnSync(join(root, 'node_modules', '.bin', 'vsce'), ['package', '--no-dependencies', ...links, ...flags, '--out', out], { cwd: folder, encoding: 'utf8' });
	if (result.status !== 0) {
		throw new Error(`Packaging ${folder} failed:\n${result.stdout}\n${result.stderr}`);
	}
}

/**
 * Starts code-server on a free loopback port.
 *
 * @param {{ vsix: string | string[], extraSettings?: Record<string, unknown> }} options The packaged extension(s) to install, and settings to add.
 * @returns {Promise<{ url: (folder: string) => string, userDataDir: string, stop: () => Promise<void> }>}
 */
export async function startCodeServer({ vsix, extraSettings = {} }) {
	if (!existsSync(codeServer)) {
		throw new Error(`code-server is not installed: run scripts/e2e/setup.sh (looked in ${cache}).`);
	}
	mkdirSync(join(cache, 'profiles'), { recursive: true });
	const profile = mkdtempSync(join(cache, 'profiles', 'run-'));
	const userDataDir = join(profile, 'user-data');
	const extensionsDir = join(profile, 'extensions');
	mkdirSync(join(userDataDir, 'User'), { recursive: true });
	writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...baseSettings, ...extraSettings }, null, '\t'));
	const env = { ...process.env, PATH: `${node24}:${process.env.PATH}` };
	const common = ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--config', join(profile, 'config.yaml')];
	for (const file of [vsix].flat()) {
		const install = spawnSync(codeServer, [...common, '--install-extension', file], { env, encoding: 'utf8' });
		if (install.status !== 0) {
			throw new Error(`Installing ${file} failed:\n${install.stdout}\n${install.stderr}`);
		}
	}

	const port = await freePort();
	// Its own process group (detached = setsid), so that the file watcher and extension host it spawns end with it.
	const server = spawn(codeServer, [...common, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust'], {
		env,
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	server.stdout.on('data', (chunk) => (output += chunk));
	server.stderr.on('data', (chunk) => (output += chunk));
	const base = `http://127.0.0.1:${port}`;
	const stop = async () => {
		try {
			process.kill(-server.pid, 'SIGTERM');
		} catch {
			// Already gone.
		}
		await new Promise((resolve) => setTimeout(resolve, 500));
		try {
			process.kill(-server.pid, 'SIGKILL');
		} catch {
			// Ended on SIGTERM.
		}
		rmSync(profile, { recursive: true, force: true });
	};
	try {
		await waitForHealth(`${base}/healthz`, 30_000);
	} catch (error) {
		await stop();
		throw new Error(`${error.message}\n${output}`, { cause: error });
	}
	return { url: (folder) => `${base}/?folder=${encodeURIComponent(folder)}`, userDataDir, stop };
}

async function freePort() {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address();
			probe.close(() => resolve(port));
		});
		probe.on('error', reject);
	});
}

async function waitForHealth(url, timeout) {
	const until = Date.now() + timeout;
	while (Date.now() < until) {
		const ok = await fetch(url).then((response) => response.ok).catch(() => false);
		if (ok) {
			return;
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`code-server did not answer ${url} within ${timeout / 1000} s.`);
}
