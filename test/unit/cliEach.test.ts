import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crossread } from './helpers/cli';

/** An event folder of fictional articles: the outlets disagree on one figure. */
function writeEvent(folder: string, town: string, figures: number[]): void {
	mkdirSync(folder, { recursive: true });
	figures.forEach((figure, index) => {
		writeFileSync(join(folder, `outlet${index + 1}.txt`), `The ${town} council approved a library budget of ${figure} million dollars on Monday after a long debate.\n`);
	});
}

suite('crossread report --each', function () {
	// Each test runs the command line, a process of its own with worker threads: slow on a busy machine.
	this.timeout(180_000);
	let root: string;
	let out: string;
	setup(() => {
		const base = mkdtempSync(join(tmpdir(), 'crossread-each-'));
		root = join(base, 'events');
		out = join(base, 'reports');
		writeEvent(join(root, 'riverton'), 'Riverton', [12, 14, 12]);
		writeEvent(join(root, 'marlow'), 'Marlow', [30, 30, 35]);
		mkdirSync(join(root, 'empty'));
		writeFileSync(join(root, 'empty', 'notes.pdf'), 'not an article');
		writeFileSync(join(root, 'stray.txt'), 'A file beside the event folders is no event.\n');
	});
	teardown(() => rmSync(join(root, '..'), { recursive: true, force: true }));

	test('writes one report per event, the same as reporting that folder alone, and names the failing event on one line', () => {
		const result = crossread('report', '--each', root, '--jobs', '2', '--format', 'json', '--out-dir', out);
		assert.equal(result.status, 1, result.stderr);
		assert.equal(result.stdout, '');
		for (const event of ['riverton', 'marlow']) {
			const alone = crossread('report', join(root, event), '--format', 'json');
			assert.equal(alone.status, 0, alone.stderr);
			assert.equal(readFileSync(join(out, `${event}.json`), 'utf8'), alone.stdout, event);
			assert.match(result.stderr, new RegExp(`^crossread: ${event}: report written to .*${event}\\.json$`, 'm'));
		}
		assert.ok(!existsSync(join(out, 'empty.json')));
		const emptyLines = result.stderr.split('\n').filter((line) => line.startsWith('crossread: empty:'));
		assert.equal(emptyLines.length, 1, result.stderr);
		assert.match(emptyLines[0], /no readable articles/);
		assert.match(result.stderr, /^crossread: 2 of 3 events reported in .*; failed: empty$/m);
		assert.doesNotMatch(result.stderr, /stray|\n\s+at /);
	});

	test('one worker reports every event in turn, in the chosen format; a second run does not take its reports for an event', () => {
		rmSync(join(root, 'empty'), { recursive: true });
		const inside = join(root, 'reports');
		const first = crossread('report', '--each', root, '--jobs', '1', '--format', 'markdown', '--out-dir', inside);
		assert.equal(first.status, 0, first.stderr);
		assert.match(readFileSync(join(inside, 'riverton.md'), 'utf8'), /12 million|14 million/);
		assert.ok(existsSync(join(inside, 'marlow.md')));
		const second = crossread('report', '--each', root, '--jobs', '1', '--format', 'markdown', '--out-dir', inside);
		assert.equal(second.status, 0, second.stderr);
		assert.match(second.stderr, /^crossread: 2 events reported in /m);
	});

	test('a wrong --jobs, --out with --each, and --jobs without --each each give one line and exit code 2', () => {
		for (const args of [
			['--each', root, '--jobs', '0'],
			['--each', root, '--out', join(out, 'one.json')],
			[join(root, 'riverton'), '--jobs', '2'],
		]) {
			const result = crossread('report', ...args);
			assert.equal(result.status, 2, args.join(' '));
			assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
		}
		const notFolder = crossread('report', '--each', join(root, 'stray.txt'));
		assert.equal(notFolder.status, 1);
		assert.match(notFolder.stderr, /^crossread: --each takes a folder of event folders/);
	});
});
