// Bundles the extension and the command line into dist/ (CommonJS, so VS Code and plain
// `node` load them alike); the ESM-only unified packages are bundled in.
import { readFileSync } from 'node:fs';
import * as esbuild from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const shared = {
	bundle: true,
	format: 'cjs',
	platform: 'node',
	target: 'node20',
	external: ['vscode'],
	minify: production,
	sourcemap: !production,
	sourcesContent: false,
	logLevel: 'warning',
	define: { CROSSREAD_VERSION: JSON.stringify(version) },
	// linkedom parses <style> sheets only when asked for `.sheet`, which article import never does.
	alias: { 'cssomnom/parse': './src/import/noStyleSheets.ts' },
};

const builds = [
	{ ...shared, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js' },
	{ ...shared, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

if (watch) {
	for (const options of builds) {
		await (await esbuild.context(options)).watch();
	}
} else {
	await Promise.all(builds.map((options) => esbuild.build(options)));
}
