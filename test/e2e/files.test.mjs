import { suite, suiteSetup, test } from 'mocha';
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { activeEditor, activeTab, dismiss, exactly, hoverUntil, notifications, openFile, runCommand, token } from '../../scripts/e2e/workbench.mjs';
import { analysed } from './logs.mjs';
import { session } from './session.mjs';

/** Notifications that would tell a reader something went wrong with Crossread or these files. */
const ours = /crossread|scanned-page|empty\.md/i;

suite('Files that are not articles', () => {
	suiteSetup(async () => {
		const { page, workspace } = session();
		await runCommand(page, 'View: Close All Editors');
		// Added while the workbench is open, as a reader drops them into the folder: they match the article globs.
		writeFileSync(join(workspace, 'scanned-page.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x00, 0x00, 0x01, 0xff, 0xfe, 0x00, 0x80]));
		writeFileSync(join(workspace, 'empty.md'), '');
		await runCommand(page, 'View: Show Explorer');
	});

	test('opening a binary file shows VS Code\'s own notice, and no error notification', async () => {
		const { page } = session();
		await openFromExplorer(page, 'scanned-page.txt');
		await page.locator('.editor-group-container.active', { hasText: /binary or uses an unsupported text encoding/ }).waitFor();
		// "Open Anyway" shows the bytes as text: Crossread gets a document it cannot read.
		await page.locator('.editor-group-container.active').getByRole('button', { name: 'Open Anyway' }).click();
		const picker = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: 'Text Editor' }).first();
		if (await picker.waitFor({ timeout: 5_000 }).then(() => true, () => false)) {
			await picker.click();
		}
		await activeEditor(page).locator('.view-lines .view-line').first().waitFor();
		await analysed('scanned-page.txt');
		assert.deepEqual(await notifications(page, 'error'), []);
		assert.deepEqual((await notifications(page, 'warning')).filter((message) => ours.test(message)), []);
	});

	test('opening an empty file shows no error notification', async () => {
		const { page } = session();
		await openFromExplorer(page, 'empty.md');
		await activeEditor(page).locator('.view-lines .view-line').first().waitFor();
		await analysed('empty.md');
		assert.deepEqual(await notifications(page, 'error'), []);
		assert.deepEqual((await notifications(page, 'warning')).filter((message) => ours.test(message)), []);
	});

	test('the six articles are still compared: the status bar counts them, and hovers still answer', async () => {
		const { page } = session();
		await page.locator('.statusbar-item', { hasText: /6 outlets/ }).first().waitFor();
		await openFile(page, 'harbourline-daily.md');
		await hoverUntil(page, token(page, '26 percent'), /Crossread/);
		await dismiss(page);
	});
});

/**
 * Opens a file by clicking it in the Explorer, once the Explorer shows it (the file watcher has seen it).
 *
 * @param {import('playwright-core').Page} page
 * @param {string} name
 */
async function openFromExplorer(page, name) {
	await dismiss(page);
	const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: exactly(name) }).first();
	await row.waitFor({ timeout: 60_000 });
	await row.click();
	await activeTab(page, name).waitFor();
}
