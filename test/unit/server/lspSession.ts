import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, type MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';

const root = resolve(__dirname, '../../..');

/** The bundled server, as an editor starts it. */
export const serverScript = join(root, 'dist', 'server.js');

let built = false;

/** Builds `dist/server.js` from the current sources (the server entry only: a few seconds), once per test run. */
export function buildServer(): void {
	if (built) {
		return;
	}
	built = true;
	execFileSync(process.execPath, [join(root, 'esbuild.mjs'), '--server'], { cwd: root, stdio: 'inherit' });
	if (!existsSync(serverScript)) {
		throw new Error('esbuild did not write dist/server.js');
	}
}

/** A temporary workspace folder holding a copy of `test/fixtures/server`. */
export function fixtureWorkspace(): { folder: string; uri: (file: string) => string; dispose(): void } {
	const folder = mkdtempSync(join(tmpdir(), 'crossread-lsp-'));
	cpSync(join(root, 'test', 'fixtures', 'server'), folder, { recursive: true });
	return { folder, uri: (file) => pathToFileURL(join(folder, file)).href, dispose: () => rmSync(folder, { recursive: true, force: true }) };
}

/** A notification as received, with when it arrived. */
export interface Received {
	method: string;
	params: unknown;
	at: number;
}

/**
 * An LSP client with no editor behind it: `node dist/server.js --stdio` as a plain child process,
 * JSON-RPC over its standard streams (Content-Length framing by vscode-jsonrpc). It records
 * every notification and progress report, answers the requests a server sends to a client
 * (configuration, progress creation, registrations, refreshes) and can wait for one.
 */
export class LspSession {
	readonly received: Received[] = [];
	private readonly connection: MessageConnection;
	private readonly listeners: (() => void)[] = [];
	readonly exited: Promise<number | null>;

	private constructor(readonly child: ChildProcess) {
		this.connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
		const record = (method: string, params: unknown) => {
			this.received.push({ method, params, at: performance.now() });
			this.listeners.forEach((listener) => listener());
		};
		this.connection.onNotification((method, params) => record(method, params));
		this.connection.onUnhandledProgress((params) => record('$/progress', params));
		this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
		this.connection.onRequest(() => null);
		this.connection.listen();
		this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
	}

	/** Starts the server; `CROSSREAD_SERVER_NODE_ARGS` adds options to its `node` (`--cpu-prof`, to profile the bench). */
	static start(): LspSession {
		const nodeArgs = process.env.CROSSREAD_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
		const child = spawn(process.execPath, [...nodeArgs, serverScript, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
		return new LspSession(child);
	}

	/** `initialize` with one workspace folder, then `initialized`. */
	async initialize(folder: string, capabilities: object = {}): Promise<{ capabilities: Record<string, unknown> }> {
		const uri = pathToFileURL(folder).href;
		const result = await this.request<{ capabilities: Record<string, unknown> }>('initialize', {
			processId: process.pid,
			rootUri: uri,
			workspaceFolders: [{ uri, name: 'articles' }],
			capabilities,
		});
		this.notify('initialized', {});
		return result;
	}

	request<T>(method: string, params: unknown): Promise<T> {
		return this.connection.sendRequest(method, params);
	}

	notify(method: string, params: unknown): void {
		void this.connection.sendNotification(method, params);
	}

	/** Resolves with the first notification (received already, or to come) that matches. */
	waitFor(method: string, matches: (params: never) => boolean = () => true, timeoutMs = 15_000): Promise<Received> {
		return new Promise((resolve, reject) => {
			const check = () => {
				const found = this.received.find((item) => item.method === method && matches(item.params as never));
				if (found) {
					clearTimeout(timer);
					this.listeners.splice(this.listeners.indexOf(check), 1);
					resolve(found);
				}
			};
			const timer = setTimeout(() => {
				this.listeners.splice(this.listeners.indexOf(check), 1);
				reject(new Error(`no ${method} notification within ${timeoutMs} ms`));
			}, timeoutMs);
			this.listeners.push(check);
			check();
		});
	}

	/** `shutdown` then `exit`; resolves with the process's exit code. */
	async stop(): Promise<number | null> {
		await this.request('shutdown', null);
		this.notify('exit', null);
		const code = await this.exited;
		this.connection.dispose();
		return code;
	}

	/** Ends the process if a test failed before `stop`. */
	kill(): void {
		if (this.child.exitCode === null) {
			this.child.kill();
		}
		this.connection.dispose();
	}
}
