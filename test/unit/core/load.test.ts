import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeBytes } from '../../../src/core/decode';
import { loadArticles } from '../../../src/core/load';

const article = 'Leaders met in the port on Tuesday.\n\n“We agreed,” the minister said.\n';

suite('decodeBytes', () => {
	test('a UTF-8 byte order mark is dropped, as VS Code drops it', () => {
		const decoded = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(article)]));
		assert.deepEqual(decoded, { text: article, encoding: 'utf-8' });
	});

	test('UTF-16 with and without a byte order mark reads as text', () => {
		const le = Buffer.from(article, 'utf16le');
		assert.deepEqual(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), le])), { text: article, encoding: 'utf-16le' });
		assert.deepEqual(decodeBytes(le), { text: article, encoding: 'utf-16le' });
		const be = Buffer.from(le).swap16();
		assert.deepEqual(decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be])), { text: article, encoding: 'utf-16be' });
	});

	test('empty, blank and binary files are refused with a reason', () => {
		assert.match((decodeBytes(new Uint8Array()) as { error: string }).error, /empty/);
		assert.match((decodeBytes(Buffer.from(' \n\t\n')) as { error: string }).error, /empty/);
		assert.match((decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])) as { error: string }).error, /binary/);
	});
});

suite('loadArticles', () => {
	let folder: string;
	setup(() => {
		folder = mkdtempSync(join(tmpdir(), 'crossread-load-'));
	});
	teardown(() => rmSync(folder, { recursive: true, force: true }));

	test('reads articles recursively and leaves READMEs, hidden folders and other files out', async () => {
		writeFileSync(join(folder, 'a.txt'), article);
		writeFileSync(join(folder, 'README.md'), '# About');
		writeFileSync(join(folder, 'notes.json'), '{}');
		mkdirSync(join(folder, 'more'));
		writeFileSync(join(folder, 'more', 'b.md'), article);
		mkdirSync(join(folder, '.hidden'));
		writeFileSync(join(folder, '.hidden', 'c.txt'), article);
		const loaded = await loadArticles([folder]);
		assert.deepEqual(
			loaded.sources.map((source) => source.id),
			['a', 'b'],
		);
		assert.deepEqual(loaded.warnings, []);
	});

	test('a bad file becomes a warning and the others are still read', async () => {
		writeFileSync(join(folder, 'good.txt'), article);
		writeFileSync(join(folder, 'empty.txt'), '');
		writeFileSync(join(folder, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]));
		const loaded = await loadArticles([folder]);
		assert.deepEqual(
			loaded.sources.map((source) => source.id),
			['good'],
		);
		assert.deepEqual(loaded.warnings.map((warning) => warning.message).sort(), ['binary file (it contains NUL bytes), skipped', 'empty file, skipped']);
	});

	test('a missing path is reported, not thrown', async () => {
		const loaded = await loadArticles([join(folder, 'nope')]);
		assert.deepEqual(loaded.missing, [join(folder, 'nope')]);
	});

	test('files too large are skipped with their size', async () => {
		writeFileSync(join(folder, 'big.txt'), 'x'.repeat(2048));
		const loaded = await loadArticles([folder], { maxBytes: 1024 });
		assert.match(loaded.warnings[0].message, /too large/);
	});

	test('two files with the same name get distinct ids', async () => {
		mkdirSync(join(folder, 'x'));
		mkdirSync(join(folder, 'y'));
		writeFileSync(join(folder, 'x', 'story.txt'), article);
		writeFileSync(join(folder, 'y', 'story.txt'), article);
		const loaded = await loadArticles([folder]);
		assert.deepEqual(
			loaded.sources.map((source) => source.id),
			['story', 'story-2'],
		);
	});
});
