// Packages an extension into a .vsix the way `npm run package` does (vsce runs the production
// build, `vscode:prepublish`), and lists what a .vsix holds.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './paths.mjs';

/**
 * Packages an extension. README links are made absolute against the repository URL in its
 * package.json, as the Marketplace would show them.
 *
 * @param {string} folder The extension's folder.
 * @param {string} out Where to write the .vsix.
 * @param {string[]} [flags] More `vsce package` flags.
 */
export function packageExtension(folder, out, flags = []) {
	const { repository } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
	const base = (typeof repository === 'string' ? repository : repository?.url)?.replace(/\.git$/, '');
	const links = base ? ['--baseContentUrl', `${base}/blob/HEAD/`, '--baseImagesUrl', `${base}/raw/HEAD/`] : [];
	const result = spawnSync(join(root, 'node_modules', '.bin', 'vsce'), ['package', '--no-dependencies', ...links, ...flags, '--out', out], { cwd: folder, encoding: 'utf8' });
	if (result.status !== 0) {
		throw new Error(`Packaging ${folder} failed:\n${result.stdout}\n${result.stderr}`);
	}
}

/**
 * The paths of the files in a .vsix (a zip), read from its central directory.
 *
 * @param {string} file
 * @returns {string[]}
 */
export function vsixEntries(file) {
	const zip = readFileSync(file);
	// The end-of-central-directory record: its signature, searched from the end (a comment may follow it).
	let end = zip.length - 22;
	while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) {
		end--;
	}
	if (end < 0) {
		throw new Error(`${file} is not a zip file.`);
	}
	const count = zip.readUInt16LE(end + 10);
	let at = zip.readUInt32LE(end + 16);
	const names = [];
	for (let i = 0; i < count; i++) {
		if (zip.readUInt32LE(at) !== 0x02014b50) {
			throw new Error(`${file}: broken central directory.`);
		}
		const nameLength = zip.readUInt16LE(at + 28);
		const extraLength = zip.readUInt16LE(at + 30);
		const commentLength = zip.readUInt16LE(at + 32);
		names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
		at += 46 + nameLength + extraLength + commentLength;
	}
	return names;
}
