// `npm run test:e2e`: the extension in a real VS Code (code-server) in a real browser (Chromium).
// Sets up what is missing (scripts/e2e/setup.sh, cached), packages the .vsix, starts code-server
// on a copy of the sample cluster, runs the end-to-end suite (test/e2e, mocha), then the
// integration tests inside code-server's extension host; always ends every process it started,
// and fails when one is left.
//
//   node scripts/e2e/run.mjs [--grep <pattern>] [--images] [--skip-integration] [--skip-suite] [--vsix <file>]
//
// --images writes the README's screenshots to images/ (`npm run screenshots`).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { orphanedGroup, startCodeServer } from './codeServer.mjs';
import { packageExtension } from './packageVsix.mjs';
import { isSetUp, root, runsDir } from './paths.mjs';
import { endGroup, isAlive, killMarked, markerVariable, settle } from './processes.mjs';
import { afterTeardown, isStopping, track } from './teardown.mjs';

/** The suite's own settings on top of a fresh profile's. */
const settings = {
	// The look of the README's screenshots.
	'workbench.colorTheme': 'Default Dark Modern',
	'editor.minimap.enabled': false,
	// NOTE: a tree's sticky rows float over the rows scrolled under them and would take their clicks.
	'workbench.tree.enableStickyScroll': false,
};

/**
 * Runs the end-to-end suite and the integration tests in code-server.
 *
 * @param {object} options
 * @param {string} [options.grep] Only the suite's tests whose title matches.
 * @param {boolean} [options.images] Write the README's screenshots to images/.
 * @param {boolean} [options.suite] Run the end-to-end suite (default: true).
 * @param {boolean} [options.integration] Run the integration tests in code-server (default: true).
 * @param {string} [options.vsix] A packaged extension to test instead of packaging one.
 * @returns {Promise<number>} The exit code: 0 when everything passed and nothing was left running.
 */
export async function runEndToEnd({ grep, images = false, suite = true, integration = true, vsix } = {}) {
	const started = Date.now();
	const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
	setUp();
	await endOrphans();
	const runDir = join(runsDir, `${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}-${process.pid}`);
	mkdirSync(runDir, { recursive: true });
	writeFileSync(join(runDir, 'owner'), String(process.pid));
	// Every process of this run (code-server, Chromium, what they spawn) inherits the marker.
	const marker = `crossread-e2e-${process.pid}-${Date.now()}`;
	process.env[markerVariable] = marker;
	/** @type {{ pid: number, command: string }[]} */
	let leftovers;
	afterTeardown(() => (leftovers = killMarked(marker)));

	const results = { suite: 'skipped', integration: 'skipped' };
	let packaged = vsix && resolve(vsix);
	if (!packaged) {
		packaged = join(runDir, 'crossread.vsix');
		console.log('Packaging the extension (vsce package, production build)…');
		packageExtension(root, packaged);
		console.log(`Packaged ${packaged} (${elapsed()}).`);
	}

	if (suite) {
		const workspace = join(runDir, 'workspace', 'harbour-summit');
		// A copy: the suite adds files that are not articles, and the repository's sample stays as it is.
		cpSync(join(root, 'samples', 'harbour-summit'), workspace, { recursive: true });
		const server = await startCodeServer({ vsix: [packaged], settings, profileDir: join(runDir, 'code-server') });
		console.log(`code-server is up on ${server.base} (${elapsed()}).`);
		try {
			const code = await runChild(
				process.execPath,
				[join(root, 'node_modules', 'mocha', 'bin', 'mocha.js'), '--config', join(root, 'test', 'e2e', '.mocharc.json'), ...(grep ? ['--grep', grep] : [])],
				{
					CROSSREAD_E2E_URL: server.url(workspace),
					CROSSREAD_E2E_WORKSPACE: workspace,
					CROSSREAD_E2E_USER_DATA: server.userDataDir,
					CROSSREAD_E2E_ARTIFACTS: runDir,
					CROSSREAD_E2E_VSIX: packaged,
					...(images ? { CROSSREAD_E2E_IMAGES: join(root, 'images') } : {}),
				},
				30 * 60_000,
			);
			results.suite = code === 0 ? 'passed' : 'failed';
		} finally {
			const ended = await server.stop();
			console.log(ended ? `code-server stopped (${elapsed()}).` : `code-server's process group ${server.pgid} did not end.`);
		}
	}

	if (integration && !isStopping()) {
		console.log('\nIntegration tests (test/integration) in code-server:');
		const code = await runChild(process.execPath, [join(root, 'scripts', 'test-integration.mjs'), '--code-server'], { CROSSREAD_E2E_VSIX: packaged, CROSSREAD_E2E_ARTIFACTS: runDir }, 20 * 60_000);
		results.integration = code === 0 ? 'passed' : 'failed';
	}

	await settle(marker);
	leftovers = killMarked(marker);
	console.log(`\nEnd-to-end suite: ${results.suite}; integration tests in code-server: ${results.integration}; ${elapsed()} in all.`);
	printMeasurements(join(runDir, 'measurements.json'));
	if (leftovers.length > 0) {
		console.error(`Left running, now killed:\n${leftovers.map(({ pid, command }) => `  ${pid} ${command}`).join('\n')}`);
	} else {
		console.log('No process of the run is left.');
	}
	console.log(`Logs, screenshots and measurements: ${runDir}`);
	return Object.values(results).includes('failed') || leftovers.length > 0 ? 1 : 0;
}

function setUp() {
	if (isSetUp()) {
		return;
	}
	console.log('Setting up code-server, Node 24 and Chromium (once; cached in .cache/e2e)…');
	const result = spawnSync('bash', [join(import.meta.dirname, 'setup.sh')], { stdio: 'inherit' });
	if (result.status !== 0) {
		throw new Error('scripts/e2e/setup.sh failed.');
	}
}

/** Ends the code-server groups of runs whose runner was killed outright, and removes old runs' folders. */
async function endOrphans() {
	if (!existsSync(runsDir)) {
		return;
	}
	for (const run of readdirSync(runsDir)) {
		const folder = join(runsDir, run);
		for (const profile of [folder, ...(existsSync(folder) ? readdirSync(folder).map((name) => join(folder, name)) : [])]) {
			const pgid = orphanedGroup(profile);
			if (pgid) {
				console.log(`Ending code-server left by an earlier run (process group ${pgid}).`);
				await endGroup(pgid);
			}
		}
		const owner = Number(existsSync(join(folder, 'owner')) ? readFileSync(join(folder, 'owner'), 'utf8') : NaN);
		if (Number.isInteger(owner) && !isAlive(owner)) {
			rmSync(folder, { recursive: true, force: true });
		}
	}
}

/**
 * Runs a Node script as a child process with more environment, its output shown as it comes.
 * A signal to this process reaches it as SIGTERM (it ends its own browser and servers).
 *
 * @returns {Promise<number>} Its exit code (1 when it was ended by a signal or the time limit).
 */
function runChild(command, args, env, timeout) {
	return new Promise((finish) => {
		if (isStopping()) {
			finish(1);
			return;
		}
		const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
		const exited = new Promise((done) => child.once('exit', done));
		const untrack = track({
			name: `${args[0].split('/').pop()} (pid ${child.pid})`,
			stop: async () => {
				child.kill('SIGTERM');
				await exited;
			},
			kill: () => child.kill('SIGKILL'),
		});
		const timer = setTimeout(() => {
			console.error(`${args[0]} did not finish within ${timeout / 60_000} min: stopping it.`);
			child.kill('SIGTERM');
		}, timeout);
		child.once('exit', (code) => {
			clearTimeout(timer);
			untrack();
			finish(code ?? 1);
		});
	});
}

function printMeasurements(file) {
	if (!existsSync(file)) {
		return;
	}
	const measured = JSON.parse(readFileSync(file, 'utf8'));
	console.log('\nMeasured in code-server:');
	for (const [what, value] of Object.entries(measured)) {
		console.log(`  ${what}: ${typeof value === 'object' ? JSON.stringify(value) : value}`);
	}
}

if (import.meta.filename === process.argv[1]) {
	const { values } = parseArgs({
		options: {
			grep: { type: 'string' },
			images: { type: 'boolean', default: false },
			'skip-integration': { type: 'boolean', default: false },
			'skip-suite': { type: 'boolean', default: false },
			vsix: { type: 'string' },
		},
	});
	const code = await runEndToEnd({ grep: values.grep, images: values.images, suite: !values['skip-suite'], integration: !values['skip-integration'], vsix: values.vsix }).catch((error) => {
		console.error(error instanceof Error ? error.message : error);
		return 1;
	});
	// Leftovers are killed at exit too (afterTeardown), whatever happened above.
	process.exit(code);
}
