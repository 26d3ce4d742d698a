import { constants, promises as fs, type Stats } from 'node:fs';

/** A file's bytes, or why it was not read (a phrase: "not a regular file (a FIFO)"). */
export type ReadFileResult = { bytes: Uint8Array } | { error: string; reason: ReadFailure };

/** Why a file was not read, for callers that act on it (`missing`: a caller may treat it as "no file"). */
export type ReadFailure = 'missing' | 'not-regular' | 'too-large' | 'link' | 'unreadable';

/**
 * `O_NONBLOCK`: opening a FIFO for reading otherwise waits for a writer, forever. It changes
 * nothing for a regular file. (Windows has no FIFOs, and no such flag.)
 */
const openFlags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** Read in pieces of at most this much, so that memory never runs far past the cap. */
const maxChunk = 1024 * 1024;

/**
 * Reads a regular file, and only one: a FIFO, a device (`/dev/zero`, `/dev/urandom`), a socket
 * or a folder is refused with its true kind, before it is opened, and again on the open handle
 * (opened without blocking, so a file swapped for a FIFO in between is caught too). The
 * cap is enforced while reading, a piece at a time: the size `stat` reports is never trusted
 * (`/proc` files report 0, a device reports 0 and never ends, a file may grow while read).
 * Symbolic links are followed (once: the system refuses loops).
 *
 * @param path The file (a `Buffer` for a name that is not valid UTF-8).
 * @param maxBytes The most bytes read; a longer file is refused as too large.
 * @returns The bytes, or a reason for a person ("too large (over 16 MB)").
 */
export async function readRegularFile(path: string | Buffer, maxBytes: number): Promise<ReadFileResult> {
	// A device is never opened at all: opening some has effects of its own (`/dev/watchdog` arms a timer).
	const before = await fs.stat(path).catch(() => undefined);
	if (before && !before.isFile()) {
		return { error: `not a regular file (${kindOf(before)})`, reason: 'not-regular' };
	}
	let handle: fs.FileHandle;
	try {
		handle = await fs.open(path, openFlags);
	} catch (error) {
		return describeOpenFailure(path, error);
	}
	try {
		const stat = await handle.stat();
		if (!stat.isFile()) {
			return { error: `not a regular file (${kindOf(stat)})`, reason: 'not-regular' };
		}
		const chunks: Buffer[] = [];
		let total = 0;
		// The size is a hint for the first piece only: a small file is read in one call.
		const chunkSize = Math.max(16 * 1024, Math.min(maxChunk, stat.size + 1));
		for (;;) {
			const buffer = Buffer.allocUnsafe(Math.min(chunkSize, maxBytes + 1 - total));
			const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
			if (bytesRead === 0) {
				break;
			}
			chunks.push(buffer.subarray(0, bytesRead));
			total += bytesRead;
			if (total > maxBytes) {
				return { error: `too large (over ${formatMegabytes(maxBytes)} MB)`, reason: 'too-large' };
			}
		}
		return { bytes: Buffer.concat(chunks, total) };
	} catch (error) {
		return { error: describeErrno(error), reason: 'unreadable' };
	} finally {
		await handle.close().catch(() => undefined);
	}
}

/**
 * What a file system entry is, in words for a warning.
 *
 * @param stat Its `stat` (or `lstat`, to name a link).
 * @returns e.g. `a FIFO (named pipe)`, `a character device`.
 */
export function kindOf(stat: Pick<Stats, 'isFile' | 'isDirectory' | 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice' | 'isSymbolicLink'>): string {
	return stat.isFile()
		? 'a regular file'
		: stat.isDirectory()
			? 'a folder'
			: stat.isFIFO()
				? 'a FIFO (named pipe)'
				: stat.isSocket()
					? 'a socket'
					: stat.isCharacterDevice()
						? 'a character device'
						: stat.isBlockDevice()
							? 'a block device'
							: stat.isSymbolicLink()
								? 'a symbolic link'
								: 'an unknown kind of file';
}

/** Megabytes for a message: "64", "0.5". */
export function formatMegabytes(bytes: number): string {
	const megabytes = bytes / 1024 / 1024;
	return Number.isInteger(megabytes) ? String(megabytes) : megabytes.toFixed(megabytes < 1 ? 3 : 1).replace(/\.?0+$/, '');
}

/** Why `open` failed, with the entry's true kind when it has one (a socket cannot be opened: ENXIO). */
async function describeOpenFailure(path: string | Buffer, error: unknown): Promise<ReadFileResult> {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'ELOOP') {
		return { error: 'a symbolic link loop', reason: 'link' };
	}
	const stat = await fs.stat(path).catch(() => undefined);
	if (stat && !stat.isFile()) {
		return { error: `not a regular file (${kindOf(stat)})`, reason: 'not-regular' };
	}
	if (code === 'ENOENT') {
		const link = await fs.lstat(path).catch(() => undefined);
		return link?.isSymbolicLink() ? { error: 'a symbolic link to nothing (its target does not exist)', reason: 'link' } : { error: 'deleted while being read', reason: 'missing' };
	}
	return { error: describeErrno(error), reason: 'unreadable' };
}

function describeErrno(error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	return code === 'EACCES' || code === 'EPERM' ? 'not readable (permission denied)' : `could not be read (${code ?? String(error)})`;
}
