// Launches Debian's Chromium through playwright-core (no browser download) and opens the VS Code
// workbench in it, recording the console of the page and of every frame in it (webviews included).
import { chromium } from 'playwright-core';
import { chromiumBin } from './paths.mjs';
import { markerVariable } from './processes.mjs';
import { track } from './teardown.mjs';

/** Chromium without sandbox (containers, root), GPU or any traffic of its own. */
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * @typedef {object} ConsoleEntry
 * @property {number} at Milliseconds since the page was opened.
 * @property {string} type `error`, `warning`, `log`…, or `pageerror` for an uncaught exception.
 * @property {string} text The message.
 * @property {string} url The frame's URL.
 */

/**
 * @typedef {object} Workbench
 * @property {import('playwright-core').Browser} browser
 * @property {import('playwright-core').Page} page
 * @property {ConsoleEntry[]} console Every console message so far.
 * @property {number} openedAt `Date.now()` when the workbench URL was requested.
 * @property {() => Promise<void>} close Closes the browser.
 */

/**
 * Launches Chromium and opens the workbench at a URL; resolves once the folder is open.
 *
 * @param {string} url A code-server URL with `?folder=`.
 * @param {{ width?: number, height?: number }} [size] The viewport.
 * @returns {Promise<Workbench>}
 */
export async function openWorkbench(url, { width = 1400, height = 900 } = {}) {
	const browser = await chromium.launch({
		executablePath: chromiumBin,
		args: chromiumArgs,
		env: { ...process.env, [markerVariable]: process.env[markerVariable] ?? `standalone-${process.pid}` },
		// Our teardown handles signals: playwright's own handlers would exit before code-server is stopped.
		handleSIGINT: false,
		handleSIGTERM: false,
		handleSIGHUP: false,
	});
	const close = async () => {
		untrack();
		await browser.close().catch(() => undefined);
	};
	// NOTE: playwright kills the browsers it launched when this process exits, synchronously; `kill` need not.
	const untrack = track({ name: 'Chromium', stop: close, kill: () => undefined });
	try {
		const page = await browser.newPage({ viewport: { width, height } });
		/** @type {ConsoleEntry[]} */
		const console = [];
		const openedAt = Date.now();
		page.on('console', (message) => console.push({ at: Date.now() - openedAt, type: message.type(), text: message.text(), url: message.location().url ?? '' }));
		page.on('pageerror', (error) => console.push({ at: Date.now() - openedAt, type: 'pageerror', text: String(error), url: '' }));
		await page.goto(url);
		await page.locator('.monaco-workbench').waitFor({ timeout: 120_000 });
		// The folder is open once the explorer shows it.
		await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 120_000 });
		return { browser, page, console, openedAt, close };
	} catch (error) {
		await close();
		throw error;
	}
}
