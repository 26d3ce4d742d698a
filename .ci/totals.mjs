// Totals the test counts of the logs given and prints "tests: N passed, N failed" as the last line.
// Usage: node .ci/totals.mjs LOG… STATUS. A step that failed without naming a failing test (a type
// error, a build that broke) counts as one failed test, so a broken run never totals "0 failed".
import { existsSync, readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const status = Number(args.pop());
let passed = 0;
let failed = 0;
for (const log of args) {
	// eslint-disable-next-line no-control-regex
	const text = existsSync(log) ? readFileSync(log, 'utf8').replace(/\u001b\[[0-9;]*m/g, '') : '';
	// "  329 passing (1m)", "  2 failing", "19 passing, 0 failing in 16 s (code-server…)"
	for (const match of text.matchAll(/^\s*(\d+) passing\b(?:, (\d+) failing)?/gm)) {
		passed += Number(match[1]);
		failed += Number(match[2] ?? 0);
	}
	for (const match of text.matchAll(/^\s*(\d+) failing\b/gm)) {
		failed += Number(match[1]);
	}
}
if (status !== 0 && failed === 0) {
	failed = 1;
}
// The same totals in the closing lines of node's test runner, whose "✔" marks mocha's output shares,
// so that a reader of the log who looks for that runner's summary finds it; the plain line is last.
console.log(`ℹ tests ${passed + failed}\nℹ pass ${passed}\nℹ fail ${failed}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exitCode = status === 0 && failed === 0 ? 0 : 1;
