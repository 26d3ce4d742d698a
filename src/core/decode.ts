/** The text of a file, or why it cannot be read as an article. */
export type DecodeResult = { text: string; encoding: string } | { error: string };

/**
 * Decodes the bytes of an article file. A byte order mark decides the encoding (and is dropped, as
 * VS Code drops it, so offsets match the editor); without one, UTF-16 is recognised by its zero
 * bytes, and bytes that are not valid UTF-8 are read as Windows-1252, the usual legacy encoding
 * of Western news sites. Binary files and empty files are refused with a reason.
 *
 * @param bytes The file's content.
 * @returns The text and the encoding used, or an error message for a person.
 */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
	if (bytes.length === 0) {
		return { error: 'empty file' };
	}
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		return finish(new TextDecoder('utf-8').decode(bytes.subarray(3)), 'utf-8');
	}
	if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		return finish(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
	}
	if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		return finish(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
	}
	const utf16 = guessUtf16(bytes);
	if (utf16) {
		return finish(new TextDecoder(utf16).decode(bytes), utf16);
	}
	if (bytes.includes(0)) {
		return { error: 'binary file (it contains NUL bytes), skipped' };
	}
	try {
		return finish(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8');
	} catch {
		return finish(decodeWindows1252(bytes), 'windows-1252');
	}
}

/**
 * UTF-16 without a byte order mark: ASCII-heavy text then has a zero in every other byte.
 * "H\0e\0l\0l\0o\0" is little-endian; a binary file has zeros too, but not in one parity only.
 */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
	const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
	if (sample.length < 4) {
		return undefined;
	}
	let evenZeros = 0;
	let oddZeros = 0;
	for (let i = 0; i < sample.length; i += 2) {
		if (sample[i] === 0) {
			evenZeros++;
		}
		if (sample[i + 1] === 0) {
			oddZeros++;
		}
	}
	const pairs = sample.length / 2;
	if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) {
		return 'utf-16le';
	}
	if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) {
		return 'utf-16be';
	}
	return undefined;
}

/** Refuses decoded text that is blank or mostly control characters (a binary file that slipped through). */
function finish(text: string, encoding: string): DecodeResult {
	if (text.trim() === '') {
		return { error: 'empty file (only white space)' };
	}
	if (looksBinary(text)) {
		return { error: 'binary file (mostly control characters), skipped' };
	}
	return { text, encoding };
}

function looksBinary(text: string): boolean {
	const sample = text.slice(0, 8192);
	let control = 0;
	for (let i = 0; i < sample.length; i++) {
		const code = sample.charCodeAt(i);
		// Tab, line feed, form feed and carriage return are text; U+FFFD marks undecodable bytes.
		if ((code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || code === 0xfffd) {
			control++;
		}
	}
	return control > sample.length * 0.1;
}

/**
 * Windows-1252 differs from Latin-1 in 0x80–0x9F, where it puts curly quotes, dashes and the euro
 * sign: the very characters news copy is full of. NOTE: Node's `TextDecoder('windows-1252')`
 * decodes those bytes as Latin-1 control characters, so they are mapped here.
 */
const windows1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Decodes Windows-1252 (and so ISO-8859-1, which browsers read as Windows-1252) correctly. */
export function decodeWindows1252(bytes: Uint8Array): string {
	let text = '';
	for (const byte of bytes) {
		text += byte >= 0x80 && byte < 0xa0 ? windows1252High[byte - 0x80] : String.fromCharCode(byte);
	}
	return text;
}
