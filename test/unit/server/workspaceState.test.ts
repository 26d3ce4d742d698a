import * as assert from 'node:assert/strict';
import { CancellationTokenSource, type Connection, type TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Engines } from '../../../src/server/engines';
import { IgnoreLists } from '../../../src/server/ignoreLists';
import type { ComparisonProgress } from '../../../src/server/progress';
import type { CompareInput } from '../../../src/server/protocol';
import type { WorkspaceArticles } from '../../../src/server/workspaceArticles';
import { WorkspaceState } from '../../../src/server/workspaceState';
import { IdleWaiters } from '../../../src/shared/idleWaiters';
import { watch } from '../helpers/watchPromise';

const article = 'file:///folder/harbour.md';

/** Engine threads that compare only when the test lands their input. */
class FakeEngines {
	readonly inputs: CompareInput[] = [];
	busy = false;
	hasResult = false;
	private landedText: string | undefined;
	private readonly idle = new IdleWaiters(() => !this.busy);

	compare(input: CompareInput): number {
		this.inputs.push(input);
		this.busy = true;
		return this.inputs.length;
	}

	/** The latest input lands: queries answer from it. */
	land(): void {
		this.landedText = this.inputs.at(-1)?.articles[0]?.text;
		this.busy = false;
		this.idle.release();
	}

	whenIdle(): Promise<void> {
		return this.idle.when(() => undefined);
	}

	textOf(uri: string): string | undefined {
		return uri === article ? this.landedText : undefined;
	}

	configure(): void {
		// The filter does not matter here.
	}
}

/** A workspace of one article whose listing waits until the test lets it go on; `edit` changes it in an open editor. */
function server() {
	const engines = new FakeEngines();
	const listings: (() => void)[] = [];
	const diskText = 'The port handled 12 ships.';
	let open: TextDocument | undefined;
	const articles = {
		roots: [],
		list: () => new Promise((resolve) => listings.push(() => resolve({ files: [{ uri: article, path: 'harbour.md', file: '/folder/harbour.md' }], limitedTo: undefined }))),
		read: async () => new Map([[article, { text: diskText, encoding: 'utf-8' }]]),
		relist: () => undefined,
		forgetAll: () => undefined,
	};
	const quiet = () => undefined;
	const connection = { console: { info: quiet, warn: quiet, error: quiet, log: quiet }, window: { showWarningMessage: async () => undefined } };
	const documents = { get: () => open, all: () => (open ? [open] : []) };
	const state = new WorkspaceState(
		connection as unknown as Connection,
		documents as unknown as TextDocuments<TextDocument>,
		articles as unknown as WorkspaceArticles,
		new IgnoreLists(),
		engines as unknown as Engines,
		{ done: quiet } as unknown as ComparisonProgress,
		{ configuration: false, semanticTokensRefresh: false, initialSettings: undefined },
	);
	return { state, engines, listings, edit: (text: string) => (open = TextDocument.create(article, 'markdown', (open?.version ?? 0) + 1, text)) };
}

/** Lets timers of 0 ms and the promises settled so far run. */
function settle(ms = 0): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

suite('The language server decides when to compare (WorkspaceState over ComparisonSchedule)', () => {
	test('a view waits for the settings, then until the engines have compared, not only until the input is handed over', async () => {
		const { state, engines, listings } = server();
		const view = watch(state.whenCompared());
		await settle();
		assert.deepEqual(view, { settled: false }, 'answered before the settings were read');
		state.start();
		await settle();
		assert.equal(listings.length, 1, 'the settings read did not start a comparison');
		listings[0]();
		await settle();
		assert.equal(engines.inputs.length, 1);
		assert.deepEqual(view, { settled: false }, 'answered while the engines still compared');
		engines.land();
		await settle();
		assert.deepEqual(view, { settled: true, value: undefined });
		state.dispose();
	});

	test('a preparation that a newer edit makes stale is not handed to the engines', async () => {
		const { state, engines, listings, edit } = server();
		state.start();
		await settle();
		edit('The port handled 15 ships.');
		state.schedule();
		listings[0]();
		await settle();
		assert.equal(engines.inputs.length, 0, 'the stale files were compared');
		await settle(350);
		assert.equal(listings.length, 2, 'the edit was not compared after its quiet time');
		listings[1]();
		await settle();
		assert.deepEqual(
			engines.inputs.map((input) => input.articles[0].text),
			['The port handled 15 ships.'],
		);
		state.dispose();
	});

	test('semantic tokens wait through the reading of the files for the edit to be compared', async () => {
		const { state, engines, listings, edit } = server();
		state.start();
		await settle();
		listings[0]();
		await settle();
		engines.land();
		await settle();
		edit('The port handled 15 ships.');
		state.schedule(0);
		await settle();
		assert.equal(listings.length, 2);
		// The files are being listed and read: the engines are idle, the comparison is not done.
		const tokens = watch(state.whenCurrent(article, new CancellationTokenSource().token));
		await settle();
		assert.deepEqual(tokens, { settled: false }, 'answered while the files were read');
		listings[1]();
		await settle();
		engines.land();
		await settle();
		assert.deepEqual(tokens, { settled: true, value: true }, 'not answered once the edited text was compared');
		state.dispose();
	});

	test('a client that starts the server waiting is answered at once, and compared when it says so', async () => {
		const { state, listings } = server();
		state.startPaused();
		const view = watch(state.whenCompared());
		state.start();
		await settle(350);
		assert.deepEqual(view, { settled: true, value: undefined }, 'a waiting workspace made a view wait');
		assert.equal(listings.length, 0, 'compared without the client saying so');
		await state.setClientOptions({ paused: false });
		await settle();
		assert.equal(listings.length, 1);
		state.dispose();
	});
});
