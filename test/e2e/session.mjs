// The suite's one browser session (a mocha root hook plugin): Chromium opens the workbench that
// scripts/e2e/run.mjs started code-server for, once, before the first test; a failed test leaves
// a screenshot; the browser closes after the last test, and the measurements are written.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
 * pictures (`npm run screenshots`), else beside the run's logs.
 *
 * @param {string} name A file name, `hover.png`.
 */
export async function picture(name) {
	const folder = process.env.CROSSREAD_E2E_IMAGES ?? join(session().artifacts, 'screenshots');
	mkdirSync(folder, { recursive: true });
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
	await page.screenshot({ path: join(folder, name) });
	if (process.env.CROSSREAD_E2E_IMAGES) {
		await inLightTheme(() => page.screenshot({ path: join(folder, name.replace(/\.png$/, '-light.png')) }));
	}
}

/**
 * Runs `take` with the workbench in the light theme, then puts the suite's dark theme back: the
 * README shows each picture in both. The theme changes live when the user settings file does.
 *
 * @param {() => Promise<unknown>} take
 */
async function inLightTheme(take) {
	const { page, userDataDir } = session();
	const file = join(userDataDir, 'User', 'settings.json');
	const saved = readFileSync(file, 'utf8');
	const themed = async (/** @type {string} */ theme, /** @type {RegExp} */ bodyClass) => {
		writeFileSync(file, JSON.stringify({ ...JSON.parse(saved), 'workbench.colorTheme': theme }, null, '\t'));
		// VS Code marks the workbench `vs` (light) or `vs-dark`; webviews follow a moment later.
		await page.waitForFunction((pattern) => new RegExp(pattern).test(globalThis.document.querySelector('.monaco-workbench')?.className ?? ''), bodyClass.source, { timeout: 15_000 });
		await page.waitForTimeout(800);
	};
	try {
		await themed('Default Light Modern', /(?:^|\s)vs(?:\s|$)/);
		await take();
	} finally {
		writeFileSync(file, saved);
		await page.waitForFunction(() => /(?:^|\s)vs-dark(?:\s|$)/.test(globalThis.document.querySelector('.monaco-workbench')?.className ?? ''), undefined, { timeout: 15_000 }).catch(() => undefined);
		await page.waitForTimeout(500);
	}
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
