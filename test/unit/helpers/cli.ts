import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The command line's source: run as a user runs it, through tsx. */
export const cliSource = join(__dirname, '..', '..', '..', 'src', 'cli.ts');

/** Runs the command line as a user would, from source, without colours. */
export function crossread(...args: string[]): { status: number | null; stdout: string; stderr: string } {
	const result = spawnSync(process.execPath, ['--import', 'tsx', cliSource, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
