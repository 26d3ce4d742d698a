// Where the end-to-end tooling lives: the project, the cache folder scripts/e2e/setup.sh fills,
// and the programs in it. Versions are pinned in setup.sh; keep the two in step.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The project's root folder. */
export const root = join(import.meta.dirname, '..', '..');

/** The cache folder (git-ignored): Node 24, code-server, and one folder per run. */
export const cache = process.env.CROSSREAD_E2E_CACHE ?? join(root, '.cache', 'e2e');

/** Node 24's `bin/`, first on code-server's PATH (the project itself keeps the machine's Node). */
export const node24Bin = join(cache, 'node-v24.9.0', 'bin');

/** The code-server executable. */
export const codeServerBin = join(cache, 'code-server-4.139.1', 'node_modules', '.bin', 'code-server');

/** VS Code's product.json inside code-server (its version, for reports). */
export const codeProduct = join(cache, 'code-server-4.139.1', 'node_modules', 'code-server', 'lib', 'vscode', 'product.json');

/** The Chromium playwright-core drives: `$CHROMIUM`, else Debian's. */
export const chromiumBin = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Folders of past runs; the newest is kept for a look after a failure. */
export const runsDir = join(cache, 'runs');

/** Whether setup.sh has installed everything. */
export function isSetUp() {
	return existsSync(join(cache, 'node-v24.9.0', '.installed')) && existsSync(join(cache, 'code-server-4.139.1', '.installed')) && existsSync(chromiumBin);
}
