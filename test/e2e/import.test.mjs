import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { activeTab, dismiss, exactly, notifications, runCommand } from '../../scripts/e2e/workbench.mjs';
import { session } from './session.mjs';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'import');
const written = 'marsh-valley-gazette-orlen-ferry-sails-again-after-winter-repairs.md';

suite('Adding an article from the web', () => {
	/** @type {import('node:http').Server} */
	let server;
	let origin = '';

	suiteSetup(async () => {
		// A news site on 127.0.0.1: the fictional page with navigation, ads and related links.
		server = createServer((request, response) => {
			if (request.url === '/news/orlen-ferry') {
				response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
				response.end(readFileSync(join(fixtures, 'news.html')));
			} else {
				response.writeHead(404).end();
			}
		});
		await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
		origin = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
		await runCommand(session().page, 'View: Close All Editors');
	});

	suiteTeardown(async () => {
		server.closeAllConnections();
		await new Promise((resolve) => server.close(() => resolve(undefined)));
		// The later suites count the sample's six outlets.
		const { page, workspace } = session();
		rmSync(join(workspace, written), { force: true });
		await runCommand(page, 'View: Close All Editors');
		await page.locator('.statusbar-item', { hasText: /6 outlets/ }).first().waitFor({ timeout: 60_000 });
	});

	test('Add Article from URL… writes the clean article, opens it and compares it with the others', async () => {
		const { page, workspace } = session();
		await dismiss(page);
		await page.locator('.command-center .command-center-quick-pick').first().click();
		const input = page.locator('.quick-input-widget .quick-input-box input');
		// Typed without the ellipsis, which the palette's matching passes over.
		await input.fill('>Crossread: Add Article from URL');
		await page.locator('.quick-input-list .monaco-list-row', { has: page.locator('.label-name', { hasText: exactly('Crossread: Add Article from URL…') }) }).first().click();
		// The palette gives way to the command's own input box.
		await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Add Article from URL' }).waitFor();
		await input.fill(`${origin}/news/orlen-ferry`);
		await input.press('Enter');

		await activeTab(page, written).waitFor({ timeout: 60_000 });
		await page.locator('.statusbar-item', { hasText: /7 outlets/ }).first().waitFor({ timeout: 60_000 });

		const text = readFileSync(join(workspace, written), 'utf8');
		assert.match(text, /^---\noutlet: Marsh Valley Gazette\ndate: 2026-02-11\ntitle: Orlen ferry sails again after winter repairs\nbyline: Ilse Marrow\n/);
		assert.match(text, new RegExp(`\\nurl: ${origin}/news/orlen-ferry\\n`));
		assert.match(text, /The ferry carried 412 passengers/);
		assert.doesNotMatch(text, /Advertisement|Related stories|cookies/);
		assert.ok((await notifications(page, 'info')).some((message) => /added 1 article to the comparison/.test(message)));
		assert.deepEqual((await notifications(page, 'warning')).filter((message) => /crossread/i.test(message)), []);
	});
});
