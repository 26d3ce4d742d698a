import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fetchPage, type FetchOptions } from '../../../src/import/fetchPage';
import { proxyFor } from '../../../src/import/proxy';
import { close, listen, page, startPageServer, startProxy, type PageServer } from './pageServer';

/** No proxy from the machine's environment: these tests talk to 127.0.0.1 only. */
const direct: FetchOptions = { proxyEnv: {} };

async function failure(promise: Promise<unknown>): Promise<string> {
	try {
		await promise;
	} catch (error) {
		return (error as Error).message;
	}
	assert.fail('expected the fetch to fail');
}

suite('Fetching a page carefully', () => {
	let server: PageServer;
	suiteSetup(async () => {
		server = await startPageServer();
	});
	suiteTeardown(() => server.close());

	test('a page comes back as its bytes, with its content type and address', async () => {
		const fetched = await fetchPage(`${server.origin}/story`, direct);
		assert.deepEqual(Buffer.from(fetched.bytes), page('news.html'));
		assert.equal(fetched.contentType, 'text/html; charset=utf-8');
		assert.equal(fetched.url, `${server.origin}/story`);
	});

	test('a gzip-compressed page is decompressed', async () => {
		assert.deepEqual(Buffer.from((await fetchPage(`${server.origin}/compressed`, direct)).bytes), page('news.html'));
	});

	test('redirects are followed, and the page keeps the address it was found at', async () => {
		const fetched = await fetchPage(`${server.origin}/moved-twice`, direct);
		assert.equal(fetched.url, `${server.origin}/story`);
		assert.deepEqual(Buffer.from(fetched.bytes), page('news.html'));
	});

	test('a redirect loop stops after the limit', async () => {
		const before = server.requests.filter((path) => path === '/loop').length;
		assert.equal(await failure(fetchPage(`${server.origin}/loop`, { ...direct, maxRedirects: 3 })), 'too many redirects (more than 3)');
		assert.equal(server.requests.filter((path) => path === '/loop').length - before, 4);
	});

	test('a redirect to another scheme is refused', async () => {
		assert.equal(await failure(fetchPage(`${server.origin}/to-ftp`, direct)), 'redirected to ftp: is not supported: only http and https pages can be imported');
	});

	test('only http and https are fetched', async () => {
		for (const [address, message] of [
			['file:///etc/passwd', 'file: is not supported: only http and https pages can be imported'],
			['javascript:alert(1)', 'javascript: is not supported: only http and https pages can be imported'],
			['not a url', 'not a URL: not a url'],
		]) {
			assert.equal(await failure(fetchPage(address, direct)), message);
		}
	});

	test('a missing page is an HTTP 404 in words', async () => {
		assert.equal(await failure(fetchPage(`${server.origin}/missing`, direct)), 'HTTP 404 Not Found');
	});

	test('a PDF is not an HTML page', async () => {
		assert.equal(await failure(fetchPage(`${server.origin}/report.pdf`, direct)), 'not an HTML page (application/pdf)');
	});

	test('a server that does not answer in time times out', async () => {
		const started = Date.now();
		assert.equal(await failure(fetchPage(`${server.origin}/slow`, { ...direct, timeoutMs: 200 })), 'timed out after 200 ms');
		assert.ok(Date.now() - started < 1500, 'gave up long before the server answered');
	});

	test('a body that never ends times out too: the deadline covers the whole fetch', async () => {
		assert.equal(await failure(fetchPage(`${server.origin}/trickle`, { ...direct, timeoutMs: 350 })), 'timed out after 350 ms');
	});

	test('a page larger than the cap is given up while it streams', async () => {
		assert.equal(await failure(fetchPage(`${server.origin}/huge`, { ...direct, maxBytes: 100 * 1024 })), 'page too large (more than 100 KB)');
	});

	test('a page that declares a larger size is refused before its body is read', async () => {
		assert.equal(await failure(fetchPage(`${server.origin}/huge-declared`, { ...direct, maxBytes: 1024 * 1024 })), 'page too large (more than 1 MB)');
	});

	test('a cancelled fetch stops with "cancelled"', async () => {
		const controller = new AbortController();
		setTimeout(() => controller.abort(), 50);
		assert.equal(await failure(fetchPage(`${server.origin}/slow`, { ...direct, signal: controller.signal })), 'cancelled');
	});

	test('a port nobody listens on is a refused connection', async () => {
		const unused = await startPageServer();
		const origin = unused.origin;
		await unused.close();
		assert.equal(await failure(fetchPage(`${origin}/story`, direct)), 'connection refused');
	});
});

suite('Fetching through a proxy', () => {
	let server: PageServer;
	let proxy: Awaited<ReturnType<typeof startProxy>>;
	suiteSetup(async () => {
		server = await startPageServer();
		proxy = await startProxy();
	});
	suiteTeardown(async () => {
		await proxy.close();
		await server.close();
	});

	test('HTTP_PROXY from the environment carries http pages', async () => {
		const saved = { HTTP_PROXY: process.env.HTTP_PROXY, http_proxy: process.env.http_proxy, NO_PROXY: process.env.NO_PROXY, no_proxy: process.env.no_proxy };
		try {
			delete process.env.http_proxy;
			delete process.env.no_proxy;
			delete process.env.NO_PROXY;
			process.env.HTTP_PROXY = proxy.url;
			const fetched = await fetchPage(`${server.origin}/story`);
			assert.deepEqual(Buffer.from(fetched.bytes), page('news.html'));
			assert.ok(proxy.seen.includes(`GET ${server.origin}/story`), proxy.seen.join('\n'));
		} finally {
			restore(saved);
		}
	});

	test('NO_PROXY keeps the listed hosts direct', async () => {
		const before = proxy.seen.length;
		await fetchPage(`${server.origin}/amp`, { proxyEnv: { HTTP_PROXY: proxy.url, NO_PROXY: 'localhost,127.0.0.1' } });
		assert.equal(proxy.seen.length, before);
	});

	test('https pages go through a CONNECT tunnel, the TLS session end to end', async function () {
		const tls = selfSignedCertificate();
		if (!tls) {
			this.skip();
		}
		const secure = createServer({ key: tls.key, cert: tls.cert }, (_request, response) => {
			response.writeHead(200, { 'content-type': 'text/html' });
			response.end(page('amp.html'));
		});
		const port = await listen(secure);
		try {
			const fetched = await fetchPage(`https://127.0.0.1:${port}/amp`, { proxyEnv: { HTTPS_PROXY: proxy.url }, ca: tls.cert });
			assert.deepEqual(Buffer.from(fetched.bytes), page('amp.html'));
			assert.ok(proxy.seen.includes(`CONNECT 127.0.0.1:${port}`), proxy.seen.join('\n'));
		} finally {
			await close(secure);
		}
	});
});

suite('Choosing the proxy from the environment', () => {
	const url = (address: string) => new URL(address);

	test('https URLs use HTTPS_PROXY, http URLs HTTP_PROXY, lower-case names first', () => {
		const env = { HTTPS_PROXY: 'http://secure.proxy:3128', http_proxy: 'plain.proxy:8080', HTTP_PROXY: 'http://ignored.proxy' };
		assert.equal(proxyFor(url('https://news.example/a'), env)?.href, 'http://secure.proxy:3128/');
		assert.equal(proxyFor(url('http://news.example/a'), env)?.href, 'http://plain.proxy:8080/');
	});

	test('without a proxy variable the connection is direct', () => {
		assert.equal(proxyFor(url('https://news.example/a'), { HTTP_PROXY: 'http://plain.proxy' }), undefined);
	});

	test('NO_PROXY covers a host, its subdomains, a port, and * everything', () => {
		const env = (noProxy: string) => ({ HTTPS_PROXY: 'http://proxy:3128', NO_PROXY: noProxy });
		assert.equal(proxyFor(url('https://news.example/a'), env('news.example')), undefined);
		assert.equal(proxyFor(url('https://www.news.example/a'), env('.news.example')), undefined);
		assert.equal(proxyFor(url('https://www.news.example/a'), env('*.news.example')), undefined);
		assert.equal(proxyFor(url('https://news.example:8443/a'), env('news.example:8443')), undefined);
		assert.equal(proxyFor(url('https://elsewhere.example/a'), env('*')), undefined);
		assert.ok(proxyFor(url('https://news.example/a'), env('news.example:8443')));
		assert.ok(proxyFor(url('https://othernews.example/a'), env('news.example')));
	});
});

/** Puts environment variables back as they were, unsetting those that were unset. */
function restore(saved: Record<string, string | undefined>): void {
	for (const [name, value] of Object.entries(saved)) {
		Reflect.deleteProperty(process.env, name);
		if (value !== undefined) {
			process.env[name] = value;
		}
	}
}

/** A throw-away certificate for 127.0.0.1 from openssl, or `undefined` where openssl is missing. */
function selfSignedCertificate(): { key: string; cert: string } | undefined {
	const folder = mkdtempSync(join(tmpdir(), 'crossread-tls-'));
	try {
		const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(folder, 'key.pem'), '-out', join(folder, 'cert.pem')], { stdio: 'ignore' });
		return made.status === 0 ? { key: readFileSync(join(folder, 'key.pem'), 'utf8'), cert: readFileSync(join(folder, 'cert.pem'), 'utf8') } : undefined;
	} catch {
		return undefined;
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}
