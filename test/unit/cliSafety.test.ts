import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { readIgnoreFileText } from '../../src/core/ignoreFileText';
import { isCrossreadReport, writeFileAtomically, writeReport } from '../../src/core/safeWrite';
import { cliSource, crossread } from './helpers/cli';
import { assertNoControls } from './helpers/hostile';
import { sampleFolder } from './helpers/sample';

const posix = process.platform !== 'win32';

/** Three short articles on one vote, written for these tests. */
function writeCluster(folder: string): void {
	writeFileSync(join(folder, 'a.txt'), 'The Riverton council approved a library budget of 12 million dollars on Monday after a long debate.\n');
	writeFileSync(join(folder, 'b.txt'), 'The Riverton council approved a library budget of 14 million dollars on Monday after a long debate.\n');
	writeFileSync(join(folder, 'c.txt'), 'On Monday the Riverton council approved a library budget of 12 million dollars after a debate.\n');
}

suite('crossread report: writing safely', function () {
	// Each test runs the command line, a process of its own: slow on a busy machine.
	this.timeout(120_000);
	let folder: string;
	setup(() => {
		folder = mkdtempSync(join(tmpdir(), 'crossread-safety-'));
		mkdirSync(join(folder, 'news'));
		writeCluster(join(folder, 'news'));
	});
	teardown(() => rmSync(folder, { recursive: true, force: true }));

	test('--out onto an input article is refused, and the article kept', () => {
		const article = join(folder, 'news', 'a.txt');
		const before = readFileSync(article, 'utf8');
		const result = crossread('report', join(folder, 'news'), '--out', article);
		assert.equal(result.status, 1);
		assert.match(result.stderr, /^crossread: not written to .*a\.txt: it is one of the articles read\n$/);
		assert.equal(readFileSync(article, 'utf8'), before);
	});

	test('a .crossread.json that is a link to /dev/zero is refused at once, not read forever', function () {
		if (!posix) {
			this.skip();
		}
		symlinkSync('/dev/zero', join(folder, 'news', '.crossread.json'));
		const result = crossread('report', join(folder, 'news'));
		assert.equal(result.status, 1);
		assert.match(result.stderr, /\.crossread\.json: not a regular file \(a character device\)\n$/);
	});

	test('escape sequences in file names and text never reach the terminal, in warnings or reports', function () {
		if (!posix) {
			this.skip();
		}
		writeFileSync(join(folder, 'news', 'x\u001b]52;c;ZXZpbA==\u0007\u001b[2J.txt'), '');
		writeFileSync(join(folder, 'news', 'd.txt'), 'The Riverton council \u001b]8;;https://evil.example\u0007approved\u001b]8;;\u0007 a library budget of 14 million dollars \u202eon Monday.\n');
		const result = crossread('report', join(folder, 'news'), '--min-severity', 'low');
		assert.equal(result.status, 0);
		assertNoControls(result.stderr, 'standard error');
		assertNoControls(result.stdout, 'text report');
		assert.match(result.stderr, /x\?\]52;c;ZXZpbA==\?\?\[2J\.txt: empty file/);
		assert.match(result.stdout, /■ d\n/, 'the article with escape sequences is read');
	});

	test('a closed pipe ends the command quietly: no stack trace', function () {
		if (!posix) {
			this.skip();
		}
		// The JSON of the sample is larger than a pipe's buffer, so the writer meets the closed pipe.
		const result = spawnSync('sh', ['-c', `"${process.execPath}" --import tsx "${cliSource}" report "${sampleFolder}" --format json --min-severity low | head -c 10`], { encoding: 'utf8', timeout: 60_000 });
		assert.equal(result.stdout, '{\n  "versi');
		assert.equal(result.stderr, '');
	});
});

suite('writeReport: what it refuses to replace', () => {
	let folder: string;
	setup(() => {
		folder = mkdtempSync(join(tmpdir(), 'crossread-write-'));
		writeCluster(folder);
	});
	teardown(() => rmSync(folder, { recursive: true, force: true }));

	test('an input, by another spelling of its path or through a link, is refused', async () => {
		const inputs = [join(folder, 'a.txt'), join(folder, 'b.txt')];
		const roundabout = `${folder}/../${basename(folder)}/./b.txt`;
		assert.deepEqual(await writeReport(roundabout, '# Crossread report\n', inputs), { error: `not written to ${roundabout}: it is one of the articles read` });
		if (posix) {
			symlinkSync(join(folder, 'a.txt'), join(folder, 'link.md'));
			assert.match((await writeReport(join(folder, 'link.md'), '# Crossread report\n', inputs))?.error ?? '', /it is a symbolic link/);
		}
		assert.match(readFileSync(join(folder, 'a.txt'), 'utf8'), /^The Riverton council/);
		assert.match(readFileSync(join(folder, 'b.txt'), 'utf8'), /^The Riverton council/);
	});

	test('a previous report is replaced; a file that is not one is kept', async () => {
		const out = join(folder, 'report.json');
		assert.equal(await writeReport(out, '{"version": 1, "articles": [], "discrepancies": []}\n', []), undefined);
		assert.equal(await writeReport(out, '{"version": 1, "articles": [1], "discrepancies": []}\n', []), undefined);
		assert.equal(readFileSync(out, 'utf8'), '{"version": 1, "articles": [1], "discrepancies": []}\n');
		writeFileSync(join(folder, 'notes.md'), '# My notes\n\nDo not lose these.\n');
		assert.match((await writeReport(join(folder, 'notes.md'), '# Crossread report\n', []))?.error ?? '', /it exists and is not a Crossread report/);
		assert.equal(readFileSync(join(folder, 'notes.md'), 'utf8'), '# My notes\n\nDo not lose these.\n');
		assert.deepEqual(readdirSync(folder).filter((name) => name.endsWith('.tmp')), [], 'no temporary file left');
	});

	test('an ignore file over the cap is refused with the cap, while reading', async () => {
		writeFileSync(join(folder, 'ignore.json'), `{"ignore": {"names": [${'"x",'.repeat(300_000)}"x"]}}`);
		assert.deepEqual(await readIgnoreFileText(join(folder, 'ignore.json')), { error: 'too large (over 1 MB)' });
		assert.deepEqual(await readIgnoreFileText(join(folder, 'none.json')), { text: undefined });
	});
});

suite('writeFileAtomically', () => {
	test('a failed write leaves the old content and no temporary file', async () => {
		const folder = mkdtempSync(join(tmpdir(), 'crossread-atomic-'));
		try {
			// A folder where the file should go: the rename fails after the temporary file is written.
			mkdirSync(join(folder, 'report.md'));
			writeFileSync(join(folder, 'report.md', 'keep.txt'), 'kept');
			await assert.rejects(writeFileAtomically(join(folder, 'report.md'), '# Crossread report\n'));
			assert.deepEqual(readdirSync(folder), ['report.md']);
			assert.equal(readFileSync(join(folder, 'report.md', 'keep.txt'), 'utf8'), 'kept');
			await writeFileAtomically(join(folder, 'new.md'), '# Crossread report\n');
			assert.equal(readFileSync(join(folder, 'new.md'), 'utf8'), '# Crossread report\n');
			assert.ok(!existsSync(join(folder, '.new.md.tmp')));
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	});

	test('a previous report is told from anything else by its own first line or JSON shape', async () => {
		assert.equal(isCrossreadReport('# Crossread report\n\n3 articles'), true);
		assert.equal(isCrossreadReport('Crossread report: 3 articles from 3 outlets\n'), true);
		assert.equal(isCrossreadReport('{"version": 1, "articles": [], "discrepancies": []}'), true);
		assert.equal(isCrossreadReport(''), true);
		assert.equal(isCrossreadReport('The council met on Monday.\n'), false);
		assert.equal(isCrossreadReport('{"version": 1}'), false);
		assert.equal(isCrossreadReport('Some text\n# Crossread report\n'), false);
	});
});
