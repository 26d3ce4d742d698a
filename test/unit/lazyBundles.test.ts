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

	test('the activation time counts loading the code and activate as Crossread\'s, and the wait between them as VS Code\'s', () => {
		const start = { wall: 1000, cpu: { user: 50_000, system: 10_000 } };
		const loaded = { wall: 1009.4, cpu: { user: 57_000, system: 11_000 } };
		// Meanwhile VS Code loads another extension: 1.2 s, whose CPU is not Crossread's.
		const activateStart = { wall: 2209.4, cpu: { user: 900_000, system: 30_000 } };
		const end = { wall: 2214.2, cpu: { user: 903_500, system: 31_000 } };
		// Loading 9.4 ms and activate 4.8 ms; CPU (57 + 11 − 50 − 10) + (903.5 + 31 − 900 − 30) = 8 + 4.5 = 12.5 ms.
		assert.equal(
			activationTimeText({ start, loaded }, activateStart, end),
			'Activated: loading the code 9 ms, activate 5 ms, 13 ms of CPU; VS Code called activate 1,200 ms after the code had loaded.',
		);
	});

	test('run from the sources, with no bundle to time, activation logs no time', () => {
		const now = { wall: 5, cpu: { user: 1, system: 1 } };
		assert.equal(activationTimeText(undefined, now, now), undefined);
	});
});
