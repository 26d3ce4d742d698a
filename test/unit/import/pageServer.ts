import { readFileSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The fictional pages of `test/fixtures/import`, as bytes (the Latin-1 pages stay Latin-1). */
export const fixtures = join(__dirname, '..', '..', 'fixtures', 'import');
export const page = (name: string): Buffer => readFileSync(join(fixtures, name));

type Route = (request: IncomingMessage, response: ServerResponse) => void;

const html = (name: string, contentType = 'text/html; charset=utf-8'): Route => (_request, response) => {
	response.writeHead(200, { 'content-type': contentType });
	response.end(page(name));
};

const redirect = (status: number, location: string): Route => (_request, response) => {
	response.writeHead(status, { location });
	response.end();
};

/** Every route a test fetches, each a case the importer must handle. */
const routes: Record<string, Route> = {
	'/story': html('news.html'),
	'/amp': html('amp.html'),
	'/latin1': html('latin1.html', 'text/html; charset=ISO-8859-1'),
	'/cp1252': html('cp1252.html', 'text/html'),
	'/paywall': html('paywall.html'),
	'/moved': redirect(301, '/story'),
	'/moved-twice': redirect(302, '/moved'),
	'/loop': redirect(302, '/loop'),
	'/to-ftp': redirect(302, 'ftp://files.example/story.html'),
	'/missing': (_request, response) => {
		response.writeHead(404, { 'content-type': 'text/html' });
		response.end('<html><body><h1>Not found</h1></body></html>');
	},
	'/report.pdf': (_request, response) => {
		response.writeHead(200, { 'content-type': 'application/pdf' });
		response.end(Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj'));
	},
	'/notes.txt': (_request, response) => {
		response.writeHead(200, { 'content-type': 'text/plain' });
		response.end('Shopping list: bread, milk, two lemons.\n');
	},
	'/compressed': (_request, response) => {
		response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
		response.end(gzipSync(page('news.html')));
	},
	// Answers after two seconds: a test with a short timeout gives up long before.
	'/slow': (_request, response) => {
		const timer = setTimeout(() => html('news.html')(_request, response), 2000);
		response.on('close', () => clearTimeout(timer));
	},
	// Sends its headers at once, then a few bytes every 100 ms, for ever.
	'/trickle': (_request, response) => {
		response.writeHead(200, { 'content-type': 'text/html' });
		response.write('<html><body><p>');
		const timer = setInterval(() => response.write('more '), 100);
		response.on('close', () => clearInterval(timer));
	},
	// Streams paragraphs without a length until the client hangs up (at most 64 MB).
	'/huge': (_request, response) => {
		response.writeHead(200, { 'content-type': 'text/html' });
		const chunk = Buffer.from('<p>The ferry timetable repeats itself again and again on this very long page.</p>\n'.repeat(800));
		let sent = 0;
		const pump = () => {
			while (sent < 64 * 1024 * 1024 && !response.destroyed) {
				sent += chunk.length;
				if (!response.write(chunk)) {
					response.once('drain', pump);
					return;
				}
			}
			response.end();
		};
		pump();
	},
	// Declares 50 MB: refused before any of the body is read.
	'/huge-declared': (_request, response) => {
		response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
		response.write('<html>');
	},
};

/** A server of the fictional pages on 127.0.0.1, and what it was asked for. */
export interface PageServer {
	/** `http://127.0.0.1:PORT`. */
	origin: string;
	/** The paths requested, in order. */
	requests: string[];
	close(): Promise<void>;
}

/** Starts the page server on a free port of 127.0.0.1. */
export async function startPageServer(): Promise<PageServer> {
	const requests: string[] = [];
	const server = createServer((request, response) => {
		requests.push(request.url ?? '');
		const route = routes[new URL(request.url ?? '/', 'http://x').pathname];
		if (route) {
			route(request, response);
		} else {
			routes['/missing'](request, response);
		}
	});
	return { origin: `http://127.0.0.1:${await listen(server)}`, requests, close: () => close(server) };
}

/** A forward proxy on 127.0.0.1: plain requests (`GET http://…`) and tunnels (`CONNECT host:port`), each recorded. */
export async function startProxy(): Promise<{ url: string; seen: string[]; close(): Promise<void> }> {
	const seen: string[] = [];
	const server = createServer((request, response) => {
		seen.push(`${request.method} ${request.url}`);
		const forwarded = httpRequest(request.url ?? '', { method: request.method, headers: request.headers }, (upstream) => {
			response.writeHead(upstream.statusCode ?? 502, upstream.headers);
			upstream.pipe(response);
		});
		forwarded.on('error', () => response.destroy());
		request.pipe(forwarded);
	});
	const tunnels = new Set<{ destroy(): void }>();
	server.on('connect', (request: IncomingMessage, client, head: Buffer) => {
		seen.push(`CONNECT ${request.url}`);
		tunnels.add(client);
		const [host, port] = (request.url ?? '').split(':');
		const upstream = connect(Number(port), host, () => {
			client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
			upstream.write(head);
			upstream.pipe(client);
			client.pipe(upstream);
		});
		tunnels.add(upstream);
		upstream.on('error', () => client.destroy());
		client.on('error', () => upstream.destroy());
	});
	const closeAll = () => {
		tunnels.forEach((socket) => socket.destroy());
		return close(server);
	};
	return { url: `http://127.0.0.1:${await listen(server)}`, seen, close: closeAll };
}

export async function listen(server: Server): Promise<number> {
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return (server.address() as AddressInfo).port;
}

export function close(server: Server): Promise<void> {
	server.closeAllConnections();
	return new Promise((resolve) => server.close(() => resolve()));
}
