import * as assert from 'node:assert/strict';
import { crossread as runCrossread } from './helpers/cli';
import { sampleFolder } from './helpers/sample';

suite('crossread report --time-limit', () => {
	test('a limit no article can meet leaves each out with a warning naming it, and says nothing could be analysed', () => {
		const { status, stdout, stderr } = runCrossread('report', sampleFolder, '--time-limit', '0.0000001');
		assert.equal(status, 1);
		assert.equal(stdout, '');
		const lines = stderr.trim().split('\n');
		assert.ok(lines.filter((line) => /: its analysis was stopped after .*; left out of the comparison$/.test(line)).length >= 6, stderr);
		assert.match(lines[lines.length - 1], /^crossread: no article in .* could be analysed \(see the warnings above\)$/);
	});

	test('a limit that is not a positive number is refused in one line', () => {
		for (const bad of ['soon', '0', '-3']) {
			const { status, stderr } = runCrossread('report', sampleFolder, `--time-limit=${bad}`);
			assert.equal(status, 2);
			assert.match(stderr, /^crossread: --time-limit takes a number of seconds above 0, not "[^"]+"\n$/);
		}
	});
});
