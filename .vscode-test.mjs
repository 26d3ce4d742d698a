// Integration tests in a real VS Code (@vscode/test-cli). Nothing can be downloaded on the CI
// machine, so the suite runs against a local installation: scripts/test-integration.mjs sets
// VSCODE_EXECUTABLE (from the environment or `--code <path>`) and bundles the tests first.
import { defineConfig } from '@vscode/test-cli';

const executable = process.env.VSCODE_EXECUTABLE;

export default defineConfig({
	label: 'integration',
	files: 'out/test/integration/**/*.test.js',
	workspaceFolder: './test/fixtures/workspace',
	launchArgs: ['--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
	mocha: { ui: 'tdd', timeout: 20_000 },
	...(executable ? { useInstallation: { fromPath: executable } } : {}),
});
