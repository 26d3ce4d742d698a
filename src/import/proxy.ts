import * as http from 'node:http';
import * as https from 'node:https';
import type { Socket } from 'node:net';

/** The proxy settings: by default the environment's. */
export interface ProxyEnvironment {
	HTTPS_PROXY?: string;
	HTTP_PROXY?: string;
	NO_PROXY?: string;
	https_proxy?: string;
	http_proxy?: string;
	no_proxy?: string;
}

/**
 * The proxy to reach a URL through, as curl and most tools read the environment: `HTTPS_PROXY`
 * for https URLs, `HTTP_PROXY` for http ones (lower-case names first), unless `NO_PROXY` lists
 * the host: `*` for every host, a name for itself and its subdomains (`example.org` and
 * `.example.org` both cover `news.example.org`), an IP, optionally with `:port`.
 *
 * @param url The URL to fetch.
 * @param env The variables (default: `process.env`).
 * @returns The proxy's URL, or `undefined` to connect directly.
 */
export function proxyFor(url: URL, env: ProxyEnvironment = process.env): URL | undefined {
	const setting = url.protocol === 'https:' ? (env.https_proxy ?? env.HTTPS_PROXY) : (env.http_proxy ?? env.HTTP_PROXY);
	if (!setting?.trim() || bypasses(url, env.no_proxy ?? env.NO_PROXY ?? '')) {
		return undefined;
	}
	try {
		// "proxy.corp:3128" without a scheme is an http proxy, as curl reads it.
		return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(setting.trim()) ? setting.trim() : `http://${setting.trim()}`);
	} catch {
		return undefined;
	}
}

function bypasses(url: URL, noProxy: string): boolean {
	const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
	const port = url.port || (url.protocol === 'https:' ? '443' : '80');
	return noProxy
		.split(/[\s,]+/)
		.filter(Boolean)
		.some((entry) => {
			if (entry === '*') {
				return true;
			}
			const [, name, entryPort] = /^\[?(.*?)\]?(?::(\d+))?$/.exec(entry.toLowerCase()) ?? [];
			const domain = name.replace(/^\*?\./, '');
			return (!entryPort || entryPort === port) && (host === domain || host.endsWith(`.${domain}`));
		});
}

/** `Proxy-Authorization` for a proxy URL with credentials (`http://user:secret@proxy:3128`). */
export function proxyHeaders(proxy: URL): Record<string, string> {
	if (!proxy.username) {
		return {};
	}
	const credentials = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
	return { 'proxy-authorization': `Basic ${Buffer.from(credentials).toString('base64')}` };
}

/**
 * Opens a tunnel to an https host through a proxy (`CONNECT host:443`): the TLS session then runs
 * inside it, end to end, so the proxy never sees the page.
 */
export function openTunnel(proxy: URL, target: URL, signal: AbortSignal): Promise<Socket> {
	const request = proxy.protocol === 'https:' ? https.request : http.request;
	const authority = `${target.hostname}:${target.port || 443}`;
	return new Promise((resolve, reject) => {
		const connect = request({
			host: proxy.hostname,
			port: proxy.port || (proxy.protocol === 'https:' ? 443 : 80),
			method: 'CONNECT',
			path: authority,
			headers: { host: authority, ...proxyHeaders(proxy) },
			signal,
		});
		connect.on('connect', (response, socket) => {
			if (response.statusCode === 200) {
				resolve(socket);
			} else {
				socket.destroy();
				reject(new Error(`the proxy refused the connection (${response.statusCode})`));
			}
		});
		connect.on('error', reject);
		connect.end();
	});
}
