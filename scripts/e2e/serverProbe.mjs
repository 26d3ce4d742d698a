// The experimental language-server mode (`crossread.server.enabled`) in a real VS Code:
// packages the extension, starts code-server with the setting on, on the three fixture articles
// of test/fixtures/server plus N generated ones, and checks that the hover card of a figure comes
// from the server while the folder is compared, with the progress in the status bar (screenshot).
// Prints what it saw and how long it took; ends every process it started.
//
//   CROSSREAD_E2E_CACHE=/work/e2e-cache node --import tsx scripts/e2e/serverProbe.mjs [N=150]
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCluster } from '../generateCluster.ts';
import { openWorkbench } from './browser.mjs';
import { startCodeServer } from './codeServer.mjs';
import { packageExtension } from './packageVsix.mjs';
import { root, runsDir } from './paths.mjs';
import { hoverUntil, openFile, token } from './workbench.mjs';

const count = Number(process.argv[2] ?? 150);
const runDir = join(runsDir, `server-probe-${Date.now()}`);
const workspace = join(runDir, 'workspace');
mkdirSync(workspace, { recursive: true });
cpSync(join(root, 'test', 'fixtures', 'server'), workspace, { recursive: true });
generateCluster(count, 5).forEach((article, index) => writeFileSync(join(workspace, `wire-${String(index).padStart(4, '0')}.txt`), article.text));

const vsix = join(runDir, 'crossread.vsix');
packageExtension(root, vsix);
const server = await startCodeServer({ vsix: [vsix], settings: { 'crossread.server.enabled': true, 'editor.minimap.enabled': false }, profileDir: join(runDir, 'code-server') });
let workbench;
try {
	const started = Date.now();
	workbench = await openWorkbench(server.url(workspace));
	const { page } = workbench;
	await openFile(page, 'gazette.md');
	// The first comparison of the folder: its progress shows in the status bar until it lands.
	const progress = page.locator('.statusbar-item', { hasText: /Comparing \d+ articles/ }).first();
	const seen = await progress.waitFor({ timeout: 120_000 }).then(
		async () => (await progress.innerText()).trim(),
		() => undefined,
	);
	console.log(seen ? `Progress in the status bar after ${((Date.now() - started) / 1000).toFixed(1)} s: ${seen}` : 'No progress seen in the status bar.');
	await page.screenshot({ path: join(runDir, 'server-progress.png') });
	console.log(`Screenshot: ${join(runDir, 'server-progress.png')}`);
	const { hover, elapsed } = await hoverUntil(page, token(page, '15 percent'), /Vantmoor Ledger/, 240_000);
	console.log(`Hover card from the server after ${((Date.now() - started) / 1000).toFixed(1)} s (shown ${elapsed} ms after the mouse reached the figure):\n${(await hover.innerText()).slice(0, 400)}`);
} finally {
	await workbench?.close();
	console.log((await server.stop()) ? 'code-server stopped.' : `code-server's group ${server.pgid} did not end.`);
}
