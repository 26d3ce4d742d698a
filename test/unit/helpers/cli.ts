import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const cli = join(__dirname, '..', '..', '..', 'src', 'cli.ts');

/** Runs the command line as a user would, from source, without colour. */
export function runCrossread(...args: string[]): { status: number | null; stdout: string; stderr: string } {
	const result = spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
