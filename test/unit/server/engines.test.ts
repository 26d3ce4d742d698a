import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Engines, type EngineEvents } from '../../../src/server/engines';
import type { CompareInput } from '../../../src/server/protocol';
import { buildServer, serverScript } from './lspSession';

const folder = resolve(__dirname, '../../fixtures/server');

function input(figure: string): CompareInput {
	return {
		articles: ['gazette.md', 'ledger.md', 'post.md'].map((file) => {
			const text = readFileSync(join(folder, file), 'utf8');
			return { uri: pathToFileURL(join(folder, file)).href, path: file, text: file === 'gazette.md' ? text.replace('15 percent', figure) : text, encoding: 'utf-8' };
		}),
		warnings: [],
		limitedTo: undefined,
	};
}

suite('The two engine threads', function () {
	this.timeout(30_000);
	let engines: Engines | undefined;

	suiteSetup(function () {
		this.timeout(60_000);
		buildServer();
	});

	teardown(async () => {
		await engines?.dispose();
	});

	test('a newer input makes the comparison under way stale: only the newest lands, and queries answer from it', async () => {
		const landed: number[] = [];
		const events: EngineEvents = { progress: () => undefined, compared: (generation) => landed.push(generation), ended: () => undefined };
		engines = new Engines(serverScript, events);
		engines.configure({ filter: {}, highlights: { quotes: true, figures: true, entities: true }, commandLinks: false });
		engines.compare(input('17 percent'));
		const newest = engines.compare(input('19 percent'));
		await engines.whenIdle();
		assert.deepEqual(landed, [newest]);
		const gazette = pathToFileURL(join(folder, 'gazette.md')).href;
		assert.match(engines.textOf(gazette) ?? '', /19 percent/);
		const diagnostics = await engines.query('diagnostics', { offset: 0, limit: 10 });
		assert.match(JSON.stringify(diagnostics), /19 percent/);
		assert.doesNotMatch(JSON.stringify(diagnostics), /17 percent/);
	});

	test('once a comparison lands, the spare engine catches up in the background, so the next edit analyses only the article changed', async () => {
		const landed: { generation: number; fresh: number }[] = [];
		const shown: number[] = [];
		engines = new Engines(serverScript, { progress: (generation) => shown.push(generation), compared: (generation, summary) => landed.push({ generation, fresh: summary.fresh }), ended: () => undefined });
		engines.configure({ filter: {}, highlights: { quotes: true, figures: true, entities: true }, commandLinks: false });
		const first = engines.compare(input('17 percent'));
		await engines.whenIdle();
		assert.equal(engines.busy, false, 'catching up is no comparison a view waits for');
		while (engines.catchingUp) {
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
		assert.deepEqual(landed.map(({ generation }) => generation), [first], 'catching up lands nothing');
		assert.ok(shown.every((generation) => generation === first));
		const second = engines.compare(input('19 percent'));
		await engines.whenIdle();
		assert.deepEqual(landed.at(-1), { generation: second, fresh: 1 });
	});

	test('an engine thread that ends is replaced, and the next comparison lands', async () => {
		const landed: number[] = [];
		const failures: string[] = [];
		engines = new Engines(serverScript, { progress: () => undefined, compared: (generation) => landed.push(generation), ended: (_generation, error) => error && failures.push(error) });
		engines.compare(input('17 percent'));
		await engines.whenIdle();
		// The thread that holds the result ends, as one would out of memory.
		await (engines as unknown as { ready: { worker: { terminate(): Promise<number> } } }).ready.worker.terminate();
		await new Promise((resolve) => setTimeout(resolve, 100));
		assert.equal(engines.hasResult, false, 'its comparison is gone');
		const next = engines.compare(input('19 percent'));
		await engines.whenIdle();
		assert.deepEqual(landed.slice(-1), [next]);
		assert.ok(engines.hasResult);
	});
});
