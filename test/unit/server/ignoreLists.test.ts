import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IgnoreLists } from '../../../src/server/ignoreLists';

suite('the server\'s ignore lists', () => {
	let folder: string;
	setup(() => {
		folder = mkdtempSync(join(tmpdir(), 'crossread-server-ignore-'));
	});
	teardown(() => rmSync(folder, { recursive: true, force: true }));

	test('a .crossread.json that is a link to /dev/zero is reported at once, not read forever', async function () {
		if (!existsSync('/dev/zero')) {
			this.skip();
		}
		symlinkSync('/dev/zero', join(folder, '.crossread.json'));
		const lists = new IgnoreLists();
		const messages = await lists.reload([folder]);
		assert.equal(messages.length, 1);
		assert.match(messages[0], /not a regular file \(a character device\)/);
		assert.deepEqual(lists.merged.discrepancies, []);
		assert.match((await lists.add(folder, 'discrepancies', 'figure-0badc0de')) ?? '', /was left as it is: not a regular file/);
	});

	test('an entry is added to the file, everything else in it kept', async () => {
		writeFileSync(join(folder, '.crossread.json'), JSON.stringify({ note: 'checked by the desk', ignore: { discrepancies: ['quote-12345678'] } }));
		const lists = new IgnoreLists();
		await lists.reload([folder]);
		assert.equal(await lists.add(folder, 'discrepancies', 'figure-0badc0de'), undefined);
		const saved = JSON.parse(readFileSync(join(folder, '.crossread.json'), 'utf8'));
		assert.equal(saved.note, 'checked by the desk');
		assert.deepEqual(saved.ignore.discrepancies, ['quote-12345678', 'figure-0badc0de']);
		assert.deepEqual(lists.merged.discrepancies, ['quote-12345678', 'figure-0badc0de']);
	});

	test('the outlet names of every folder\'s file apply together, and a folder without any adds none', async () => {
		const other = mkdtempSync(join(tmpdir(), 'crossread-server-ignore-'));
		try {
			writeFileSync(join(folder, '.crossread.json'), JSON.stringify({ outletNames: { 'a/001.txt': 'Fenwick Evening Lantern' } }));
			writeFileSync(join(other, '.crossread.json'), JSON.stringify({ outletNames: { '002.txt': 'Tarn Valley Crier' } }));
			const lists = new IgnoreLists();
			await lists.reload([folder]);
			assert.deepEqual(lists.outletNames, { 'a/001.txt': 'Fenwick Evening Lantern' });
			await lists.reload([folder, other]);
			assert.deepEqual(lists.outletNames, { 'a/001.txt': 'Fenwick Evening Lantern', '002.txt': 'Tarn Valley Crier' });
			writeFileSync(join(folder, '.crossread.json'), '{}');
			writeFileSync(join(other, '.crossread.json'), '{}');
			await lists.reload([folder, other]);
			assert.equal(lists.outletNames, undefined);
		} finally {
			rmSync(other, { recursive: true, force: true });
		}
	});
});
