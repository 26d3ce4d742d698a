/* global document -- in callbacks that run in the page */
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as assert from 'node:assert/strict';
import { activeTab, cursorPosition, openFile, runCommand, waitUntil, webviewFrame } from '../../scripts/e2e/workbench.mjs';
import { listSeverities } from './crossread.mjs';
import { locate, planted } from './sample.mjs';
import { picture, session } from './session.mjs';

/** What Chromium logs when a Content-Security-Policy blocks something. */
const cspViolation = /Content[- ]Security[- ]Policy|Refused to (load|execute|apply|connect|frame)/i;

/**
 * Checks that the report lists the planted discrepancies.
 *
 * @param {import('playwright-core').FrameLocator} report
 * @param {typeof planted} expected
 */
async function assertReportLists(report, expected) {
	const items = await report.locator('li.discrepancy').allInnerTexts();
	for (const discrepancy of expected) {
		assert.ok(
			items.some((item) => discrepancy.row.test(item)),
			`${discrepancy.id}: no discrepancy in the report matches ${discrepancy.row}`,
		);
	}
}

suite('The report', () => {
	/** Console messages up to the report's opening: those before are not its own. */
	let before = 0;

	suiteSetup(async () => {
		const { page } = session();
		await runCommand(page, 'View: Close All Editors');
		await openFile(page, 'harbourline-daily.md');
		before = session().console.length;
	});

	suiteTeardown(async () => {
		await listSeverities(session().page, 'Medium and high');
	});

	test('Crossread: Show Report opens the report webview, and it renders the planted discrepancies listed by default', async () => {
		const { page } = session();
		await runCommand(page, 'Crossread: Show Report');
		const report = webviewFrame(page);
		await report.locator('h1', { hasText: 'Crossread report' }).waitFor({ timeout: 60_000 });
		assert.match(await report.locator('.summary').first().innerText(), /6 articles from 6 outlets · \d+ discrepancies \(\d+ less severe hidden\)/);
		await assertReportLists(report, planted.filter((discrepancy) => discrepancy.listedByDefault));
		// The README's pictures: the report on its own, the width a reader would give it.
		await runCommand(page, 'View: Close Editors in Other Groups');
		await runCommand(page, 'View: Toggle Primary Side Bar Visibility');
		try {
			await report.locator('h1').scrollIntoViewIfNeeded();
			// Over the page's empty right margin: not on a link, nor on the title bar, whose tooltip would show.
			await page.mouse.move(1350, 500);
			const top = async () => {
				await report.locator('h1').scrollIntoViewIfNeeded();
				await page.mouse.move(1350, 500);
			};
			await picture('report.png', top);
			const coverage = async () => {
				await report.locator('#outlets').scrollIntoViewIfNeeded();
				await page.mouse.move(1350, 500);
			};
			await coverage();
			await picture('report-coverage.png', coverage);
		} finally {
			await runCommand(page, 'View: Toggle Primary Side Bar Visibility');
		}
	});

	test('the report\'s script runs under its Content Security Policy, with no violation', async () => {
		const { page } = session();
		const report = webviewFrame(page);
		// The script (it carries the page's nonce) handles the filters: a chip toggles the discrepancies of its kind.
		const figures = report.locator('button.chip[data-filter="kind"][data-value="figure"]');
		await figures.click();
		await waitUntil(() => figures.getAttribute('aria-pressed'), (pressed) => pressed === 'false', 'the chip is released');
		assert.equal(await report.locator('li.discrepancy[data-kind="figure"]:visible').count(), 0, 'the figures are hidden');
		await figures.click();
		await waitUntil(() => figures.getAttribute('aria-pressed'), (pressed) => pressed === 'true', 'the chip is pressed again');

		const violations = session().console.slice(before).filter((entry) => cspViolation.test(entry.text));
		assert.deepEqual(violations, []);
		const errors = session().console.slice(before).filter((entry) => (entry.type === 'error' || entry.type === 'pageerror') && /webview|vscode-resource|vscode-cdn/.test(`${entry.url} ${entry.text}`));
		assert.deepEqual(errors, [], 'no error in the webview\'s console');

		// A canary: an inline script is refused, and the console shows it. So the check above can see a violation.
		await report.locator('body').evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'document.body.dataset.canary = "ran"';
			document.body.append(script);
		});
		await waitUntil(async () => session().console.slice(before).filter((entry) => cspViolation.test(entry.text)).length, (count) => count > 0, 'the canary\'s violation is logged');
		assert.equal(await report.locator('body').getAttribute('data-canary'), null, 'the inline script did not run');
	});

	test('with every severity listed in the panel, the report lists every planted discrepancy', async () => {
		const { page } = session();
		await listSeverities(page, 'All');
		const report = webviewFrame(page);
		// The page is rendered again for the new selection.
		await report.locator('.summary', { hasText: /^6 articles from 6 outlets · \d+ discrepancies$/ }).waitFor();
		await assertReportLists(report, planted);
	});

	test('a passage in the report reveals it in the editor', async () => {
		const { page } = session();
		const report = webviewFrame(page);
		const figure = report.locator('li.discrepancy[data-kind="figure"]', { hasText: '26 percent' });
		await figure.locator('button.reveal.passage', { hasText: 'Harbourline Daily' }).click();
		await activeTab(page, 'harbourline-daily.md').waitFor();
		const expected = locate('harbourline-daily.md', '26 percent');
		const at = await waitUntil(() => cursorPosition(page), (position) => position.file === 'harbourline-daily.md' && position.selected > 0, 'the passage is selected');
		assert.deepEqual(at, { file: 'harbourline-daily.md', line: expected.line, column: expected.end, selected: '26 percent'.length });
	});
});
