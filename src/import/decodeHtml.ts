import { TextDecoder } from 'node:util';
import { decodeWindows1252 } from '../core/declaredEncoding';

/**
 * Turns a page's bytes into text, honouring its declared character set, in the order browsers use
 * (WHATWG "encoding sniffing"): a byte order mark, then the `Content-Type` header's charset, then a
 * `<meta charset>` or `<meta http-equiv="Content-Type">` near the top; with none of them, UTF-8
 * when the bytes are valid UTF-8, else Windows-1252, the usual legacy encoding of Western sites.
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
	const declared = decoderFor(charsetOf(contentType), false) ?? decoderFor(metaCharset(bytes), true);
	if (declared) {
		return { text: declared.encoding === 'windows-1252' ? decodeWindows1252(bytes) : declared.decode(bytes), encoding: declared.encoding };
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

/**
 * The charset a `<meta>` declares in the first 4 KB, read as ASCII (every encoding it can name
 * keeps ASCII in place): `<meta charset="windows-1252">` or
 * `<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">`.
 */
function metaCharset(bytes: Uint8Array): string | undefined {
	const head = decodeWindows1252(bytes.subarray(0, 4096));
	for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
		const charset = /\bcharset\s*=\s*["']?([^"'\s/>;]+)/i.exec(meta)?.[1];
		if (charset) {
			return charset;
		}
	}
	return undefined;
}

/** A decoder for a charset label, or `undefined` for a label no decoder knows (`charset=foo`). */
function decoderFor(label: string | undefined, inMeta: boolean): TextDecoder | undefined {
	if (!label) {
		return undefined;
	}
	try {
		const decoder = new TextDecoder(label.trim().toLowerCase());
		// A page cannot declare UTF-16 in its own ASCII bytes: browsers read such a <meta> as UTF-8.
		return inMeta && decoder.encoding.startsWith('utf-16') ? new TextDecoder('utf-8') : decoder;
	} catch {
		return undefined;
	}
}
