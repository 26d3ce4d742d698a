import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { activationTimeText } from '../../src/features/activationTime';
import { MissingBundleError, requireBundle } from '../../src/features/bundles';

suite('Bundles loaded on first use, and the activation time', () => {
	let dist: string;
	setup(() => {
		dist = mkdtempSync(join(tmpdir(), 'crossread-bundles-'));
	});
	teardown(() => rmSync(dist, { recursive: true, force: true }));

	// eslint-disable-next-line @typescript-eslint/no-require-imports -- what the extension does with its bundles
	const load = (file: string) => () => require(join(dist, file)) as unknown;

	test('a missing bundle is named in one line that says what to do, without Node\'s require stack', () => {
		assert.throws(
			() => requireBundle(load('local.js'), 'dist/local.js', 'the in-process analysis'),
			(error: unknown) => {
				assert.ok(error instanceof MissingBundleError);
				assert.equal(error.message, 'Crossread: the in-process analysis (dist/local.js) is missing from the extension; reinstall Crossread, or run "npm run build" in its folder.');
				return true;
			},
		);
	});

	test('a bundle that is there but fails keeps its own error, even when what it lacks is another module', () => {
		writeFileSync(join(dist, 'broken.js'), 'throw new TypeError("the bundle itself failed");');
		assert.throws(() => requireBundle(load('broken.js'), 'dist/broken.js', 'a part'), (error: unknown) => error instanceof TypeError && !(error instanceof MissingBundleError));
		writeFileSync(join(dist, 'needy.js'), 'require("./absent-helper.js");');
		assert.throws(() => requireBundle(load('needy.js'), 'dist/needy.js', 'a part'), (error: unknown) => !(error instanceof MissingBundleError) && /absent-helper/.test(String(error)));
	});

	test('a bundle that is there is returned as it loads', () => {
		writeFileSync(join(dist, 'fine.js'), 'exports.answer = 42;');
		assert.deepEqual(requireBundle(load('fine.js'), 'dist/fine.js', 'a part'), { answer: 42 });
	});

	test('the activation time splits the wall clock at the call of activate and counts the CPU from the bundle\'s first line', () => {
		const loadStart = { wall: 1000, cpu: { user: 50_000, system: 10_000 } };
		const activateStart = { wall: 1009.4, cpu: { user: 57_000, system: 11_000 } };
		const end = { wall: 1014.2, cpu: { user: 60_500, system: 12_000 } };
		// 14.2 ms in all, 9.4 loading and 4.8 in activate; CPU (60.5 + 12) − (50 + 10) = 12.5 ms.
		assert.equal(activationTimeText(loadStart, activateStart, end), 'Activated in 14 ms (loading the code 9 ms, activate 5 ms), 13 ms of CPU.');
	});

	test('run from the sources, with no bundle to time, activation logs no time', () => {
		const now = { wall: 5, cpu: { user: 1, system: 1 } };
		assert.equal(activationTimeText(undefined, now, now), undefined);
	});
});
