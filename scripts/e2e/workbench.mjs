// Drives the VS Code workbench in Chromium (playwright-core, Debian's /usr/bin/chromium):
// open a file, hover a text, run a palette command, reach into a webview.
import { chromium } from 'playwright-core';

/**
 * Launches Chromium and opens the workbench at a URL.
 *
 * @param {string} url A code-server URL with `?folder=`.
 * @param {{ width?: number, height?: number }} [size]
 */
export async function openWorkbench(url, { width = 1400, height = 900 } = {}) {
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
	const page = await browser.newPage({ viewport: { width, height } });
	/** @type {string[]} */
	const console = [];
	page.on('console', (message) => console.push(`${message.type()}: ${message.text()}`));
	await page.goto(url);
	await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
	// The explorer and the status bar are up once the folder is open.
	await page.waitForSelector('.explorer-folders-view, .statusbar', { timeout: 60_000 });
	return { browser, page, console };
}

/**
 * Opens a file through Quick Open.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} name File name to type.
 */
export async function openFile(page, name) {
	await page.locator('.monaco-workbench .part.editor').click({ position: { x: 300, y: 300 } });
	await page.keyboard.press('Control+P');
	await page.keyboard.type(name);
	await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
	await page.keyboard.press('Enter');
	await page.locator(`.tab.active[aria-label*="${name}"], .tab.active:has-text("${name}")`).first().waitFor();
	await page.locator('.monaco-editor .view-lines').first().waitFor();
}

/**
 * Hovers the first editor span that holds a text until a hover with content shows.
 *
 * @param {import('playwright-core').Page} page
 * @param {string | RegExp} text The text of one rendered token.
 * @param {RegExp} expect What the hover must say.
 * @returns {Promise<import('playwright-core').Locator>} The hover widget.
 */
export async function hoverText(page, text, expect, timeout = 30_000) {
	const until = Date.now() + timeout;
	const target = page.locator('.monaco-editor .view-line span', { hasText: text }).last();
	while (Date.now() < until) {
		await page.mouse.move(5, 5);
		await target.hover();
		const hover = page.locator('.monaco-hover:visible').filter({ hasText: expect }).first();
		if (await hover.waitFor({ timeout: 2_500 }).then(() => true, () => false)) {
			return hover;
		}
	}
	throw new Error(`No hover matching ${expect} over "${text}".`);
}

/**
 * Runs a command from the palette by its title. The palette opens from the command center in the
 * title bar: F1 would reach a focused webview as a key press (and a space typed there scrolls it).
 *
 * @param {import('playwright-core').Page} page
 * @param {string} title For example `Crossread: Show Report`.
 */
export async function runCommand(page, title) {
	await page.mouse.move(5, 5);
	await page.locator('.command-center .command-center-quick-pick').first().click();
	await page.locator('.quick-input-widget .quick-input-box input').first().waitFor();
	await page.keyboard.type(`>${title}`);
	await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
	await page.keyboard.press('Enter');
}

/**
 * The document inside the active webview (webviews are an iframe inside an iframe).
 *
 * @param {import('playwright-core').Page} page
 */
export function webviewFrame(page) {
	return page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
}
