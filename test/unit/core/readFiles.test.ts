import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countInvalidUtf8, decodeBytes } from '../../../src/core/decode';
import { loadArticles } from '../../../src/core/load';
import { readRegularFile } from '../../../src/core/readRegularFile';

const article = 'Leaders met in the port on Tuesday.\n\n“We agreed,” the minister said.\n';
const posix = process.platform !== 'win32';

suite('readRegularFile', () => {
	let folder: string;
	setup(() => {
		folder = mkdtempSync(join(tmpdir(), 'crossread-read-'));
	});
	teardown(() => rmSync(folder, { recursive: true, force: true }));

	test('a regular file is read whole, in pieces, up to the cap', async () => {
		writeFileSync(join(folder, 'a.txt'), 'x'.repeat(3 * 1024 * 1024 + 5));
		const read = await readRegularFile(join(folder, 'a.txt'), 4 * 1024 * 1024);
		assert.ok('bytes' in read);
		assert.equal(read.bytes.length, 3 * 1024 * 1024 + 5);
	});

	test('a file one byte over the cap is refused while reading', async () => {
		writeFileSync(join(folder, 'a.txt'), 'x'.repeat(1025));
		assert.deepEqual(await readRegularFile(join(folder, 'a.txt'), 1024), { error: 'too large (over 0.001 MB)', reason: 'too-large' });
		writeFileSync(join(folder, 'b.txt'), 'x'.repeat(1024));
		assert.ok('bytes' in (await readRegularFile(join(folder, 'b.txt'), 1024)));
	});

	test('/dev/zero and /dev/urandom are refused as devices at once, never read', async function () {
		if (!posix) {
			this.skip();
		}
		for (const device of ['/dev/zero', '/dev/urandom']) {
			assert.deepEqual(await readRegularFile(device, 64 * 1024 * 1024), { error: 'not a regular file (a character device)', reason: 'not-regular' });
		}
	});

	test('a FIFO with no writer is refused without waiting for one', async function () {
		if (!posix) {
			this.skip();
		}
		execFileSync('mkfifo', [join(folder, 'pipe.txt')]);
		assert.deepEqual(await readRegularFile(join(folder, 'pipe.txt'), 1024), { error: 'not a regular file (a FIFO (named pipe))', reason: 'not-regular' });
	});

	test('a socket is refused as a socket', async function () {
		if (!posix) {
			this.skip();
		}
		const server = await listen(join(folder, 'live.txt'));
		try {
			assert.deepEqual(await readRegularFile(join(folder, 'live.txt'), 1024), { error: 'not a regular file (a socket)', reason: 'not-regular' });
		} finally {
			server.close();
		}
	});

	test('a link to nothing and a missing file are told apart', async function () {
		if (!posix) {
			this.skip();
		}
		symlinkSync(join(folder, 'gone.txt'), join(folder, 'dangling.txt'));
		assert.deepEqual(await readRegularFile(join(folder, 'dangling.txt'), 1024), { error: 'a symbolic link to nothing (its target does not exist)', reason: 'link' });
		assert.deepEqual(await readRegularFile(join(folder, 'gone.txt'), 1024), { error: 'deleted while being read', reason: 'missing' });
	});
});

suite('decodeBytes: invalid UTF-8', () => {
	test('bytes that are not UTF-8 become replacement characters, counted, as VS Code shows them', () => {
		const decoded = decodeBytes(Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' said '), Buffer.from([0x93]), Buffer.from('ok'), Buffer.from([0x94]), Buffer.from(' today in the port.')]));
		assert.deepEqual(decoded, { text: 'Caf\uFFFD said \uFFFDok\uFFFD today in the port.', encoding: 'utf-8', caveat: 'not valid UTF-8: 3 bytes shown as \uFFFD' });
	});

	test('the count is of bytes, as the decoder replaces them: a cut sequence, an overlong form, a surrogate', () => {
		assert.equal(countInvalidUtf8(Buffer.from([0xe2, 0x80, 0x41])), 2);
		assert.equal(countInvalidUtf8(Buffer.from([0xc0, 0xaf])), 2);
		assert.equal(countInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80])), 3);
		assert.equal(countInvalidUtf8(Buffer.from('“curly” and € and 𝄞')), 0);
	});

	test('a curly quote in valid UTF-8 is never read as another code page', () => {
		assert.deepEqual(decodeBytes(Buffer.from(`<meta charset="windows-1252">\n${article}`)), { text: `<meta charset="windows-1252">\n${article}`, encoding: 'utf-8' });
	});

	test('a file that declares Windows-1252 and is not UTF-8 is read in it', () => {
		const bytes = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="windows-1252"?>\n'), Buffer.from([0x93]), Buffer.from('ok'), Buffer.from([0x94]), Buffer.from(' said the minister in the port.')]);
		const decoded = decodeBytes(bytes);
		assert.deepEqual(decoded, { text: '<?xml version="1.0" encoding="windows-1252"?>\n“ok” said the minister in the port.', encoding: 'windows-1252', caveat: 'not valid UTF-8: read as windows-1252, the encoding it declares' });
	});

	test('front matter can declare the encoding; prose that names one does not', () => {
		const latin2 = Buffer.concat([Buffer.from('---\noutlet: Test\nencoding: iso-8859-2\n---\nThe mayor of '), Buffer.from([0xa3, 0xf3, 0x64, 0xbc]), Buffer.from(' spoke in the port.\n')]);
		assert.equal((decodeBytes(latin2) as { text: string }).text.split('\n')[4], 'The mayor of Łódź spoke in the port.');
		const prose = Buffer.concat([Buffer.from('The page says encoding: windows-1252 and '), Buffer.from([0x93]), Buffer.from('means nothing here in the port.')]);
		assert.equal((decodeBytes(prose) as { encoding: string }).encoding, 'utf-8');
	});

	test('text that is mostly not UTF-8 is refused with the likely reason', () => {
		const decoded = decodeBytes(Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 2 ? 0xe9 : 0x41))));
		assert.match((decoded as { error: string }).error, /not valid UTF-8/);
	});
});

suite('loadArticles: files that are not articles', () => {
	let folder: string;
	setup(() => {
		folder = mkdtempSync(join(tmpdir(), 'crossread-load-'));
	});
	teardown(() => rmSync(folder, { recursive: true, force: true }));

	test('a device given as an argument is skipped with its kind, and the others are read', async function () {
		if (!posix) {
			this.skip();
		}
		writeFileSync(join(folder, 'a.txt'), article);
		const loaded = await loadArticles(['/dev/zero', join(folder, 'a.txt'), '/dev/urandom']);
		assert.deepEqual(
			loaded.sources.map((source) => source.id),
			['a'],
		);
		assert.deepEqual(loaded.warnings, [
			{ path: '/dev/urandom', message: 'not a regular file (a character device), skipped' },
			{ path: '/dev/zero', message: 'not a regular file (a character device), skipped' },
		]);
	});

	test('a FIFO and a socket found in a folder are skipped with their kind', async function () {
		if (!posix) {
			this.skip();
		}
		writeFileSync(join(folder, 'a.txt'), article);
		execFileSync('mkfifo', [join(folder, 'pipe.md')]);
		const server = await listen(join(folder, 'socket.txt'));
		try {
			const loaded = await loadArticles([folder]);
			assert.deepEqual(
				loaded.sources.map((source) => source.id),
				['a'],
			);
			assert.deepEqual(
				loaded.warnings.map((warning) => [warning.path.slice(folder.length + 1), warning.message]),
				[
					['pipe.md', 'not a regular file (a FIFO (named pipe)), skipped'],
					['socket.txt', 'not a regular file (a socket), skipped'],
				],
			);
		} finally {
			server.close();
		}
	});

	test('a FIFO given as an argument is skipped, not waited on', async function () {
		if (!posix) {
			this.skip();
		}
		execFileSync('mkfifo', [join(folder, 'pipe')]);
		const loaded = await loadArticles([join(folder, 'pipe')]);
		assert.deepEqual(loaded.warnings, [{ path: join(folder, 'pipe'), message: 'not a regular file (a FIFO (named pipe)), skipped' }]);
	});

	test('linked files and folders are read once; a loop and a link to nothing are warned about', async function () {
		if (!posix) {
			this.skip();
		}
		mkdirSync(join(folder, 'desk'));
		writeFileSync(join(folder, 'desk', 'real.txt'), article);
		mkdirSync(join(folder, 'elsewhere'));
		writeFileSync(join(folder, 'elsewhere', 'far.md'), article);
		mkdirSync(join(folder, 'inbox'));
		// A link to a file outside, a link to a file inside, a link to a folder outside, a loop, a link to nothing.
		symlinkSync(join(folder, 'elsewhere', 'far.md'), join(folder, 'inbox', 'linked.md'));
		symlinkSync(join(folder, 'desk', 'real.txt'), join(folder, 'inbox', 'again.txt'));
		symlinkSync(join(folder, 'elsewhere'), join(folder, 'inbox', 'more'));
		symlinkSync(join(folder, 'inbox'), join(folder, 'inbox', 'loop'));
		symlinkSync(join(folder, 'nowhere.txt'), join(folder, 'inbox', 'broken.txt'));
		const loaded = await loadArticles([join(folder, 'desk'), join(folder, 'inbox')]);
		assert.deepEqual(
			loaded.sources.map((source) => source.path.slice(folder.length + 1)),
			['desk/real.txt', 'inbox/linked.md'],
		);
		assert.deepEqual(
			loaded.warnings.map((warning) => [warning.path.slice(folder.length + 1), warning.message.replaceAll(folder + '/', '')]),
			[
				['inbox/again.txt', 'the same file as desk/real.txt (through a link), skipped'],
				['inbox/broken.txt', 'a symbolic link to nothing (its target does not exist), skipped'],
				['inbox/loop', 'a symbolic link loop (it leads back to inbox), skipped'],
				['inbox/more/far.md', 'the same file as inbox/linked.md (through a link), skipped'],
			],
		);
	});

	test('a link up the tree is a loop even above the folder given; a link to a searched folder is said; a stray link is not an article', async function () {
		if (!posix) {
			this.skip();
		}
		mkdirSync(join(folder, 'desk', 'sub'), { recursive: true });
		writeFileSync(join(folder, 'desk', 'sub', 'story.txt'), article);
		mkdirSync(join(folder, 'other'));
		writeFileSync(join(folder, 'other', 'more.txt'), article);
		symlinkSync(folder, join(folder, 'desk', 'sub', 'up'));
		symlinkSync(join(folder, 'other'), join(folder, 'desk', 'sub', 'sideways'));
		symlinkSync(join(folder, 'missing.json'), join(folder, 'desk', 'sub', 'notes.json'));
		const loaded = await loadArticles([join(folder, 'other'), join(folder, 'desk', 'sub')]);
		assert.deepEqual(
			loaded.sources.map((source) => source.path.slice(folder.length + 1)),
			['desk/sub/story.txt', 'other/more.txt'],
		);
		assert.deepEqual(
			loaded.warnings.map((warning) => [warning.path.slice(folder.length + 1), warning.message.replaceAll(folder + '/', '')]),
			[
				['desk/sub/sideways', 'a link to other, already searched, skipped'],
				['desk/sub/up', 'a symbolic link loop (it leads back to a folder above it), skipped'],
			],
		);
	});

	test('a file whose name is not valid UTF-8 is read, and the name is shown with U+FFFD', async function () {
		if (process.platform !== 'linux') {
			this.skip();
		}
		const name = Buffer.concat([Buffer.from(join(folder, 'caf')), Buffer.from([0xe9]), Buffer.from('.txt')]);
		writeFileSync(name, article);
		const loaded = await loadArticles([folder]);
		assert.deepEqual(
			loaded.sources.map((source) => [source.path, source.text]),
			[[join(folder, 'caf\uFFFD.txt'), article]],
		);
		assert.deepEqual(loaded.warnings, [{ path: join(folder, 'caf\uFFFD.txt'), message: 'its name is not valid UTF-8: shown with \uFFFD, read all the same' }]);
	});

	test('invalid UTF-8 in a file is read with replacement characters and a warning', async () => {
		writeFileSync(join(folder, 'a.txt'), Buffer.concat([Buffer.from('The minister'), Buffer.from([0x92]), Buffer.from('s aide spoke in the port on Tuesday.\n')]));
		const loaded = await loadArticles([folder]);
		assert.equal(loaded.sources[0].text, 'The minister\uFFFDs aide spoke in the port on Tuesday.\n');
		assert.deepEqual(loaded.warnings, [{ path: join(folder, 'a.txt'), message: 'not valid UTF-8: 1 byte shown as \uFFFD' }]);
	});

	test('a file over the cap is skipped with the cap in the message', async () => {
		writeFileSync(join(folder, 'big.txt'), 'x'.repeat(2 * 1024 * 1024 + 1));
		const loaded = await loadArticles([folder], { maxBytes: 2 * 1024 * 1024 });
		assert.deepEqual(loaded.warnings, [{ path: join(folder, 'big.txt'), message: 'too large (over 2 MB), skipped' }]);
	});

	test('a report written into the folder is not read as another outlet next time', async () => {
		writeFileSync(join(folder, 'a.txt'), article);
		writeFileSync(join(folder, 'report.md'), '# Crossread report\n\n2 outlets compared.\n');
		const loaded = await loadArticles([folder]);
		assert.deepEqual(
			loaded.sources.map(({ path }) => path),
			[join(folder, 'a.txt')],
		);
		assert.deepEqual(loaded.warnings, [{ path: join(folder, 'report.md'), message: 'a Crossread report, not an article, skipped' }]);
	});
});

function listen(path: string): Promise<Server> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(path, () => resolve(server));
	});
}
