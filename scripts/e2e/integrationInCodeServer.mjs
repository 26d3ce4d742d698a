// Runs the bundled integration tests (out/test/integration/*.test.js) inside code-server's
// extension host, for machines without a desktop VS Code: a throw-away harness extension loads
// them into mocha there, the way @vscode/test-cli would, and writes mocha's JSON report.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cache, packageExtension, root, startCodeServer } from './codeServer.mjs';
import { openWorkbench } from './workbench.mjs';

/**
 * @param {{ files: string[], workspace: string, timeout?: number }} options Bundled test files, the folder to open.
 * @returns {Promise<number>} The number of failed tests (or 1 when the run did not finish).
 */
export async function runIntegrationInCodeServer({ files, workspace, timeout = 180_000 }) {
	const work = mkdtempSync(join(cache, 'integration-'));
	const report = join(work, 'report.json');
	try {
		const crossread = join(work, 'crossread.vsix');
		packageExtension(root, crossread);
		const harness = join(work, 'harness.vsix');
		packageExtension(writeHarness(join(work, 'harness'), files, report), harness, ['--allow-missing-repository', '--skip-license']);

		const server = await startCodeServer({ vsix: [crossread, harness] });
		let browser;
		try {
			// The extension host starts once a window is open on the folder.
			browser = (await openWorkbench(server.url(workspace))).browser;
			const until = Date.now() + timeout;
			while (!existsSync(report) && Date.now() < until) {
				await new Promise((resolve) => setTimeout(resolve, 500));
			}
		} finally {
			await browser?.close();
			await server.stop();
		}
		if (!existsSync(report)) {
			console.error(`The integration tests did not finish within ${timeout / 1000} s.`);
			return 1;
		}
		const { stats, tests, failures } = JSON.parse(readFileSync(report, 'utf8'));
		for (const test of tests) {
			const failed = failures.find((failure) => failure.fullTitle === test.fullTitle);
			console.log(`${failed ? '  ✗' : '  ✓'} ${test.fullTitle} (${test.duration ?? 0} ms)`);
			if (failed) {
				console.log(`      ${failed.err.message?.split('\n').join('\n      ')}`);
			}
		}
		console.log(`${stats.passes} passing, ${stats.failures} failing (code-server, VS Code ${codeVersion()})`);
		return stats.failures;
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

/** A minimal extension that, once the workbench is up, runs the test files in mocha (tdd) and writes the JSON report. */
function writeHarness(folder, files, report) {
	mkdirSync(folder, { recursive: true });
	const mocha = createRequire(join(root, 'package.json')).resolve('mocha');
	writeFileSync(
		join(folder, 'package.json'),
		JSON.stringify({ name: 'crossread-test-harness', publisher: 'crossread', version: '0.0.0', engines: { vscode: '^1.90.0' }, main: './harness.js', activationEvents: ['onStartupFinished'] }, null, '\t'),
	);
	writeFileSync(join(folder, 'README.md'), 'Runs Crossread\'s integration tests inside code-server. Never published.\n');
	writeFileSync(
		join(folder, 'harness.js'),
		`const Mocha = require(${JSON.stringify(mocha)});
exports.activate = () => {
	const mocha = new Mocha({ ui: 'tdd', timeout: 20000, reporter: 'json', reporterOption: { output: ${JSON.stringify(report)} } });
	for (const file of ${JSON.stringify(files)}) mocha.addFile(file);
	mocha.run();
};
`,
	);
	return folder;
}

function codeVersion() {
	const product = join(cache, 'code-server', 'node_modules', 'code-server', 'lib', 'vscode', 'product.json');
	return existsSync(product) ? JSON.parse(readFileSync(product, 'utf8')).version : 'unknown';
}
