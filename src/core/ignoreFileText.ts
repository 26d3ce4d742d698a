import { readRegularFile } from './readRegularFile';

/** The most an ignore file may hold: thousands of entries fit in far less. */
export const maxIgnoreFileBytes = 1024 * 1024;

/**
 * Reads the text of an ignore file (`.crossread.json`) as an article is read: a regular file
 * only, within a cap enforced while reading, so that a `.crossread.json` that is a link to
 * `/dev/zero` or a FIFO is refused at once instead of hanging whoever reads it.
 *
 * @param path The file.
 * @returns Its text (`undefined` when there is no file), or why it cannot be read.
 */
export async function readIgnoreFileText(path: string): Promise<{ text: string | undefined } | { error: string }> {
	const read = await readRegularFile(path, maxIgnoreFileBytes);
	if ('error' in read) {
		return read.reason === 'missing' ? { text: undefined } : { error: read.error };
	}
	return { text: new TextDecoder('utf-8').decode(read.bytes) };
}
