import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as assert from 'node:assert/strict';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { activeTab, clickInto, dismiss, exactly, hoverUntil, openActivity, openFile, pickItem, runCommand, token, treeRows, unhover, waitUntil, webviewFrame } from '../../scripts/e2e/workbench.mjs';
import { session } from './session.mjs';

/** The part of a hover card that Crossread renders. */
const crossreadPart = '.hover-row:has-text("Crossread")';

/**
 * Every outlet paragraph of a card whose verdict is `agrees`, with its quoted passage: none may
 * show a differing word (bold) or one of ours struck, and no collapsed "related" line agrees.
 *
 * @param {import('playwright-core').Locator} card
 * @returns {Promise<number>} How many outlets agree.
 */
async function assertAgreementsHold(card) {
	const agreeing = card.locator('p', { hasText: /· agrees\b/ });
	const count = await agreeing.count();
	for (let i = 0; i < count; i++) {
		const quote = agreeing.nth(i).locator('xpath=following-sibling::blockquote[1]');
		assert.equal(await quote.locator('del').count(), 0, `${await agreeing.nth(i).innerText()}: agrees, yet words of ours are struck`);
	}
	const related = card.locator('p', { hasText: /Related, not the same claim/ });
	for (const line of await related.allInnerTexts()) {
		assert.doesNotMatch(line, /agrees/);
	}
	return count;
}

/** The Sources view's outlet labels. */
async function sourceLabels() {
	const { page } = session();
	await openActivity(page, 'Crossread');
	return (await treeRows(page, 'Sources')).filter((row) => row.level === 1).map((row) => row.label);
}

suite('Cards that tell the truth, and outlets with names', () => {
	suiteSetup(async () => {
		await runCommand(session().page, 'View: Close All Editors');
	});

	suiteTeardown(async () => {
		const { page, workspace } = session();
		await dismiss(page);
		rmSync(join(workspace, '.crossread.json'), { force: true });
		await waitUntil(sourceLabels, (labels) => labels.includes('dravonia-today'), 'the outlet has its label from the text again', 60_000);
		await runCommand(page, 'View: Close All Editors');
	});

	test('a verdict never says agrees where the passage shown differs, and a related passage is one line', async () => {
		const { page } = session();
		await openFile(page, 'harbourline-daily.md');
		let agreements = 0;
		for (const [word, expect] of [['must', /Crossread · quote/], ['26 percent', /Crossread · figure/]]) {
			const { hover } = await hoverUntil(page, token(page, word), expect, 120_000);
			const card = hover.locator(crossreadPart).first();
			agreements += await assertAgreementsHold(card);
			// One discrepancy explained per card: one Ignore link.
			assert.equal(await card.locator('a', { hasText: 'Ignore this discrepancy' }).count(), 1, `${word}: one discrepancy per card`);
			await unhover(page);
		}
		session().measurements['outlets marked agrees on two cards'] = agreements;
	});

	test('a card for six outlets fits without an inner scroll box, above or below any line', async () => {
		const { page, measurements } = session();
		await openFile(page, 'harbourline-daily.md');
		// VS Code puts the card on the side of the line with more room (at least half the editor, less
		// its margins of 30 and 24 px) and scrolls it when it is higher than that room.
		const editor = await page.locator('.editor-group-container.active .monaco-editor').first().boundingBox();
		assert.ok(editor);
		const room = editor.height / 2 - 54;
		measurements['editor height (px)'] = Math.round(editor.height);
		for (const [word, expect] of [['26 percent', /Crossread · figure/], ['must', /Crossread · quote/]]) {
			const { hover } = await hoverUntil(page, token(page, word), expect, 120_000);
			const height = await hover.evaluate((element) => element.querySelector('.monaco-hover-content')?.scrollHeight ?? 0);
			measurements[`hover card on "${word}": rendered height (px)`] = height;
			assert.ok(height > 0, 'the card has content');
			assert.ok(height <= room, `${word}: the card is ${height} px high; the room on the larger side of a line can be ${Math.round(room)} px`);
			await unhover(page);
		}
	});

	test('Compare Passage opens the other outlet beside with the passage selected and its differing word in bold', async () => {
		const { page } = session();
		await runCommand(page, 'View: Close All Editors');
		await openFile(page, 'harbourline-daily.md');
		await dismiss(page);
		await clickInto(page, token(page, 'must'));
		await page.locator('.command-center .command-center-quick-pick').first().click();
		await page.locator('.quick-input-widget .quick-input-box input').fill('>Crossread: Compare Passage With Another Outlet');
		await page.locator('.quick-input-list .monaco-list-row', { has: page.locator('.label-name', { hasText: exactly('Crossread: Compare Passage With Another Outlet') }) }).first().click();
		await page.locator('.quick-input-widget', { hasText: 'Compare with another outlet' }).waitFor();
		await pickItem(page, 'Kestria Morning Post');
		await activeTab(page, 'kestria-morning-post.md').waitFor({ timeout: 30_000 });
		// The word that differs is a span of its own, drawn bold by the mark; the words around it are not.
		const marked = token(page, 'should');
		await marked.waitFor({ timeout: 15_000 });
		const weight = async (/** @type {import('playwright-core').Locator} */ span) => Number(await span.evaluate((element) => globalThis.getComputedStyle(element).fontWeight));
		await waitUntil(() => weight(marked), (found) => found >= 600, 'the differing word is bold');
		const selected = await page.locator('.editor-group-container.active .monaco-editor .selected-text').count();
		assert.ok(selected > 0, 'the passage is selected');
	});

	test('hovering a name lists its spellings, who writes which, and offers to accept the odd one', async () => {
		const { page } = session();
		await openFile(page, 'dravonia-today.txt');
		const { hover } = await hoverUntil(page, token(page, /Varennikoff/), /spellings/, 120_000);
		const text = (await hover.locator(crossreadPart).first().innerText()).replace(/\s+/g, ' ');
		assert.match(text, /person Aleksandr Varennikov · 2 spellings in 6 outlets/);
		assert.match(text, /Aleksandr Varennikov: coastal-gazette, Harbourline Daily/);
		assert.match(text, /Aleksandr Varennikoff: dravonia-today · Accept this spelling/);
		await unhover(page);
	});

	test('Name This Outlet replaces the label in the views, the cards and the report at once', async () => {
		const { page, workspace } = session();
		await openFile(page, 'dravonia-today.txt');
		await dismiss(page);
		await page.locator('.command-center .command-center-quick-pick').first().click();
		const input = page.locator('.quick-input-widget .quick-input-box input');
		await input.fill('>Crossread: Name This Outlet');
		await page.locator('.quick-input-list .monaco-list-row', { has: page.locator('.label-name', { hasText: exactly('Crossread: Name This Outlet') }) }).first().click();
		await page.locator('.quick-input-widget', { hasText: 'The outlet of' }).waitFor();
		await input.fill('Dravonia Evening Wire');
		await page.keyboard.press('Enter');
		await waitUntil(() => Promise.resolve(existsSync(join(workspace, '.crossread.json'))), Boolean, '.crossread.json is written');

		const labels = await waitUntil(sourceLabels, (found) => found.includes('Dravonia Evening Wire'), 'the Sources view names the outlet', 60_000);
		assert.ok(!labels.includes('dravonia-today'), labels.join(', '));

		await openFile(page, 'harbourline-daily.md');
		const { hover } = await hoverUntil(page, token(page, '26 percent'), /Dravonia Evening Wire/, 60_000);
		assert.doesNotMatch(await hover.innerText(), /dravonia-today/);
		await unhover(page);

		await runCommand(page, 'Crossread: Show Report');
		const report = webviewFrame(page);
		await report.locator('.chart-label', { hasText: 'Dravonia Evening Wire' }).first().waitFor({ timeout: 60_000 });
		const chart = await report.locator('.chart-label').allInnerTexts();
		assert.ok(chart.includes('Dravonia Evening Wire'), chart.join(', '));
		assert.ok(!chart.includes('dravonia-today'), chart.join(', '));
	});

	test('Compare Two Outlets opens the diff editor on both outlets\' claims, aligned line by line', async () => {
		const { page } = session();
		await runCommand(page, 'View: Close All Editors');
		await openFile(page, 'harbourline-daily.md');
		await dismiss(page);
		await page.locator('.command-center .command-center-quick-pick').first().click();
		await page.locator('.quick-input-widget .quick-input-box input').fill('>Crossread: Compare Two Outlets…');
		await page.locator('.quick-input-list .monaco-list-row', { has: page.locator('.label-name', { hasText: exactly('Crossread: Compare Two Outlets…') }) }).first().click();
		await page.locator('.quick-input-widget', { hasText: 'Compare Harbourline Daily with' }).waitFor();
		await pickItem(page, 'Tidewater Press');
		await page.locator('.tab', { hasText: 'Harbourline Daily ↔ Tidewater Press' }).first().waitFor({ timeout: 30_000 });
		const diff = page.locator('.monaco-diff-editor').first();
		await diff.waitFor();
		const sides = [diff.locator('.editor.original .view-lines'), diff.locator('.editor.modified .view-lines')];
		// The diff editor draws one side, then the other: read both once they are drawn.
		const [left, right] = await waitUntil(() => Promise.all(sides.map((side) => side.innerText())), (texts) => texts.every((text) => /\S/.test(text)), 'both sides of the diff are drawn', 15_000).catch(() => Promise.all(sides.map((side) => side.innerText())));
		assert.match(left, /\S/, 'the first outlet\'s claims are shown');
		assert.match(right, /\S/, 'the second outlet\'s claims are shown');
		// The editor's own diff marks what differs, word by word.
		await diff.locator('.char-insert, .char-delete, .line-insert, .line-delete').first().waitFor({ timeout: 15_000 });
	});
});
