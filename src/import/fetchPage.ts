import * as http from 'node:http';
import * as https from 'node:https';
import { isIP } from 'node:net';
import type { Readable } from 'node:stream';
import { connect as connectTls, rootCertificates } from 'node:tls';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { ImportError } from './importError';
import { openTunnel, proxyFor, proxyHeaders, type ProxyEnvironment } from './proxy';

/** How carefully a page is fetched. */
export interface FetchOptions {
	/** The most time for the whole fetch, redirects and body included, in milliseconds (default: `30000`). */
	timeoutMs?: number;
	/** The largest page accepted, in bytes, counted while it streams in (default: `10485760`, 10 MB). */
	maxBytes?: number;
	/** The most redirects followed (default: `5`). */
	maxRedirects?: number;
	/** Stops the fetch (the editor's Cancel button). */
	signal?: AbortSignal;
	/** The proxy variables (default: `process.env`'s `HTTPS_PROXY`, `HTTP_PROXY`, `NO_PROXY`). */
	proxyEnv?: ProxyEnvironment;
	/** Certificates trusted besides the system's (a company's TLS-inspecting proxy; the tests' own). */
	ca?: string;
}

/** A page as fetched. */
export interface FetchedPage {
	/** Where the page was found, after redirects. */
	url: string;
	/** Its bytes, decompressed. */
	bytes: Uint8Array;
	/** Its `Content-Type` header, when it had one. */
	contentType: string | undefined;
}

const redirects = new Set([301, 302, 303, 307, 308]);

/**
 * Fetches an HTML page over http or https: only those schemes (at every redirect too), redirects
 * limited, one deadline for the whole fetch, a size cap enforced while the body streams in (a page
 * that declares a larger `Content-Length` is refused before its body is read), and the proxy of
 * the environment. Every failure is an `ImportError` with a one-line message.
 *
 * NOTE: Node's own `http`, not undici: undici (for its proxy agent) added 417 KB to each minified
 * bundle and printed an "experimental" warning on every run; the proxy is a few lines here.
 *
 * @param address An http(s) URL.
 * @returns The page.
 */
export async function fetchPage(address: string, options: FetchOptions = {}): Promise<FetchedPage> {
	const timeoutMs = options.timeoutMs ?? 30_000;
	const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
	const maxRedirects = options.maxRedirects ?? 5;
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(new ImportError(`timed out after ${seconds(timeoutMs)}`)), timeoutMs);
	const cancel = () => controller.abort(new ImportError('cancelled'));
	options.signal?.addEventListener('abort', cancel, { once: true });
	try {
		let url = checkScheme(address);
		for (let hops = 0; ; hops++) {
			const response = await requestOnce(new URL(url), controller.signal, options);
			const status = response.statusCode ?? 0;
			const location = header(response.headers, 'location');
			if (redirects.has(status) && location) {
				response.destroy();
				if (hops >= maxRedirects) {
					throw new ImportError(`too many redirects (more than ${maxRedirects})`);
				}
				url = checkScheme(new URL(location, url).href, 'redirected to ');
				continue;
			}
			if (status >= 300) {
				response.destroy();
				throw new ImportError(`HTTP ${status} ${http.STATUS_CODES[status] ?? ''}`.trim());
			}
			const contentType = header(response.headers, 'content-type');
			if (contentType && !isHtmlType(contentType)) {
				response.destroy();
				throw new ImportError(`not an HTML page (${contentType.split(';')[0].trim()})`);
			}
			if (Number(header(response.headers, 'content-length')) > maxBytes) {
				response.destroy();
				throw new ImportError(tooLarge(maxBytes));
			}
			const bytes = await readCapped(decompressed(response, header(response.headers, 'content-encoding')), maxBytes);
			if (controller.signal.aborted) {
				throw controller.signal.reason;
			}
			return { url, bytes, contentType };
		}
	} catch (error) {
		throw controller.signal.aborted ? controller.signal.reason : asImportError(error);
	} finally {
		clearTimeout(timer);
		options.signal?.removeEventListener('abort', cancel);
	}
}

/** One GET, directly or through the proxy the environment names; redirects are the caller's. */
async function requestOnce(url: URL, signal: AbortSignal, options: FetchOptions): Promise<http.IncomingMessage> {
	const headers: Record<string, string> = {
		'user-agent': 'Mozilla/5.0 (compatible; Crossread article import)',
		accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
		'accept-encoding': 'gzip, deflate, br',
	};
	const proxy = proxyFor(url, options.proxyEnv);
	const host = url.hostname.replace(/^\[|\]$/g, '');
	// The certificate is checked against the host; SNI names a host, never an IP address (RFC 6066).
	const tls = { ca: options.ca ? [...rootCertificates, options.ca] : undefined, host, ...(isIP(host) ? {} : { servername: host }) };
	if (!proxy) {
		return send(url.protocol === 'https:' ? https.request : http.request, url, { headers, signal, ...(url.protocol === 'https:' ? tls : {}) });
	}
	if (url.protocol === 'http:') {
		// An http page through a proxy: the request names the whole URL ("GET http://host/path").
		const request = proxy.protocol === 'https:' ? https.request : http.request;
		return send(request, proxy, { path: url.href, headers: { ...headers, host: url.host, ...proxyHeaders(proxy) }, signal });
	}
	const socket = await openTunnel(proxy, url, signal);
	return send(https.request, url, { headers, signal, createConnection: () => connectTls({ socket, ...tls }) });
}

function send(request: typeof http.request, target: URL, options: https.RequestOptions): Promise<http.IncomingMessage> {
	return new Promise((resolve, reject) => {
		const outgoing = request({ host: target.hostname.replace(/^\[|\]$/g, ''), port: target.port || undefined, path: `${target.pathname}${target.search}`, method: 'GET', ...options }, resolve);
		outgoing.on('error', reject);
		outgoing.end();
	});
}

/** Only http and https: never `file:` (a page must not read the reader's disk), `ftp:` or `javascript:`. */
function checkScheme(address: string, context = ''): string {
	let url: URL;
	try {
		url = new URL(address);
	} catch {
		throw new ImportError(`${context}not a URL: ${address}`);
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		throw new ImportError(`${context}${url.protocol} is not supported: only http and https pages can be imported`);
	}
	return url.href;
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
	const value = headers[name];
	return Array.isArray(value) ? value[0] : value;
}

/** HTML, XHTML, or `text/plain` that many servers send for a page they do not know (sniffed later). */
function isHtmlType(contentType: string): boolean {
	return /^\s*(text\/html|application\/xhtml\+xml|text\/plain)\s*(;|$)/i.test(contentType);
}

function decompressed(body: Readable, encoding: string | undefined): Readable {
	switch (encoding?.trim().toLowerCase()) {
		case 'gzip':
		case 'x-gzip':
			return body.pipe(createGunzip());
		case 'deflate':
			return body.pipe(createInflate());
		case 'br':
			return body.pipe(createBrotliDecompress());
		default:
			return body;
	}
}

/** The body's bytes, given up as soon as they pass the cap: a huge page is never held in memory. */
async function readCapped(body: Readable, maxBytes: number): Promise<Uint8Array> {
	const chunks: Buffer[] = [];
	let total = 0;
	for await (const chunk of body as AsyncIterable<Buffer>) {
		total += chunk.length;
		if (total > maxBytes) {
			body.destroy();
			throw new ImportError(tooLarge(maxBytes));
		}
		chunks.push(chunk);
	}
	return Buffer.concat(chunks);
}

function tooLarge(maxBytes: number): string {
	return `page too large (more than ${maxBytes >= 1024 * 1024 ? `${Math.round(maxBytes / 1024 / 1024)} MB` : `${Math.round(maxBytes / 1024)} KB`})`;
}

function seconds(ms: number): string {
	return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}

/** Network failures in words: `ECONNREFUSED` → "connection refused". */
function asImportError(error: unknown): ImportError {
	if (error instanceof ImportError) {
		return error;
	}
	const code = (error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code;
	const known: Record<string, string> = {
		ECONNREFUSED: 'connection refused',
		ENOTFOUND: 'no such host',
		EAI_AGAIN: 'no such host (or no network)',
		ECONNRESET: 'the connection was reset',
		UND_ERR_CONNECT_TIMEOUT: 'could not connect (timed out)',
		UND_ERR_SOCKET: 'the connection was closed',
		Z_DATA_ERROR: 'the page is not validly compressed',
	};
	return new ImportError(code && known[code] ? known[code] : `cannot fetch the page: ${(error as Error).message ?? String(error)}`);
}
