import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { decodeHtml } from './decodeHtml';
import { extractArticle } from './extractArticle';
import { fetchPage, type FetchedPage, type FetchOptions } from './fetchPage';
import { ImportError } from './importError';
import { writeArticle, type ImportedArticle } from './writeArticle';

/** Where and how an article is imported. */
export interface ImportOptions extends FetchOptions {
	/** The folder the article is written into (created when missing). */
	into: string;
	/** The time stamp of `retrieved` (default: now). */
	now?: Date;
}

/** An article imported: the file written and what is in it. */
export interface ImportResult {
	/** The file written. */
	path: string;
	/** Its front matter and body. */
	article: ImportedArticle;
}

/**
 * Imports one page, a URL or a saved `.html` file, as a Markdown article in a folder. The page is
 * fetched (or read) and extracted completely before anything is written, so a page that fails
 * writes nothing; a saved page is only read, never changed.
 *
 * @param source An http(s) URL, a `file:` URL or the path of a saved page.
 * @returns The file written.
 * @throws ImportError with a one-line reason.
 */
export async function importArticle(source: string, options: ImportOptions): Promise<ImportResult> {
	const page = isAddress(source) && !/^file:/i.test(source) ? await fetchPage(source, options) : await readSavedPage(source, options.maxBytes);
	const { text } = decodeHtml(page.bytes, page.contentType);
	if (!looksLikeHtml(text)) {
		throw new ImportError(page.contentType ? `not an HTML page (${page.contentType.split(';')[0].trim()})` : 'not an HTML page');
	}
	const extracted = extractArticle(text, page.url || undefined);
	const article: ImportedArticle = {
		...extracted,
		url: extracted.url ?? pathToFileURL(resolve(pathOf(source))).href,
		retrieved: (options.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
	};
	return { path: await writeArticle(options.into, article), article };
}

/** `https://…`, `ftp://…`, `file:///…` are addresses; `page.html`, `C:\saved\page.html` are paths. */
function isAddress(source: string): boolean {
	return /^[a-z][a-z0-9+.-]+:/i.test(source);
}

function pathOf(source: string): string {
	return /^file:/i.test(source) ? fileURLToPath(source) : source;
}

/** A saved page, read whole (after a size check); its address is only what the page itself says. */
async function readSavedPage(source: string, maxBytes = 10 * 1024 * 1024): Promise<FetchedPage> {
	const path = pathOf(source);
	const info = await stat(path).catch(() => undefined);
	if (!info) {
		throw new ImportError('no such file');
	}
	if (info.isDirectory()) {
		throw new ImportError('a folder, not a saved page');
	}
	if (info.size > maxBytes) {
		throw new ImportError(`page too large (more than ${Math.round(maxBytes / 1024 / 1024)} MB)`);
	}
	return { url: '', bytes: await readFile(path), contentType: undefined };
}

/**
 * Whether text is HTML: a doctype or one of the elements every page has, near the top. A server
 * that says `text/plain`, or a `.txt` file given by mistake, is refused with a clear reason
 * rather than read as an empty page.
 */
function looksLikeHtml(text: string): boolean {
	return /<(!doctype\s+html|html|head|body|title|meta|article|main|p|div)[\s>]/i.test(text.slice(0, 65536));
}
