import { declaredEncoding } from './declaredEncoding';

/** The text of a file, or why it cannot be read as an article. */
export type DecodeResult = { text: string; encoding: string; caveat?: string } | { error: string };

/**
 * Decodes the bytes of an article file as VS Code shows them. A byte order mark decides the
 * encoding (and is dropped, as VS Code drops it, so offsets match the editor); without one,
 * UTF-16 is recognised by its zero bytes; everything else is UTF-8. Bytes that are not valid
 * UTF-8 become U+FFFD replacement characters, one per maximal invalid sequence, exactly as VS
 * Code's decoder (and `TextDecoder`) shows them, with a caveat that counts them. Only a file
 * that declares another encoding near its top (`<meta charset="windows-1252">`,
 * `<?xml … encoding="iso-8859-1"?>`, front matter `encoding: latin1`: see `declaredEncoding`)
 * and is not valid UTF-8 is read in the encoding it declares. Binary files and empty files are
 * refused with a reason.
 *
 * @param bytes The file's content.
 * @returns The text, the encoding used and a caveat for a person, or an error message.
 */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
	if (bytes.length === 0) {
		return { error: 'empty file' };
	}
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		return decodeUtf8(bytes.subarray(3));
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
	return decodeUtf8(bytes);
}

/** UTF-8, or the encoding the file declares when it is not valid UTF-8. */
function decodeUtf8(bytes: Uint8Array): DecodeResult {
	const invalid = countInvalidUtf8(bytes);
	if (invalid === 0) {
		return finish(new TextDecoder('utf-8').decode(bytes), 'utf-8');
	}
	// A declaration is believed only when the bytes are not UTF-8: valid UTF-8 under a stale
	// `charset=windows-1252` (a page saved again by a modern editor) is UTF-8.
	const declared = declaredEncoding(bytes);
	if (declared) {
		return finish(declared.decode(bytes), declared.encoding, `not valid UTF-8: read as ${declared.encoding}, the encoding it declares`);
	}
	const text = new TextDecoder('utf-8').decode(bytes);
	return finish(text, 'utf-8', `not valid UTF-8: ${invalid} ${invalid === 1 ? 'byte' : 'bytes'} shown as \uFFFD`);
}

/**
 * Counts the bytes that are not part of a well-formed UTF-8 sequence (overlong forms,
 * surrogates and code points above U+10FFFF are not well-formed), in one pass.
 * "Caf\xE9" has one; "\xE2\x80" (a sequence cut short) has two.
 *
 * @param bytes Any bytes.
 * @returns How many bytes a decoder replaces.
 */
export function countInvalidUtf8(bytes: Uint8Array): number {
	let invalid = 0;
	let i = 0;
	while (i < bytes.length) {
		const lead = bytes[i];
		if (lead < 0x80) {
			i++;
			continue;
		}
		// The allowed range of the second byte depends on the lead (Unicode, table 3-7).
		const [length, low, high] =
			lead >= 0xc2 && lead <= 0xdf
				? [2, 0x80, 0xbf]
				: lead === 0xe0
					? [3, 0xa0, 0xbf]
					: lead === 0xed
						? [3, 0x80, 0x9f]
						: lead >= 0xe1 && lead <= 0xef
							? [3, 0x80, 0xbf]
							: lead === 0xf0
								? [4, 0x90, 0xbf]
								: lead === 0xf4
									? [4, 0x80, 0x8f]
									: lead >= 0xf1 && lead <= 0xf3
										? [4, 0x80, 0xbf]
										: [1, 0, -1];
		let good = 1;
		while (good < length && i + good < bytes.length) {
			const byte = bytes[i + good];
			const [min, max] = good === 1 ? [low, high] : [0x80, 0xbf];
			if (byte < min || byte > max) {
				break;
			}
			good++;
		}
		if (good < length || length === 1) {
			// The maximal part of a sequence that could have been valid is one replaced unit.
			invalid += good;
		}
		i += good;
	}
	return invalid;
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

/** Refuses decoded text that is blank or mostly control or replacement characters (a binary file that slipped through). */
function finish(text: string, encoding: string, caveat?: string): DecodeResult {
	if (text.trim() === '') {
		return { error: 'empty file (only white space)' };
	}
	const unreadable = unreadableShare(text);
	if (unreadable.control > 0.1) {
		return { error: 'binary file (mostly control characters), skipped' };
	}
	if (unreadable.control + unreadable.replaced > 0.1) {
		return { error: 'binary file, or text in an encoding other than UTF-8 that it does not declare (most of it is not valid UTF-8), skipped' };
	}
	return caveat ? { text, encoding, caveat } : { text, encoding };
}

function unreadableShare(text: string): { control: number; replaced: number } {
	const sample = text.slice(0, 8192);
	let control = 0;
	let replaced = 0;
	for (let i = 0; i < sample.length; i++) {
		const code = sample.charCodeAt(i);
		// Tab, line feed, form feed and carriage return are text; U+FFFD marks undecodable bytes.
		if (code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) {
			control++;
		} else if (code === 0xfffd) {
			replaced++;
		}
	}
	return { control: control / sample.length, replaced: replaced / sample.length };
}
