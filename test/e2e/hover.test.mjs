import { suite, suiteSetup, test } from 'mocha';
import * as assert from 'node:assert/strict';
import { activeTab, cursorPosition, exactly, hoverUntil, openFile, runCommand, token, unhover, waitUntil } from '../../scripts/e2e/workbench.mjs';
import { locate } from './sample.mjs';
import { picture, session } from './session.mjs';

/** The part of a hover card that Crossread renders (other providers' parts may follow it). */
const crossreadPart = '.hover-row:has-text("Crossread")';

/**
 * The line of a card that names an outlet, its date and its verdict (not the summary above,
 * which names outlets too).
 *
 * @param {import('playwright-core').Locator} card
 * @param {string} outlet
 */
function outletLine(card, outlet) {
	return card.locator('p').filter({ has: card.page().locator('strong:first-child', { hasText: exactly(outlet) }) });
}

suite('Hover to compare', () => {
	suiteSetup(async () => {
		await runCommand(session().page, 'View: Close All Editors');
	});

	test('the hover on a figure that differs shows the other outlets\' wording and the verdict', async () => {
		const { page, openedAt, measurements } = session();
		await openFile(page, 'harbourline-daily.md');
		// The first hovers may come while the extension activates and reads the folder: retried.
		const { hover } = await hoverUntil(page, token(page, '26 percent'), /Crossread/, 120_000);
		measurements['time from opening the folder to the first hover card (ms)'] ??= Date.now() - openedAt;
		await picture('hover.png', () => hoverUntil(page, token(page, '26 percent'), /Crossread/, 60_000));

		const card = hover.locator(crossreadPart).first();
		const text = (await card.innerText()).replace(/\s+/g, ' ');
		assert.match(text, /figure 26 percent/);
		assert.match(text, /reported by 4 of 6 outlets/);
		for (const [outlet, theirs] of [['Kestria Morning Post', '27%'], ['The Meridian Ledger', '27%'], ['Tidewater Press', '27 percent']]) {
			assert.match(text, new RegExp(`${outlet} · [\\d-]+ · differs: 26 percent vs ${theirs}`), `${outlet}'s verdict`);
		}
		// Their figures are in bold inside their own wording.
		const bold = await card.locator('blockquote strong').allInnerTexts();
		assert.deepEqual(bold.sort(), ['27 percent', '27%', '27%']);
		assert.match(text, /rose 27% over the past nine months/);
		assert.match(text, /Not reported by coastal-gazette, dravonia-today/);
	});

	test('the card\'s "Open beside" link opens the other outlet\'s passage beside, selected', async () => {
		const { page } = session();
		const { hover } = await hoverUntil(page, token(page, '26 percent'), /Crossread/);
		const ledger = outletLine(hover.locator(crossreadPart).first(), 'The Meridian Ledger').locator('a', { hasText: 'Open beside' });
		await ledger.click();
		await activeTab(page, 'meridian-ledger.md').waitFor();
		const passage = 'Figures published by the Dravonian Grain Board show that grain exports from Dravonia to Kestria rose 27% over the past nine months.';
		const expected = locate('meridian-ledger.md', passage);
		const position = await waitUntil(() => cursorPosition(page), (at) => at.file === 'meridian-ledger.md' && at.selected > 0, 'the passage is selected');
		assert.deepEqual(position, { file: 'meridian-ledger.md', line: expected.line, column: expected.end, selected: passage.length });
		assert.equal(await page.locator('.editor-group-container').count(), 2, 'beside the article, in a second group');
		await runCommand(page, 'View: Close Editors in Other Groups');
		await unhover(page);
	});

	test('the hover on a quote marks the changed words', async () => {
		const { page } = session();
		await openFile(page, 'harbourline-daily.md');
		const { hover } = await hoverUntil(page, token(page, 'must'), /Crossread · quote/);
		const card = hover.locator(crossreadPart).first();
		const text = (await card.innerText()).replace(/\s+/g, ' ');
		assert.match(text, /differs: must vs should/);
		// Each other outlet's wording with its word in bold, and ours struck beside it.
		for (const outlet of ['Kestria Morning Post', 'The Meridian Ledger']) {
			const quote = outletLine(card, outlet).locator('xpath=following-sibling::blockquote[1]');
			assert.deepEqual(await quote.locator('strong').allInnerTexts(), ['should'], `${outlet}: the changed word in bold`);
			assert.deepEqual(await quote.locator('del').allInnerTexts(), ['must'], `${outlet}: ours struck`);
			assert.match(await quote.innerText(), /Our ports should serve the farmer, not the speculator/);
		}
		assert.match(text, /Not reported by coastal-gazette, dravonia-today, Tidewater Press/);
		await unhover(page);
	});
});
