// The suite's one browser session (a mocha root hook plugin): Chromium opens the workbench that
// scripts/e2e/run.mjs started code-server for, once, before the first test; a failed test leaves
// a screenshot; the browser closes after the last test, and the measurements are written.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openWorkbench } from '../../scripts/e2e/browser.mjs';

/**
 * @typedef {import('../../scripts/e2e/browser.mjs').Workbench & {
 *   workspace: string, userDataDir: string, artifacts: string, vsix: string,
 *   measurements: Record<string, unknown>,
 * }} Session
 */

/** @type {Session | undefined} */
let current;

/**
 * The open workbench and where things are.
 *
 * @returns {Session}
 */
export function session() {
	if (!current) {
		throw new Error('No workbench: the session did not start (see the first failure above).');
	}
	return current;
}

/**
 * Saves a screenshot of the whole window: into images/ when the run regenerates the README's
 * pictures (`npm run screenshots`), else beside the run's logs. For the README it is taken in
 * the light theme too (`name-light.png`): the theme is switched from the palette, which closes
 * what floats (a hover card), so `redo` puts the scene back after each switch.
 *
 * @param {string} name A file name, `hover.png`.
 * @param {() => Promise<unknown>} [redo] Puts the scene back after a theme switch (hovers the card again).
 */
export async function picture(name, redo = async () => undefined) {
	const folder = process.env.CROSSREAD_E2E_IMAGES ?? join(session().artifacts, 'screenshots');
	mkdirSync(folder, { recursive: true });
	await screenshot(join(folder, name));
	if (!process.env.CROSSREAD_E2E_IMAGES) {
		return;
	}
	try {
		await colorTheme(/^Light Modern$/, 'vs');
		await redo();
		await screenshot(join(folder, name.replace(/\.png$/, '-light.png')));
	} finally {
		await colorTheme(/^Dark Modern$/, 'vs-dark');
		await redo();
	}
}

/** @param {string} file */
async function screenshot(file) {
	const { page } = session();
	// A hover card fades in: the picture waits for every animation that ends (a spinner does not).
	await page.evaluate(() =>
		Promise.all(
			globalThis.document
				.getAnimations()
				.filter((animation) => Number.isFinite(Number(animation.effect?.getComputedTiming().endTime)))
				.map((animation) => animation.finished.catch(() => undefined)),
		),
	);
	await page.screenshot({ path: file });
}

/**
 * Switches the color theme from the palette (Preferences: Color Theme) and waits until the
 * workbench wears it: VS Code gives the workbench the theme's type as a class (`vs`, `vs-dark`).
 *
 * @param {RegExp} label The theme's label in the picker.
 * @param {string} type Its type class.
 */
async function colorTheme(label, type) {
	const { page } = session();
	await page.mouse.move(2, 450);
	await page.locator('.command-center .command-center-quick-pick').first().click();
	const input = page.locator('.quick-input-widget .quick-input-box input');
	await input.fill('>Preferences: Color Theme');
	await page.locator('.quick-input-list .monaco-list-row', { has: page.locator('.label-name', { hasText: /^Preferences: Color Theme$/ }) }).first().click();
	await page.locator('.quick-input-list .monaco-list-row', { has: page.locator('.label-name', { hasText: /Modern/ }) }).first().waitFor();
	await input.fill(label.source.replace(/[\^$]/g, ''));
	await page.locator('.quick-input-list .monaco-list-row', { has: page.locator('.label-name', { hasText: label }) }).first().waitFor();
	await page.keyboard.press('Enter');
	await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
	await page.waitForFunction((wanted) => (globalThis.document.querySelector('.monaco-workbench')?.className ?? '').split(/\s+/).includes(wanted), type, { timeout: 15_000 });
	// Webviews take the new colours a moment later.
	await page.waitForTimeout(800);
}

/** @param {string} name */
function required(name) {
	const value = process.env[name];
	if (!value) {
		throw new Error(`${name} is not set: run the suite with \`npm run test:e2e\` (scripts/e2e/run.mjs), which starts code-server for it.`);
	}
	return value;
}

export const mochaHooks = {
	/** @this {import('mocha').Context} */
	async beforeAll() {
		this.timeout(300_000);
		const url = required('CROSSREAD_E2E_URL');
		const workbench = await openWorkbench(url);
		current = {
			...workbench,
			workspace: required('CROSSREAD_E2E_WORKSPACE'),
			userDataDir: required('CROSSREAD_E2E_USER_DATA'),
			artifacts: required('CROSSREAD_E2E_ARTIFACTS'),
			vsix: required('CROSSREAD_E2E_VSIX'),
			measurements: {},
		};
		// SIGTERM from the runner (or Ctrl+C): scripts/e2e/teardown.mjs closes the browser before exiting.
	},

	/** @this {import('mocha').Context} */
	async afterEach() {
		const test = this.currentTest;
		if (test?.state !== 'failed' || !current) {
			return;
		}
		const folder = join(current.artifacts, 'failures');
		mkdirSync(folder, { recursive: true });
		const file = join(folder, `${test.fullTitle().replace(/[^\w-]+/g, '-').slice(0, 120)}.png`);
		await current.page.screenshot({ path: file }).then(
			() => console.log(`      screenshot: ${file}`),
			(error) => console.log(`      no screenshot: ${error.message}`),
		);
	},

	async afterAll() {
		if (!current) {
			return;
		}
		writeFileSync(join(current.artifacts, 'measurements.json'), JSON.stringify(current.measurements, null, '\t'));
		writeFileSync(join(current.artifacts, 'console.json'), JSON.stringify(current.console, null, '\t'));
		await current.close();
		current = undefined;
	},
};
