import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as assert from 'node:assert/strict';
import { clickRow, cursorPosition, openActivity, resizeSideBar, runCommand, treeRow, treeRows, viewDescription, waitUntil } from '../../scripts/e2e/workbench.mjs';
import { listSeverities } from './crossread.mjs';
import { locate, planted, plantedIds } from './sample.mjs';
import { picture, session } from './session.mjs';

/**
 * Checks that the Discrepancies view lists the planted discrepancies, each under its kind.
 *
 * @param {import('../../scripts/e2e/workbench.mjs').TreeRow[]} rows The view's rows.
 * @param {typeof planted} expected
 */
function assertListed(rows, expected) {
	for (const discrepancy of expected) {
		const index = rows.findIndex((row) => row.level === 2 && discrepancy.row.test(row.text));
		assert.ok(index >= 0, `${discrepancy.id}: no row matching ${discrepancy.row} in\n${rows.map((row) => `${'  '.repeat(row.level - 1)}${row.text}`).join('\n')}`);
		const group = rows.slice(0, index).reverse().find((row) => row.level === 1);
		assert.equal(group?.label, discrepancy.group, `${discrepancy.id} is listed under ${discrepancy.group}`);
	}
}

suite('The Crossread side panel', () => {
	suiteSetup(async () => {
		await runCommand(session().page, 'View: Close All Editors');
	});

	suiteTeardown(async () => {
		await listSeverities(session().page, 'Medium and high');
	});

	test('by default the activity-bar panel lists the planted discrepancies of medium severity and up, and counts the others', async () => {
		const { page } = session();
		assert.deepEqual(planted.map((discrepancy) => discrepancy.id).sort(), plantedIds().sort(), 'the suite knows every discrepancy truth.json plants');
		await openActivity(page, 'Crossread');
		const rows = await treeRows(page, 'Discrepancies');
		assertListed(
			rows,
			planted.filter((discrepancy) => discrepancy.listedByDefault),
		);
		assert.match(await viewDescription(page, 'Discrepancies'), /\d+ less severe hidden/);
		const sources = await treeRows(page, 'Sources');
		assert.deepEqual(
			sources.filter((row) => row.level === 1).map((row) => row.label),
			['coastal-gazette', 'dravonia-today', 'Harbourline Daily', 'Kestria Morning Post', 'The Meridian Ledger', 'Tidewater Press'],
		);
	});

	test('with every severity listed, the panel lists every planted discrepancy under its kind', async () => {
		const { page } = session();
		await listSeverities(page, 'All');
		const rows = await treeRows(page, 'Discrepancies');
		assert.deepEqual(
			rows.filter((row) => row.level === 1).map((row) => row.label),
			['Figures', 'Quotes', 'Names and places', 'Attributions', 'Reported by some only'],
		);
		assertListed(rows, planted);
	});

	test('a click on a discrepancy reveals its passage in the right file', async () => {
		const { page } = session();
		await listSeverities(page, 'All');
		for (const discrepancy of planted.filter((candidate) => candidate.reveal)) {
			const { file, text, within = text } = /** @type {NonNullable<typeof discrepancy.reveal>} */ (discrepancy.reveal);
			await clickRow(page, await treeRow(page, 'Discrepancies', discrepancy.row));
			const word = locate(file, text);
			const passage = locate(file, within);
			// The status bar shows the selection's end and its length: it must cover the planted text and stay inside the passage.
			const at = await waitUntil(
				() => cursorPosition(page),
				(position) => position.file === file && position.selected > 0 && position.line === word.line,
				`${discrepancy.id} reveals a selection in ${file}`,
			);
			const start = at.column - at.selected;
			assert.ok(start <= word.start && at.column >= word.end, `${discrepancy.id}: the selection (columns ${start}–${at.column}) covers "${text}" (${word.start}–${word.end})`);
			assert.ok(start >= passage.start && at.column <= passage.end, `${discrepancy.id}: the selection (columns ${start}–${at.column}) stays inside "${within}"`);
		}
	});

	test("the figure discrepancy opens onto every outlet's version", async () => {
		const { page } = session();
		// The README's picture shows the panel as a reader first sees it.
		await listSeverities(page, 'Medium and high');
		const row = await treeRow(page, 'Discrepancies', /26 percent/);
		await clickRow(page, row);
		if ((await row.getAttribute('aria-expanded')) !== 'true') {
			await row.locator('.monaco-tl-twistie').click();
		}
		const rows = await treeRows(page, 'Discrepancies');
		const index = rows.findIndex((candidate) => candidate.level === 2 && /26 percent/.test(candidate.label));
		const end = rows.findIndex((candidate, i) => i > index && candidate.level < 3);
		const versions = rows
			.slice(index + 1, end < 0 ? undefined : end)
			.map((candidate) => `${candidate.label}: ${candidate.description}`)
			// The outlets that do not report the claim may follow; the planted versions are these.
			.filter((version) => !version.endsWith(': not reported'));
		assert.deepEqual(versions.sort(), ['Harbourline Daily: 26 percent (differs)', 'Kestria Morning Post: 27%', 'The Meridian Ledger: 27%', 'Tidewater Press: 27 percent']);

		await clickRow(page, await treeRow(page, 'Discrepancies', /^Harbourline Daily 26 percent/));
		await waitUntil(() => cursorPosition(page), (position) => position.file === 'harbourline-daily.md' && position.selected > 0, 'the passage is revealed');
		// Wide enough for the summaries, as a reader would drag it; then back, for the tests after.
		const width = await resizeSideBar(page, 560);
		try {
			await treeRow(page, 'Discrepancies', /26 percent/);
			// Over the view's empty space: no tooltip, no highlighted item in the picture.
			await page.mouse.move(300, 500);
			await picture('panel.png', () => page.mouse.move(300, 500));
		} finally {
			await resizeSideBar(page, width);
		}
	});
});
