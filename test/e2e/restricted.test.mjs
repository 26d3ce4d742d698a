import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as assert from 'node:assert/strict';
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { openWorkbench } from '../../scripts/e2e/browser.mjs';
import { startCodeServer } from '../../scripts/e2e/codeServer.mjs';
import { clickInto, dismiss, hoverUntil, openFile, runCommand, token } from '../../scripts/e2e/workbench.mjs';
import { session } from './session.mjs';

// A folder nobody has trusted, in an editor of its own with workspace trust on: Restricted Mode.
suite('Restricted Mode', () => {
	/** @type {import('../../scripts/e2e/codeServer.mjs').CodeServer | undefined} */
	let server;
	/** @type {import('../../scripts/e2e/browser.mjs').Workbench | undefined} */
	let workbench;
	let folder = '';

	suiteSetup(async function () {
		this.timeout(300_000);
		const { artifacts, vsix, workspace } = session();
		folder = join(artifacts, 'untrusted', 'harbour-summit');
		cpSync(workspace, folder, { recursive: true });
		server = await startCodeServer({ vsix: [vsix], restricted: true, profileDir: join(artifacts, 'code-server-restricted') });
		workbench = await openWorkbench(server.url(folder));
	});

	suiteTeardown(async () => {
		await workbench?.close();
		await server?.stop();
	});

	test('the articles are compared and hovers answer, but Ignore asks for trust and writes nothing', async () => {
		const page = /** @type {NonNullable<typeof workbench>} */ (workbench).page;
		await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).first().waitFor({ timeout: 60_000 });
		await openFile(page, 'harbourline-daily.md');
		await page.locator('.statusbar-item', { hasText: /6 outlets/ }).first().waitFor({ timeout: 120_000 });
		await hoverUntil(page, token(page, '26 percent'), /Crossread/);
		await clickInto(page, token(page, '26 percent'));
		await runCommand(page, 'Crossread: Ignore This Discrepancy');
		const refusal = page.locator('.notification-toast', { hasText: /Restricted Mode/ }).first();
		await refusal.waitFor({ timeout: 30_000 });
		assert.match(await refusal.innerText(), /to ignore a discrepancy, Crossread writes to this folder/);
		assert.equal(existsSync(join(folder, '.crossread.json')), false, 'no ignore file written');
		// The panel still lists the discrepancy: nothing was set aside.
		await page.locator('.statusbar-item', { hasText: /6 outlets/ }).first().waitFor();
		await dismiss(page);
	});
});
