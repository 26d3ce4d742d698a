import { TextDecoder } from 'node:util';
import { declaredEncoding, decodeWindows1252 } from '../core/declaredEncoding';

/**
 * Turns a page's bytes into text, honouring its declared character set, in the order browsers use
 * (WHATWG "encoding sniffing"): a byte order mark, then the `Content-Type` header's charset, then a
 * `<meta charset>` or `<meta http-equiv="Content-Type">` in the first kilobyte (`declaredEncoding`,
 * as for article files); with none of them, UTF-8 when the bytes are valid UTF-8, else
 * Windows-1252, the usual legacy encoding of Western sites.
 * ISO-8859-1 is read as Windows-1252, as browsers do: pages that say Latin-1 use “curly quotes”
 * at 0x93 and 0x94 (and Node's own Windows-1252 decoder reads those as control characters).
 *
 * @param bytes The page as received or saved.
 * @param contentType The `Content-Type` header, when the page came over HTTP.
 * @returns The page's text and the encoding used.
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string): { text: string; encoding: string } {
	const bom = encodingOfBom(bytes);
	if (bom) {
		return { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)), encoding: bom.encoding };
	}
	const fromHeader = decoderFor(charsetOf(contentType));
	if (fromHeader) {
		return { text: fromHeader.encoding === 'windows-1252' ? decodeWindows1252(bytes) : fromHeader.decode(bytes), encoding: fromHeader.encoding };
	}
	// `<meta charset>` (or an XML declaration) in the first kilobyte, as an article file's is read.
	const declared = declaredEncoding(bytes);
	if (declared) {
		return { text: declared.decode(bytes), encoding: declared.encoding };
	}
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
	} catch {
		return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
	}
}

function encodingOfBom(bytes: Uint8Array): { encoding: string; length: number } | undefined {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		return { encoding: 'utf-8', length: 3 };
	}
	if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		return { encoding: 'utf-16le', length: 2 };
	}
	if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		return { encoding: 'utf-16be', length: 2 };
	}
	return undefined;
}

/** `text/html; charset="ISO-8859-1"` → `ISO-8859-1`. */
export function charsetOf(contentType: string | undefined): string | undefined {
	return contentType ? /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType)?.[1] : undefined;
}

/** A decoder for a charset label, or `undefined` for a label no decoder knows (`charset=foo`). */
function decoderFor(label: string | undefined): TextDecoder | undefined {
	if (!label) {
		return undefined;
	}
	try {
		return new TextDecoder(label.trim().toLowerCase());
	} catch {
		return undefined;
	}
}
