/** An encoding a file declares, and how to decode it. */
export interface DeclaredEncoding {
	/** The WHATWG name of the encoding (`windows-1252`, `iso-8859-2`, `shift_jis`). */
	encoding: string;
	/** Decodes the whole file in it. */
	decode(bytes: Uint8Array): string;
}

/** How far into a file a declaration is looked for, in bytes: as far as an HTML parser's prescan looks. */
const declarationWindow = 1024;

/**
 * Where a file says which encoding it is in, read in its first kilobyte as ASCII:
 * - an HTML `charset`: `<meta charset="windows-1252">`, `content="text/html; charset=iso-8859-1"`;
 * - an XML declaration: `<?xml version="1.0" encoding="ISO-8859-1"?>`;
 * - a front-matter line `encoding: latin1` (or `charset:`) inside the `---` block that opens the file.
 * Words like these in prose ("the charset of the page") do not count: each pattern needs its markup.
 */
const declarationPatterns = [
	/<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i,
	/<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/i,
];
const frontMatterPattern = /^---\r?\n(?:(?!---)[^\n]*\n){0,30}?(?:encoding|charset)\s*:\s*["']?([A-Za-z0-9._:-]+)["']?\s*\r?\n/;

/**
 * The encoding a file declares near its top, when `TextDecoder` knows it; `undefined` when it
 * declares none, declares one no decoder knows, or declares UTF-8 (already the default).
 *
 * @param bytes The file's content.
 * @returns The declared encoding and its decoder.
 */
export function declaredEncoding(bytes: Uint8Array): DeclaredEncoding | undefined {
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, declarationWindow));
	const label = [...declarationPatterns, frontMatterPattern].map((pattern) => pattern.exec(head)?.[1]).find(Boolean);
	if (!label) {
		return undefined;
	}
	let decoder: InstanceType<typeof TextDecoder>;
	try {
		decoder = new TextDecoder(label.toLowerCase());
	} catch {
		return undefined;
	}
	// A declaration read in the file's own ASCII bytes cannot name UTF-16 truly (browsers read such
	// a `<meta charset="utf-16">` as UTF-8): UTF-16 is told by its byte order mark or zero bytes.
	if (decoder.encoding === 'utf-8' || decoder.encoding.startsWith('utf-16')) {
		return undefined;
	}
	return { encoding: decoder.encoding, decode: (all) => decodeIn(decoder, all) };
}

/**
 * Windows-1252 puts curly quotes, dashes and the euro sign in 0x80–0x9F, the very characters
 * news copy is full of. NOTE: a Node built without full ICU decodes `windows-1252` (and `latin1`)
 * as Latin-1, which has control characters there, so those bytes are mapped here.
 */
const windows1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeIn(decoder: InstanceType<typeof TextDecoder>, bytes: Uint8Array): string {
	return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
}

/** Decodes Windows-1252 (and so ISO-8859-1, which browsers read as Windows-1252) with its 0x80–0x9F characters. */
export function decodeWindows1252(bytes: Uint8Array): string {
	const chars: string[] = new Array(bytes.length);
	for (let i = 0; i < bytes.length; i++) {
		const byte = bytes[i];
		chars[i] = byte >= 0x80 && byte < 0xa0 ? windows1252High[byte - 0x80] : String.fromCharCode(byte);
	}
	return chars.join('');
}
