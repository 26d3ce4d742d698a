import { suite, test } from 'mocha';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { activeEditor, clickInto, hoverUntil, openFile, token, unhover, waitUntil } from '../../scripts/e2e/workbench.mjs';
import { readLog } from './logs.mjs';
import { picture, session } from './session.mjs';

/** Articles in the generated folder (`CROSSREAD_E2E_ARTICLES` sets another number on a slow machine). */
const size = Number(process.env.CROSSREAD_E2E_ARTICLES ?? 500);

/** The extension host's longest stalls logged so far (`registerHostStallLog`), in ms of wall clock and of CPU, with the articles each comparison had. */
function hostBlocks() {
	return [...readLog('crossread').matchAll(/longest stall since the previous comparison: (\d+) ms; the most the process was busy in one stall: (\d+) ms \((\d+) articles\)/g)].map((match) => ({
		ms: Number(match[1]),
		busy: Number(match[2]),
		articles: Number(match[3]),
	}));
}

// Runs after the sample folder's suites (.mocharc.json): it opens another folder.
suite(`A folder of ${size} generated articles`, () => {
	test('the server compares it with its progress in the status bar, the extension host never blocks long, and a hover answers while it compares again', async () => {
		const { page, workspace, measurements } = session();
		const folder = join(dirname(workspace), 'wire-folder');
		const root = join(import.meta.dirname, '..', '..');
		const written = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'e2e', 'wireFolder.ts'), folder, String(size)], { cwd: root, encoding: 'utf8' });
		assert.equal(written.status, 0, written.stderr);

		const url = new URL(page.url());
		url.searchParams.set('folder', folder);
		await page.goto(url.toString());
		await page.locator('.monaco-workbench').waitFor({ timeout: 120_000 });
		const opened = Date.now();
		await openFile(page, 'wire-0000.txt');
		const statusBar = page.locator('.part.statusbar');
		const comparing = new RegExp(`Comparing ${size} articles`);
		await statusBar.getByText(comparing).first().waitFor({ timeout: 120_000 });
		measurements[`progress shown for ${size} articles (status bar)`] = (await statusBar.getByText(comparing).first().innerText()).trim();
		await picture('progress.png');

		const compared = statusBar.locator('.statusbar-item', { hasText: /\d+ outlets? · / }).first();
		await compared.waitFor({ timeout: 900_000 });
		measurements[`folder URL opened → ${size} articles compared (ms)`] = Date.now() - opened;
		await waitUntil(async () => hostBlocks(), (blocks) => blocks.some((block) => block.articles === size), 'the extension host logged its longest block', 30_000);
		const first = hostBlocks().find((block) => block.articles === size);
		measurements[`extension host's longest stall, activation and first comparison of ${size} articles (ms): wall clock, busy (CPU)`] = [first.ms, first.busy];

		// An edit of another article compares the folder again; a hover on this one answers from the last comparison meanwhile.
		await openFile(page, 'wire-0001.txt');
		await clickInto(page, activeEditor(page).locator('.view-line').first());
		await page.keyboard.press('End');
		await page.keyboard.type(' Updated.');
		// The comparison after one edit may end before the status bar shows its progress: it started
		// when either the progress shows or the extension host logs a second comparison of the folder.
		await waitUntil(
			async () => ({ showing: await statusBar.getByText(comparing).first().isVisible(), compared: hostBlocks().filter((block) => block.articles === size).length }),
			({ showing, compared }) => showing || compared >= 2,
			'the edit compares the folder again',
			60_000,
		);
		await openFile(page, 'wire-0000.txt');
		const { elapsed } = await hoverUntil(page, token(page, /^\d+\spercent$/), /Crossread/, 60_000);
		const stillComparing = await statusBar.getByText(comparing).first().isVisible();
		await unhover(page);
		measurements[`hover while ${size} articles are compared again (ms)${stillComparing ? '' : ' (the comparison ended before the card showed)'}`] = elapsed;
		await waitUntil(async () => hostBlocks(), (blocks) => blocks.filter((block) => block.articles === size).length >= 2, 'the extension host logged the second comparison', 600_000);
		const again = hostBlocks().filter((block) => block.articles === size)[1];
		measurements[`extension host's longest stall while ${size} articles are compared again (ms): wall clock, busy (CPU)`] = [again.ms, again.busy];
		measurements['load average (1 min) after the comparisons'] = Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
		// The CPU the process spent in its longest stall: on a loaded machine the wall clock also counts the wait for a core.
		assert.ok(again.busy < 250, `the extension host was busy ${again.busy} ms in one stall while the server compared`);
	});
});
