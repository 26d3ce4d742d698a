import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateCluster } from '../../../scripts/generateCluster';
import { buildServer, fixtureWorkspace, LspSession } from './lspSession';

interface Diagnostic {
	range: { start: { line: number; character: number } };
	message: string;
}
interface PublishDiagnostics {
	uri: string;
	diagnostics: Diagnostic[];
}
interface Progress {
	token: unknown;
	value: { kind: 'begin' | 'report' | 'end'; message?: string; percentage?: number };
}

/** The line and character of a phrase in a fixture file. */
function positionOf(folder: string, file: string, phrase: string): { line: number; character: number } {
	const lines = readFileSync(join(folder, file), 'utf8').split('\n');
	const line = lines.findIndex((text) => text.includes(phrase));
	assert.ok(line >= 0, `${phrase} is in ${file}`);
	return { line, character: lines[line].indexOf(phrase) + 1 };
}

suite('The language server over stdio, with no editor', function () {
	this.timeout(30_000);
	let session: LspSession | undefined;
	let workspace: ReturnType<typeof fixtureWorkspace> | undefined;

	suiteSetup(function () {
		this.timeout(60_000);
		buildServer();
	});

	setup(() => {
		workspace = fixtureWorkspace();
	});

	teardown(() => {
		session?.kill();
		workspace?.dispose();
	});

	test('reads the folder itself, and a hover on a figure names the value another outlet reports', async () => {
		const { folder, uri } = workspace!;
		session = LspSession.start();
		const { capabilities } = await session.initialize(folder);
		assert.ok(capabilities.hoverProvider, 'the server offers hovers');

		const gazette = uri('gazette.md');
		const text = readFileSync(join(folder, 'gazette.md'), 'utf8');
		session.notify('textDocument/didOpen', { textDocument: { uri: gazette, languageId: 'markdown', version: 1, text } });
		const published = await session.waitFor('textDocument/publishDiagnostics', (params: PublishDiagnostics) => params.uri === gazette && params.diagnostics.length > 0);
		const [diagnostic] = (published.params as PublishDiagnostics).diagnostics;
		assert.equal(diagnostic.range.start.line, positionOf(folder, 'gazette.md', '15 percent').line, 'the discrepancy is marked on the line of the odd figure');

		const hover = await session.request<{ contents: { kind: string; value: string } } | null>('textDocument/hover', { textDocument: { uri: gazette }, position: positionOf(folder, 'gazette.md', '15 percent') });
		assert.ok(hover, 'a card over the figure');
		assert.equal(hover.contents.kind, 'markdown');
		assert.match(hover.contents.value, /12 percent|12%/, 'the card names the value the other outlets give');
		assert.match(hover.contents.value, /Vantmoor Ledger/, 'and who gives it');
		assert.doesNotMatch(hover.contents.value, /command:|\$\(/, 'with no VS Code command links or icons, which another editor cannot use');

		const tokens = await session.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri: gazette } });
		assert.ok(tokens.data.length > 0 && tokens.data.length % 5 === 0, 'semantic tokens colour the article');

		assert.equal(await session.stop(), 0, 'shutdown then exit ends the process cleanly');
	});

	test('an edit made in the editor, not saved, is what the server compares', async () => {
		const { folder, uri } = workspace!;
		session = LspSession.start();
		await session.initialize(folder);
		const gazette = uri('gazette.md');
		session.notify('textDocument/didOpen', { textDocument: { uri: gazette, languageId: 'markdown', version: 1, text: readFileSync(join(folder, 'gazette.md'), 'utf8') } });
		await session.waitFor('textDocument/publishDiagnostics', (params: PublishDiagnostics) => params.uri === gazette && params.diagnostics.length > 0);

		// Incremental sync: only the two characters of the figure change.
		const at = positionOf(folder, 'gazette.md', '15 percent');
		const range = { start: { line: at.line, character: at.character - 1 }, end: { line: at.line, character: at.character + 1 } };
		session.notify('textDocument/didChange', { textDocument: { uri: gazette, version: 2 }, contentChanges: [{ range, text: '12' }] });
		await session.waitFor('textDocument/publishDiagnostics', (params: PublishDiagnostics) => params.uri === gazette && params.diagnostics.length === 0);
		assert.equal(readFileSync(join(folder, 'gazette.md'), 'utf8').includes('15 percent'), true, 'the file on disk is untouched');
		await session.stop();
	});

	test('Ignore this discrepancy is a code action that writes .crossread.json and clears the mark', async () => {
		const { folder, uri } = workspace!;
		session = LspSession.start();
		await session.initialize(folder);
		const gazette = uri('gazette.md');
		await session.waitFor('textDocument/publishDiagnostics', (params: PublishDiagnostics) => params.uri === gazette && params.diagnostics.length > 0);
		const at = positionOf(folder, 'gazette.md', '15 percent');
		const actions = await session.request<{ title: string; command: { command: string; arguments: unknown[] } }[]>('textDocument/codeAction', {
			textDocument: { uri: gazette },
			range: { start: at, end: at },
			context: { diagnostics: [] },
		});
		const ignore = actions.find((action) => action.title.startsWith('Ignore this discrepancy'));
		assert.ok(ignore, 'the figure offers Ignore this discrepancy');
		assert.equal(await session.request('workspace/executeCommand', ignore.command), true);
		const written = JSON.parse(readFileSync(join(folder, '.crossread.json'), 'utf8')) as { ignore: { discrepancies: string[] } };
		assert.equal(written.ignore.discrepancies.length, 1);
		await session.waitFor('textDocument/publishDiagnostics', (params: PublishDiagnostics) => params.uri === gazette && params.diagnostics.length === 0);
		await session.stop();
	});

	test('a hover is answered from the last comparison while a larger folder is compared, and progress is reported', async () => {
		const { folder, uri } = workspace!;
		session = LspSession.start();
		await session.initialize(folder, { window: { workDoneProgress: true } });
		const gazette = uri('gazette.md');
		await session.waitFor('textDocument/publishDiagnostics', (params: PublishDiagnostics) => params.uri === gazette && params.diagnostics.length > 0);

		const added = generateCluster(200, 5).map((article, index) => {
			const file = join(folder, `wire-${String(index).padStart(3, '0')}.txt`);
			writeFileSync(file, article.text);
			return { uri: pathToFileURL(file).href, type: 1 };
		});
		session.notify('workspace/didChangeWatchedFiles', { changes: added });
		const begun = await session.waitFor('$/progress', (params: Progress) => /^Comparing 203 articles… \d+%$/.test(params.value.message ?? ''));
		const token = (begun.params as Progress).token;

		const asked = performance.now();
		const hover = await session.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: gazette }, position: positionOf(folder, 'gazette.md', '15 percent') });
		const answered = performance.now();
		assert.ok(hover, 'the card of the last comparison');
		assert.match(hover.contents.value, /12 percent|12%/);
		const ended = session.received.find((item) => item.method === '$/progress' && (item.params as Progress).token === token && (item.params as Progress).value.kind === 'end');
		assert.ok(!ended || ended.at > answered, `the hover (${Math.round(answered - asked)} ms) came before the comparison ended`);
		assert.equal(await session.stop(), 0, 'the server exits even with a comparison under way');
	});
});
