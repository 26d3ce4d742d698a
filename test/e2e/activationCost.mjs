// The cost of activating the built extension outside VS Code, in a second and without a window:
// `dist/extension.js` is required and its `activate` run against a stand-in `vscode` module (every
// member of the real API by name, each a callable, constructible object that answers anything), in
// a fresh Node process per round. Printed: the CPU time of each step, best of the rounds (the
// machine is shared). Node's own modules the extension host has loaded before any extension
// (`node:crypto`, streams) are loaded before the clock starts. What VS Code adds (the API object it
// builds per extension, the messages to the window) is not counted: this is the part the bundle
// decides. `npm run bench:activation [rounds]` (after `npm run build`).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const rounds = Number(process.argv[2] ?? 9);
const root = fileURLToPath(new URL('../..', import.meta.url));
// The API's top-level names, from its declarations (`\texport class Uri`, `\texport namespace window`…).
const declarations = readFileSync(join(root, 'node_modules', '@types', 'vscode', 'index.d.ts'), 'utf8');
const names = [...new Set([...declarations.matchAll(/^\texport (?:declare )?(?:class|enum|namespace|const|let|var|function) (\w+)/gm)].map((match) => match[1]))];

// One round, run as `node -e` so that nothing is cached between rounds.
const round = `
const Module = require('node:module');
const path = require('node:path');
for (const builtin of ['node:crypto', 'node:fs', 'node:path', 'node:stream', 'node:child_process', 'node:net']) require(builtin);
const handler = {
	get(target, key) {
		if (key === 'then') return undefined;
		if (key === Symbol.toPrimitive) return () => '';
		if (key === Symbol.iterator) return function* () {};
		if (key === 'prototype') return target.prototype;
		if (!target.members.has(key)) target.members.set(key, stub());
		return target.members.get(key);
	},
	set(target, key, value) { target.members.set(key, value); return true; },
	apply: () => stub(),
	construct: () => stub(),
};
function stub() { const target = function () {}; target.members = new Map(); return new Proxy(target, handler); }
const vscode = {};
for (const name of ${JSON.stringify(names)}) vscode[name] = stub();
const load = Module._load;
Module._load = function (request, ...rest) { return request === 'vscode' ? vscode : load.call(this, request, ...rest); };
const cpu = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1000; };
const root = ${JSON.stringify(root)};
const t0 = cpu();
const extension = require(path.join(root, 'dist', 'extension.js'));
const t1 = cpu();
const context = { extension: { id: 'crossread.crossread' }, extensionUri: stub(), extensionPath: root, subscriptions: [], workspaceState: stub(), globalState: stub() };
extension.activate(context);
const t2 = cpu();
process.stdout.write(JSON.stringify({ require: t1 - t0, activate: t2 - t1 }));
process.exit(0);
`;

const results = [];
for (let i = 0; i < rounds; i++) {
	const child = spawnSync(process.execPath, ['-e', round], { encoding: 'utf8' });
	if (child.status !== 0) {
		process.stderr.write(child.stderr);
		process.exit(1);
	}
	results.push(JSON.parse(child.stdout));
}
const best = (key) => Math.min(...results.map((result) => result[key]));
const total = Math.min(...results.map((result) => result.require + result.activate));
console.log(`dist/extension.js (${(readFileSync(join(root, 'dist', 'extension.js')).length / 1024).toFixed(0)} KB), best of ${rounds} rounds (CPU ms): require ${best('require').toFixed(1)}, activate ${best('activate').toFixed(1)}, both ${total.toFixed(1)}`);
