// Runs the integration tests in a local VS Code: `node scripts/test-integration.mjs [--code <path>]`
// (or VSCODE_EXECUTABLE=<path>), or with `--code-server` in code-server when scripts/e2e/setup.sh
// has installed it. The tests are always bundled, so that they at least compile; without an
// executable the run is skipped with a message, since none can be downloaded here.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const root = join(import.meta.dirname, '..');
const flag = process.argv.indexOf('--code');
const executable = flag >= 0 ? process.argv[flag + 1] : process.env.VSCODE_EXECUTABLE;

const entryPoints = readdirSync(join(root, 'test', 'integration'))
	.filter((name) => name.endsWith('.test.ts'))
	.map((name) => join(root, 'test', 'integration', name));
await esbuild.build({
	entryPoints,
	outdir: join(root, 'out', 'test', 'integration'),
	bundle: true,
	format: 'cjs',
	platform: 'node',
	target: 'node20',
	external: ['vscode', 'mocha'],
	sourcemap: true,
	logLevel: 'warning',
});
// esbuild's service process would otherwise outlive this one by a moment, and the end-to-end
// runner, which checks that a run leaves nothing behind, would find it there.
await esbuild.stop();
console.log(`Bundled ${entryPoints.length} integration test file(s) into out/test/integration/.`);

if (process.argv.includes('--code-server')) {
	const { runIntegrationInCodeServer } = await import('./e2e/integrationInCodeServer.mjs');
	const failures = await runIntegrationInCodeServer({
		files: entryPoints.map((file) => join(root, 'out', 'test', 'integration', file.split('/').pop().replace(/\.ts$/, '.js'))),
		workspace: join(root, 'test', 'fixtures', 'workspace'),
	});
	process.exit(failures === 0 ? 0 : 1);
}
if (!executable) {
	console.log('Integration tests skipped: no VS Code executable. Set VSCODE_EXECUTABLE=<path to code> or pass --code <path>.');
	process.exit(0);
}
const result = spawnSync(join(root, 'node_modules', '.bin', 'vscode-test'), ['--config', join(root, '.vscode-test.mjs')], {
	cwd: root,
	stdio: 'inherit',
	env: { ...process.env, VSCODE_EXECUTABLE: executable },
});
process.exit(result.status ?? 1);
