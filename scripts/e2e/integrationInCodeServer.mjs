// Runs the bundled integration tests (out/test/integration/*.test.js, the @vscode/test-electron
// suite) inside code-server's extension host, for machines without a desktop VS Code: a
// throw-away harness extension loads them into mocha there, as @vscode/test-cli would, and
// writes mocha's JSON report, which this side waits for and prints.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { openWorkbench } from './browser.mjs';
import { startCodeServer } from './codeServer.mjs';
import { packageExtension } from './packageVsix.mjs';
import { codeProduct, root, runsDir } from './paths.mjs';
import { groupAlive } from './processes.mjs';

/**
 * @param {object} options
 * @param {string[]} options.files Bundled test files.
 * @param {string} options.workspace The folder to open (the fixture workspace).
 * @param {string} [options.vsix] The packaged extension (default: `$CROSSREAD_E2E_VSIX`, else packaged here).
 * @param {string} [options.workDir] A folder for the run, kept afterwards (default: `$CROSSREAD_E2E_ARTIFACTS/integration` when the runner sets it, else a new folder under the runs folder, removed afterwards).
 * @param {number} [options.timeout] How long the whole suite may take, in ms.
 * @returns {Promise<number>} The number of failed tests (1 when the run did not finish).
 */
export async function runIntegrationInCodeServer({ files, workspace, vsix = process.env.CROSSREAD_E2E_VSIX, workDir = artifactsDir(), timeout = 600_000 }) {
	if (!workDir) {
		mkdirSync(runsDir, { recursive: true });
	}
	if (workDir) {
		mkdirSync(workDir, { recursive: true });
	}
	const work = workDir ?? mkdtempSync(join(runsDir, 'integration-'));
	const report = join(work, 'report.json');
	try {
		let crossread = vsix;
		if (!crossread) {
			crossread = join(work, 'crossread.vsix');
			packageExtension(root, crossread);
		}
		const harness = join(work, 'harness.vsix');
		packageExtension(writeHarness(join(work, 'harness'), files, report), harness, ['--allow-missing-repository', '--skip-license']);

		const started = Date.now();
		// CROSSREAD_E2E_IN_PROCESS=1 runs them against the fallback, the analysis in the extension host (`crossread.server.enabled: false`).
		const settings = process.env.CROSSREAD_E2E_IN_PROCESS === '1' ? { 'crossread.server.enabled': false } : {};
		const server = await startCodeServer({ vsix: [crossread, harness], profileDir: join(work, 'profile'), settings });
		let workbench;
		try {
			// The extension host starts once a window is open on the folder; the harness runs the tests then.
			workbench = await openWorkbench(server.url(workspace));
			const until = Date.now() + timeout;
			while (!existsSync(report) && Date.now() < until && groupAlive(server.pgid)) {
				await sleep(250);
			}
		} finally {
			await workbench?.close();
			await server.stop();
		}
		if (!existsSync(report)) {
			console.error(`The integration tests did not finish within ${timeout / 1000} s (code-server's output: ${server.logFile}).`);
			return 1;
		}
		/** @type {{ error?: string, stats: { passes: number, failures: number }, tests: { fullTitle: string, duration?: number }[], failures: { fullTitle: string, err: { message?: string, stack?: string } }[] }} */
		const result = JSON.parse(readFileSync(report, 'utf8'));
		if (result.error) {
			console.error(`The integration tests could not run:\n${result.error}`);
			return 1;
		}
		for (const test of result.tests) {
			const failed = result.failures.find((failure) => failure.fullTitle === test.fullTitle);
			console.log(`${failed ? '  ✗' : '  ✓'} ${test.fullTitle} (${test.duration ?? 0} ms)`);
			if (failed) {
				console.log(`      ${(failed.err.stack ?? failed.err.message ?? '').split('\n').slice(0, 8).join('\n      ')}`);
			}
		}
		console.log(`${result.stats.passes} passing, ${result.stats.failures} failing in ${((Date.now() - started) / 1000).toFixed(0)} s (code-server, VS Code ${codeVersion()}, ${settings['crossread.server.enabled'] === false ? 'analysis in the extension host' : 'language server'})`);
		return result.stats.failures;
	} finally {
		if (!workDir) {
			rmSync(work, { recursive: true, force: true });
		}
	}
}

/**
 * A minimal extension that, once the workbench is up, runs the test files in mocha (tdd) and
 * writes the JSON report. The report appears whole or not at all (written aside, then renamed),
 * and a suite that cannot even load reports why instead of leaving the other side waiting.
 */
function writeHarness(folder, files, report) {
	mkdirSync(folder, { recursive: true });
	const mocha = createRequire(join(root, 'package.json')).resolve('mocha');
	writeFileSync(
		join(folder, 'package.json'),
		JSON.stringify({ name: 'crossread-test-harness', publisher: 'crossread', version: '0.0.0', engines: { vscode: '^1.90.0' }, main: './harness.js', activationEvents: ['onStartupFinished'] }, null, '\t'),
	);
	writeFileSync(join(folder, 'README.md'), "Runs Crossread's integration tests inside code-server. Never published.\n");
	writeFileSync(
		join(folder, 'harness.js'),
		`const fs = require('node:fs');
const Mocha = require(${JSON.stringify(mocha)});
const report = ${JSON.stringify(report)};
const partial = report + '.part';
exports.activate = () => {
	try {
		// As .vscode-test.mjs configures mocha for the desktop run.
		const mocha = new Mocha({ ui: 'tdd', timeout: 20000, reporter: 'json', reporterOption: { output: partial } });
		for (const file of ${JSON.stringify(files)}) mocha.addFile(file);
		mocha.run(() => fs.renameSync(partial, report));
	} catch (error) {
		fs.writeFileSync(partial, JSON.stringify({ error: String(error && error.stack || error) }));
		fs.renameSync(partial, report);
	}
};
`,
	);
	return folder;
}

/** Where the runner keeps a run's logs, when it runs the integration tests. */
function artifactsDir() {
	const artifacts = process.env.CROSSREAD_E2E_ARTIFACTS;
	return artifacts ? join(artifacts, 'integration') : undefined;
}

function codeVersion() {
	return existsSync(codeProduct) ? JSON.parse(readFileSync(codeProduct, 'utf8')).version : 'unknown';
}
