import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleFolder } from './helpers/sample';

const cli = join(__dirname, '..', '..', 'src', 'cli.ts');

/** Runs the command line as a user would, from source. */
function crossread(...args: string[]): { status: number | null; stdout: string; stderr: string } {
	const result = spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

suite('crossread report', function () {
	// Each test runs the command line, a process of its own: slow on a busy machine.
	this.timeout(120_000);
	let folder: string;
	setup(() => {
		folder = mkdtempSync(join(tmpdir(), 'crossread-cli-'));
	});
	teardown(() => rmSync(folder, { recursive: true, force: true }));

	test('JSON has the documented shape, with exact ranges and the comparison', () => {
		const { status, stdout } = crossread('report', sampleFolder, '--format', 'json');
		assert.equal(status, 0);
		const report = JSON.parse(stdout);
		assert.equal(report.version, 2);
		assert.deepEqual(Object.keys(report.articles[0]).slice(0, 5), ['id', 'path', 'outlet', 'date', 'title']);
		assert.deepEqual(Object.keys(report.quotes[0]).sort(), ['addressee', 'article', 'closed', 'direct', 'end', 'kind', 'source', 'speaker', 'speakerHint', 'start', 'text'].sort());
		assert.ok(report.discrepancies.length > 0 && report.claims.length > 0);
		assert.ok(report.discrepancies.every((discrepancy: object) => !('missing' in discrepancy)), 'the outlets missing a claim are read from the claim');
		assert.deepEqual(Object.keys(report.discrepancies[0].mentions[0]).filter((key) => ['article', 'path', 'text', 'start', 'end'].includes(key)).sort(), ['article', 'end', 'path', 'start', 'text']);
	});

	test('filters by severity and kind', () => {
		const report = JSON.parse(crossread('report', sampleFolder, '--format', 'json', '--min-severity', 'high', '--kind', 'figure,quote').stdout);
		assert.ok(report.discrepancies.length > 0);
		assert.ok(report.discrepancies.every((discrepancy: { severity: string; kind: string }) => discrepancy.severity === 'high' && ['figure', 'quote'].includes(discrepancy.kind)));
	});

	test('text and Markdown reports list the discrepancies and the coverage matrix', () => {
		const text = crossread('report', sampleFolder).stdout;
		assert.match(text, /Discrepancies \(\d+ of \d+\)/);
		assert.match(text, /Coverage \(\d+ claims × 6 outlets\)/);
		assert.ok(!text.includes('\u001b['), 'no colour escapes when not a terminal');
		const markdown = crossread('report', sampleFolder, '--format', 'markdown').stdout;
		assert.match(markdown, /^# Crossread report/);
		assert.match(markdown, /\| Severity \| Kind \| Summary \| Why \| Where \|/);
	});

	test('a missing path, an empty folder and a bad option give one clear line and a non-zero exit', () => {
		const missing = crossread('report', join(folder, 'nope'));
		assert.equal(missing.status, 1);
		assert.match(missing.stderr, /^crossread: no such file or folder: .*nope\n$/);
		const empty = crossread('report', folder);
		assert.equal(empty.status, 1);
		assert.match(empty.stderr, /^crossread: no readable articles in /);
		const badFormat = crossread('report', sampleFolder, '--format', 'pdf');
		assert.equal(badFormat.status, 2);
		assert.match(badFormat.stderr, /unknown format "pdf"/);
		for (const result of [missing, empty, badFormat]) {
			assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
		}
	});

	test('binary and empty files are skipped with a warning; UTF-16, BOM and CRLF files are read', () => {
		const article = 'Dock workers returned on Tuesday, the union said.\r\n\r\n“We are back,” said Ola Brenn.\r\n';
		writeFileSync(join(folder, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2]));
		writeFileSync(join(folder, 'empty.md'), '');
		writeFileSync(join(folder, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article, 'utf16le')]));
		writeFileSync(join(folder, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(article)]));
		const { status, stdout, stderr } = crossread('report', folder, '--format', 'json');
		assert.equal(status, 0);
		assert.match(stderr, /binary\.txt: binary file/);
		assert.match(stderr, /empty\.md: empty file/);
		const report = JSON.parse(stdout);
		assert.deepEqual(report.articles.map((entry: { id: string }) => entry.id), ['bom', 'utf16']);
		const quote = report.quotes.find((entry: { article: string; direct: boolean }) => entry.article === 'utf16' && entry.direct);
		assert.deepEqual(quote.start, { line: 2, character: 0 });
		assert.equal(quote.text, '“We are back,”');
		assert.equal(report.warnings.length, 2);
	});

	test('an ignore list sets discrepancies aside, still counted, and --show-ignored lists them', () => {
		const all = JSON.parse(crossread('report', sampleFolder, '--format', 'json').stdout);
		const first = all.discrepancies[0];
		const ignoreFile = join(folder, 'ignore.json');
		writeFileSync(ignoreFile, JSON.stringify({ ignore: { discrepancies: [first.id] } }));
		const report = JSON.parse(crossread('report', sampleFolder, '--format', 'json', '--ignore-file', ignoreFile).stdout);
		assert.ok(!report.discrepancies.some((discrepancy: { id: string }) => discrepancy.id === first.id));
		assert.equal(report.counts.ignored, 1);
		const shown = JSON.parse(crossread('report', sampleFolder, '--format', 'json', '--ignore-file', ignoreFile, '--show-ignored').stdout);
		assert.deepEqual(shown.ignored.map((discrepancy: { id: string; ignoredBy: string }) => [discrepancy.id, discrepancy.ignoredBy]), [[first.id, `discrepancy ${first.id}`]]);
		const text = crossread('report', sampleFolder, '--ignore-file', ignoreFile).stdout;
		assert.match(text, /1 ignored by \.crossread\.json \(--show-ignored\)/);
		writeFileSync(ignoreFile, '{"ignore": []}');
		const broken = crossread('report', sampleFolder, '--ignore-file', ignoreFile);
		assert.equal(broken.status, 1);
		assert.match(broken.stderr, /"ignore" must be an object/);
	});

	test('--out writes the report to a file', () => {
		const out = join(folder, 'report.md');
		const { status, stderr } = crossread('report', sampleFolder, '--format', 'markdown', '--out', out);
		assert.equal(status, 0);
		assert.match(stderr, /report written to/);
	});
});
