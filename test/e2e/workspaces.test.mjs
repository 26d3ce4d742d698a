import { suite, test } from 'mocha';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { openFile } from '../../scripts/e2e/workbench.mjs';
import { session } from './session.mjs';

// Runs last (.mocharc.json lists it last): it leaves the sample folder for another one.
suite('A software project', () => {
	test('waits to be asked: its README opens without a comparison, and the status bar compares on a click', async () => {
		const { page, workspace } = session();
		const project = join(dirname(workspace), 'software-project');
		mkdirSync(join(project, 'docs'), { recursive: true });
		writeFileSync(join(project, 'package.json'), '{ "name": "harbour-tools", "version": "1.0.0" }\n');
		writeFileSync(join(project, 'README.md'), '# Harbour tools\n\nScripts that help harbour masters plan berths.\n');
		for (const article of ['coastal-gazette.txt', 'dravonia-today.txt']) {
			cpSync(join(workspace, article), join(project, 'docs', article));
		}
		const url = new URL(page.url());
		url.searchParams.set('folder', project);
		await page.goto(url.toString());
		await page.locator('.monaco-workbench').waitFor({ timeout: 120_000 });
		await openFile(page, 'README.md');
		const offer = page.locator('.statusbar-item', { hasText: 'Compare articles' }).first();
		await offer.waitFor({ timeout: 60_000 });
		await offer.click();
		await page.locator('.statusbar-item', { hasText: /2 outlets/ }).first().waitFor({ timeout: 60_000 });
	});
});
