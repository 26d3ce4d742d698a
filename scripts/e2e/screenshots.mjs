// Takes the README's screenshots in a real VS Code (code-server in Chromium): the hover card, the
// side panel and the report webview, on the bundled sample cluster. Run scripts/e2e/setup.sh once,
// then `node scripts/e2e/screenshots.mjs`. Writes images/*.png; prints webview console errors.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { cache, packageExtension, root, startCodeServer } from './codeServer.mjs';
import { hoverText, openFile, openWorkbench, runCommand, webviewFrame } from './workbench.mjs';

const images = join(root, 'images');
const vsix = join(cache, 'crossread.vsix');
const sample = join(root, 'samples', 'harbour-summit');

mkdirSync(images, { recursive: true });
packageExtension(root, vsix);

const server = await startCodeServer({ vsix, extraSettings: { 'workbench.colorTheme': process.env.THEME ?? 'Default Dark Modern', 'editor.minimap.enabled': false } });
let browser;
try {
	const workbench = await openWorkbench(server.url(sample));
	browser = workbench.browser;
	const { page } = workbench;

	await openFile(page, 'harbourline-daily.md');
	// Monaco renders spaces as no-break spaces: \s matches both.
	const hover = await hoverText(page, /^26\spercent$/, /Crossread/);
	await hover.waitFor();
	await page.screenshot({ path: join(images, 'hover.png') });
	console.log('images/hover.png');

	await page.mouse.move(5, 5);
	await page.keyboard.press('Escape');
	await runCommand(page, 'Crossread: Show Panel');
	await page.locator('.pane-header', { hasText: 'Discrepancies' }).waitFor();
	const figure = page.locator('.monaco-list-row', { hasText: /26\spercent/ }).first();
	await figure.waitFor();
	// A click reveals the passage in the editor (and may toggle the row): show the row open either way.
	await figure.click();
	await page.waitForTimeout(300);
	if ((await figure.getAttribute('aria-expanded')) !== 'true') {
		await page.keyboard.press('ArrowRight');
	}
	await page.waitForTimeout(800);
	await page.screenshot({ path: join(images, 'panel.png') });
	console.log('images/panel.png');

	await runCommand(page, 'Crossread: Show Report');
	const report = webviewFrame(page);
	await report.locator('h1', { hasText: 'Crossread report' }).waitFor({ timeout: 30_000 });
	// The report on its own, the width a reader would give it.
	await runCommand(page, 'View: Close Editors in Other Groups');
	await runCommand(page, 'View: Toggle Primary Side Bar Visibility');
	await report.locator('h1').scrollIntoViewIfNeeded();
	// Away from the title bar, whose tooltip would show in the picture.
	await page.mouse.move(700, 600);
	await page.waitForTimeout(800);
	await page.screenshot({ path: join(images, 'report.png') });
	console.log('images/report.png');
	await report.locator('#outlets').scrollIntoViewIfNeeded();
	await page.waitForTimeout(500);
	await page.screenshot({ path: join(images, 'report-coverage.png') });
	console.log('images/report-coverage.png');

	const problems = workbench.console.filter((line) => /Content Security Policy|Refused to/i.test(line));
	console.log(problems.length > 0 ? `Webview console:\n${problems.join('\n')}` : 'No CSP violations in the console.');
} finally {
	await browser?.close();
	await server.stop();
}
