// Bundles the extension, the command line and the language server into dist/ (CommonJS, so VS
// Code and plain `node` load them alike); the ESM-only unified packages are bundled in.
// `--server` builds the language server only (what its tests need); `--bench` the benchmark.
import { readFileSync } from 'node:fs';
import * as esbuild from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const shared = {
	bundle: true,
	format: 'cjs',
	platform: 'node',
	// The language level Node 20 runs, not 'node20': esbuild's table for Node targets lacks regular
	// expressions with \p{…}, so it would rewrite each as `new RegExp(…)`, compiled again at every call.
	target: 'es2022',
	external: ['vscode'],
	minify: production,
	sourcemap: !production,
	sourcesContent: false,
	logLevel: 'warning',
	define: { CROSSREAD_VERSION: JSON.stringify(version) },
	// linkedom parses <style> sheets only when asked for `.sheet`, which article import never does.
	alias: { 'cssomnom/parse': './src/import/noStyleSheets.ts' },
};

// The language models (wink-nlp's English model, given names with their gender: 6 MB) are a
// bundle of their own, required on first use (src/core/text/loadLanguageModels.ts), so that no
// activation parses them.
const languageModelsFile = {
	name: 'language-models-file',
	setup(build) {
		build.onResolve({ filter: /^\.\/languageModels$/ }, () => ({ path: './languageModels.js', external: true }));
	},
};
shared.plugins = [languageModelsFile];
// The gazetteer's cities (src/core/text/languageModels.ts) keep the three fields the analysis
// reads: 1.8 MB of coordinates, time zones and populations would ship for nothing.
const gazetteerFields = {
	name: 'gazetteer-fields',
	setup(build) {
		build.onLoad({ filter: /city-timezones[\\/]data[\\/]cityMap\.json$/ }, (file) => {
			const cities = JSON.parse(readFileSync(file.path, 'utf8')).map(({ city, province, iso2 }) => ({ city, province, iso2 }));
			return { contents: JSON.stringify(cities), loader: 'json' };
		});
	},
};
const languageModels = { ...shared, plugins: [gazetteerFields], entryPoints: ['src/core/text/languageModels.ts'], outfile: 'dist/languageModels.js' };

// Add Article from URL… imports pages with a DOM, Readability and a YAML writer (400 KB): a bundle of
// its own (dist/importArticle.js), required by the command on first use, so that no activation parses it.
const importArticleFile = {
	name: 'import-article-file',
	setup(build) {
		build.onResolve({ filter: /^\.\.\/import\/importArticle$/ }, ({ importer }) => (importer.endsWith('addArticles.ts') ? { path: './importArticle.js', external: true } : undefined));
	},
};
// Each `import * as vscode from 'vscode'` would copy every member of the API object (hundreds) into
// a namespace of its own when the bundle loads, once per importing file (36 in the extension): one
// module re-exports it instead, so that the copy is made once. (A library's own `require('vscode')`
// is left as it is: it copies nothing.)
const vscodeOnce = {
	name: 'vscode-once',
	setup(build) {
		build.onResolve({ filter: /^vscode$/ }, ({ namespace, importer }) => (namespace === 'vscode-once' || /node_modules/.test(importer) ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'vscode-once' }));
		build.onLoad({ filter: /.*/, namespace: 'vscode-once' }, () => ({ contents: "export * from 'vscode';", loader: 'js' }));
	},
};
const extension = {
	...shared,
	plugins: [languageModelsFile, importArticleFile, vscodeOnce],
	entryPoints: ['src/extension.ts'],
	outfile: 'dist/extension.js',
	// When Node began running the bundle and when it had run it: the log's "Activated: loading the code … ms" (src/features/activationTime.ts).
	banner: { js: 'var CROSSREAD_LOAD_START = { wall: performance.now(), cpu: process.cpuUsage() };' },
	footer: { js: 'CROSSREAD_LOAD_START.loaded = { wall: performance.now(), cpu: process.cpuUsage() };' },
};
const importArticle = { ...shared, entryPoints: ['src/import/importArticle.ts'], outfile: 'dist/importArticle.js' };

const server = { ...shared, entryPoints: ['src/server/server.ts'], outfile: 'dist/server.js' };
// `--bench`: the benchmark as the command line and the extension ship the core (bundled, not
// through tsx, whose getters and rebuilt patterns cost a third more), never packaged (.vscodeignore).
const bench = [
	{ ...shared, entryPoints: ['scripts/bench.ts'], outfile: 'dist/bench.js' },
	{ ...shared, entryPoints: ['scripts/benchReport.ts'], outfile: 'dist/benchReport.js' },
];
const builds = process.argv.includes('--server')
	? [server, languageModels]
	: process.argv.includes('--bench')
		? [languageModels, ...bench]
		: [
			languageModels,
			extension,
			importArticle,
			{ ...shared, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
			// The language server's client, loaded by the extension only when crossread.server.enabled is on.
			{ ...shared, plugins: [languageModelsFile, vscodeOnce], entryPoints: ['src/features/serverClient.ts'], outfile: 'dist/client.js' },
			// The in-process analysis (the core), loaded by the extension only when crossread.server.enabled is off,
			// so that activation with the server on does not parse it.
			{ ...shared, plugins: [languageModelsFile, vscodeOnce], entryPoints: ['src/features/localAnalysis.ts'], outfile: 'dist/local.js' },
			server,
		];

if (watch) {
	for (const options of builds) {
		await (await esbuild.context(options)).watch();
	}
} else {
	await Promise.all(builds.map((options) => esbuild.build(options)));
}
