import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { kindOf, readRegularFile } from './readRegularFile';

/** How much of an existing file is read to tell whether it is a report: reports can be large, but not this large. */
const maxReportBytes = 256 * 1024 * 1024;

/**
 * Whether a file's text is a report Crossread wrote, and so may be replaced by a new one: a JSON
 * report (an object with a numeric `version` and `articles` and `discrepancies` lists), or a
 * Markdown or text report (it opens with the report's own first line, "# Crossread report" or
 * "Crossread report:"). An empty file holds nothing to lose, and counts too. Anything else, an
 * article above all, is not overwritten.
 *
 * @param text The file's text.
 * @returns Whether writing a report over it loses nothing.
 */
export function isCrossreadReport(text: string): boolean {
	const content = text.replace(/^\uFEFF/, '');
	if (content.trim() === '') {
		return true;
	}
	if (/^# Crossread report\r?\n/.test(content) || /^Crossread report: /.test(content)) {
		return true;
	}
	if (!content.trimStart().startsWith('{')) {
		return false;
	}
	try {
		const data = JSON.parse(content) as Record<string, unknown> | null;
		return typeof data === 'object' && data !== null && typeof data.version === 'number' && Array.isArray(data.articles) && Array.isArray(data.discrepancies);
	} catch {
		return false;
	}
}

/**
 * Why a report must not be written to a path, if it must not: the path is a symbolic link (a link
 * into an article would replace the article), is one of the files read (compared by device and
 * inode, so another spelling of the path or a link to it is caught), is not a regular file, or
 * is a file that is not a previous report (`isCrossreadReport`).
 *
 * @param path Where the report would go.
 * @param inputs The files the report was made from.
 * @returns A phrase for a person ("it is one of the articles read"), or `undefined` when writing is safe.
 */
export async function reasonNotToWrite(path: string, inputs: readonly string[]): Promise<string | undefined> {
	const link = await fs.lstat(path).catch(() => undefined);
	if (!link) {
		return undefined;
	}
	if (link.isSymbolicLink()) {
		return 'it is a symbolic link (the report would replace what it points to): give the file itself, or a new name';
	}
	if (!link.isFile()) {
		return `it is not a regular file (${kindOf(link)})`;
	}
	for (const input of inputs) {
		const stat = await fs.stat(input).catch(() => undefined);
		if (stat && stat.dev === link.dev && stat.ino === link.ino) {
			return 'it is one of the articles read';
		}
	}
	const read = await readRegularFile(path, maxReportBytes);
	if ('error' in read) {
		return `it could not be checked (${read.error})`;
	}
	if (!isCrossreadReport(new TextDecoder('utf-8').decode(read.bytes))) {
		return 'it exists and is not a Crossread report: remove it first, or give another name';
	}
	return undefined;
}

/**
 * Writes a file atomically: the text goes to a temporary file beside it (same folder, so the same
 * file system), is flushed to disk, then renamed over the target in one step. A reader never sees
 * half a file; when anything fails (a full disk), the temporary file is removed and the old file
 * is left as it was. An existing file's permissions are kept.
 *
 * @param path The file to write.
 * @param text Its new content (or its pieces, for a text longer than one string may be).
 */
export async function writeFileAtomically(path: string, text: string | Iterable<string>): Promise<void> {
	const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
	const previous = await fs.stat(path).catch(() => undefined);
	let handle: fs.FileHandle | undefined;
	try {
		handle = await fs.open(temporary, 'wx', previous ? previous.mode & 0o7777 : 0o666);
		// Each piece goes on from where the previous one ended.
		for (const piece of typeof text === 'string' ? [text] : text) {
			await handle.writeFile(piece);
		}
		await handle.sync();
		await handle.close();
		handle = undefined;
		await fs.rename(temporary, path);
	} catch (error) {
		await handle?.close().catch(() => undefined);
		await fs.rm(temporary, { force: true }).catch(() => undefined);
		throw error;
	}
	// The rename is durable once the folder is flushed too (not possible everywhere: best effort).
	const folder = await fs.open(dirname(path), 'r').catch(() => undefined);
	await folder?.sync().catch(() => undefined);
	await folder?.close().catch(() => undefined);
}

/**
 * Writes a report where asked, unless that would lose something (`reasonNotToWrite`), atomically
 * (`writeFileAtomically`).
 *
 * @param path Where the report goes.
 * @param text The report (or its pieces).
 * @param inputs The files it was made from.
 * @returns Nothing when written; else why not, for a person.
 */
export async function writeReport(path: string, text: string | Iterable<string>, inputs: readonly string[]): Promise<{ error: string } | undefined> {
	const reason = await reasonNotToWrite(path, inputs);
	if (reason) {
		return { error: `not written to ${path}: ${reason}` };
	}
	try {
		await writeFileAtomically(path, text);
	} catch (error) {
		return { error: `cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
	}
	return undefined;
}
