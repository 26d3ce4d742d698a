import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { runImport } from '../../../src/cli/import';
import { compareArticles } from '../../../src/core/pipeline';
import { fixtures, page, startPageServer, type PageServer } from './pageServer';

/** Runs `crossread import` in this process, capturing its two streams. */
async function crossreadImport(...args: string[]): Promise<{ status: number; stdout: string[]; stderr: string[] }> {
	const stdout: string[] = [];
	const stderr: string[] = [];
	const status = await runImport(args, { out: (line) => stdout.push(line), err: (line) => stderr.push(line) });
	return { status, stdout, stderr };
}

/** The front matter and body of a file written by the import. */
function readArticle(path: string): { front: Record<string, string>; body: string } {
	const [, yaml, body] = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(readFileSync(path, 'utf8')) ?? [];
	assert.ok(yaml !== undefined, `no front matter in ${path}`);
	return { front: parseYaml(yaml), body };
}

/** Another outlet's account of the ferry story, with one figure changed: 421 passengers, not 412. */
const otherOutlet = `---
outlet: Dunmere Evening Star
date: 2026-02-11
title: Ferry back on the Dunmere
---

The chain ferry between Orlen and Piskow returned to the River Dunmere on Tuesday after four months of repairs in dry dock.

The ferry carried 421 passengers and 96 cars on its first day back, the operator said.

"We have replaced the hull plates, the engine and every metre of the chain," said Hedda Vornholt, the head of the Dunmere Ferry Company.

The repairs cost 1.8 million crowns, two thirds of it paid by the county.
`;

suite('crossread import', () => {
	let server: PageServer;
	let folder: string;
	suiteSetup(async () => {
		server = await startPageServer();
	});
	suiteTeardown(() => server.close());
	setup(() => {
		folder = mkdtempSync(join(tmpdir(), 'crossread-import-'));
	});
	teardown(() => rmSync(folder, { recursive: true, force: true }));

	test('a URL becomes a Markdown article named from outlet and headline, with its front matter', async () => {
		const { status, stdout, stderr } = await crossreadImport(`${server.origin}/moved`, '--into', folder);
		assert.deepEqual([status, stderr], [0, []]);
		const path = join(folder, 'marsh-valley-gazette-orlen-ferry-sails-again-after-winter-repairs.md');
		assert.deepEqual(stdout, [`${path}  (Marsh Valley Gazette: Orlen ferry sails again after winter repairs)`]);
		const { front, body } = readArticle(path);
		assert.deepEqual(Object.keys(front), ['outlet', 'date', 'title', 'byline', 'url', 'retrieved']);
		assert.equal(front.outlet, 'Marsh Valley Gazette');
		assert.equal(front.date, '2026-02-11');
		assert.equal(front.byline, 'Ilse Marrow');
		assert.equal(front.url, `${server.origin}/story`, 'the address the page was found at, after the redirect');
		assert.ok(Math.abs(Date.parse(front.retrieved) - Date.now()) < 60_000, front.retrieved);
		assert.match(body, /^The chain ferry between Orlen and Piskow/);
		assert.doesNotMatch(body, /Advertisement|Related stories|cookies/);
	});

	test('a page served as Latin-1 is written as UTF-8 with its accents', async () => {
		const { status } = await crossreadImport(`${server.origin}/latin1`, '--into', folder);
		assert.equal(status, 0);
		const { front, body } = readArticle(join(folder, 'rundschau-oberwolm-brucke-uber-die-wolm-wird-spater-fertig.md'));
		assert.equal(front.title, 'Brücke über die Wölm wird später fertig');
		assert.match(body, /Bauamtsleiterin Käthe Brühl/);
	});

	test('every failing page is one line, nothing is written for it, the others are imported, and the exit code is 1', async () => {
		const failing: [string, string][] = [
			[`${server.origin}/missing`, 'HTTP 404 Not Found'],
			[`${server.origin}/slow`, 'timed out after 500 ms'],
			[`${server.origin}/report.pdf`, 'not an HTML page (application/pdf)'],
			[`${server.origin}/notes.txt`, 'not an HTML page (text/plain)'],
			[`${server.origin}/paywall`, 'no article in the page, only a teaser: the page says the article is behind a paywall'],
			[`${server.origin}/huge`, 'page too large (more than 1 MB)'],
			['ftp://files.example/story.html', 'ftp: is not supported: only http and https pages can be imported'],
			[join(folder, 'no-such-page.html'), 'no such file'],
		];
		const sources = [failing[0][0], `${server.origin}/amp`, ...failing.slice(1).map(([source]) => source)];
		const { status, stdout, stderr } = await crossreadImport(...sources, '--into', folder, '--timeout', '0.5', '--max-size', '1');
		assert.equal(status, 1);
		assert.deepEqual(stderr, failing.map(([source, message]) => `crossread: ${source}: ${message}`));
		assert.equal(stdout.length, 1);
		assert.deepEqual(readdirSync(folder), ['railwatch-weekly-night-trains-return-to-the-kessel-line.md']);
	});

	test('a second import of the same page never overwrites the first: it gets a counter', async () => {
		await crossreadImport(`${server.origin}/amp`, '--into', folder);
		const first = readFileSync(join(folder, 'railwatch-weekly-night-trains-return-to-the-kessel-line.md'), 'utf8');
		const { status } = await crossreadImport(`${server.origin}/amp`, '--into', folder);
		assert.equal(status, 0);
		assert.deepEqual(readdirSync(folder).sort(), ['railwatch-weekly-night-trains-return-to-the-kessel-line-2.md', 'railwatch-weekly-night-trains-return-to-the-kessel-line.md']);
		assert.equal(readFileSync(join(folder, 'railwatch-weekly-night-trains-return-to-the-kessel-line.md'), 'utf8'), first);
	});

	test('wrong options are refused with exit code 2, and nothing is fetched', async () => {
		const before = server.requests.length;
		assert.equal((await crossreadImport(`${server.origin}/story`, '--timeout', 'soon')).status, 2);
		assert.equal((await crossreadImport(`${server.origin}/story`, '--depth', '3')).status, 2);
		assert.equal((await crossreadImport('--into', folder)).status, 2);
		writeFileSync(join(folder, 'taken.md'), 'A file.');
		assert.deepEqual(await crossreadImport(`${server.origin}/story`, '--into', join(folder, 'taken.md')), { status: 2, stdout: [], stderr: [`crossread: --into ${join(folder, 'taken.md')} is a file, not a folder`] });
		assert.equal(server.requests.length, before);
	});

	test('`crossread import page.html --into folder` from the command line, then the report compares it with another outlet', async () => {
		const saved = join(fixtures, 'news.html');
		const original = page('news.html');
		writeFileSync(join(folder, 'dunmere-evening-star.md'), otherOutlet);
		const cli = join(__dirname, '..', '..', '..', 'src', 'cli.ts');
		const run = spawnSync(process.execPath, ['--import', 'tsx', cli, 'import', saved, '--into', folder], { encoding: 'utf8' });
		assert.equal(run.status, 0, run.stderr);
		assert.deepEqual(page('news.html'), original, 'the saved page is never changed');

		const { loaded, comparison } = await compareArticles([folder]);
		assert.deepEqual(loaded.sources.map((source) => source.path.split(/[\\/]/).pop()).sort(), ['dunmere-evening-star.md', 'marsh-valley-gazette-orlen-ferry-sails-again-after-winter-repairs.md']);
		const passengers = comparison.discrepancies.find((discrepancy) => discrepancy.kind === 'figure' && discrepancy.mentions.some((mention) => mention.text.includes('412')));
		assert.ok(passengers, comparison.discrepancies.map((discrepancy) => discrepancy.summary).join('\n'));
		assert.deepEqual(passengers.mentions.map((mention) => mention.variant).sort(), ['412 passengers', '421 passengers']);
	});
});
