import * as assert from 'node:assert/strict';
import * as os from 'node:os';
import * as vscode from 'vscode';
import type { Report } from '../../src/core/report/model';
import { articleIds, discrepanciesOf, extensionId, fixture, hoverText, openArticle, positionOf, waitFor } from './helper';

/** Settings a test changed, put back after it: user settings, so that the fixture folder stays as it is in the repository. */
const changedSettings: { section: string; key: string }[] = [];

async function withSetting(section: string, key: string, value: unknown): Promise<void> {
	changedSettings.push({ section, key });
	await vscode.workspace.getConfiguration(section).update(key, value, vscode.ConfigurationTarget.Global);
}

suite('Crossread in VS Code', () => {
	teardown(async () => {
		await vscode.commands.executeCommand('workbench.action.closeAllEditors');
		for (const { section, key } of changedSettings.splice(0)) {
			await vscode.workspace.getConfiguration(section).update(key, undefined, vscode.ConfigurationTarget.Global);
		}
	});

	test('opening an article activates the extension and analyses the folder', async () => {
		const { api } = await openArticle('northfield-courier.md');
		assert.equal(vscode.extensions.getExtension(extensionId)?.isActive, true);
		assert.deepEqual(await articleIds(api), ['northfield-courier', 'orvan-times', 'valley-herald']);
	});

	test('the README is not an article', async () => {
		const { api } = await openArticle('northfield-courier.md');
		assert.equal(api.source.isArticle(fixture('README.md')), false);
	});

	test('a hover on a figure shows the other outlets\' versions', async () => {
		const { editor } = await openArticle('northfield-courier.md');
		const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor.document, '4.2 million'));
		const text = hoverText(hovers);
		assert.match(text, /Valley Herald/);
		assert.match(text.replace(/\\(\W)/g, '$1'), /differs: 4\.2 million euros vs 4\.5 million euros/);
		assert.match(text, /Orvan Times/);
		assert.match(text, /command:crossread\.openPassage\?/);
	});

	test('by default the Discrepancies tree lists medium severity and up, and counts the rest', async () => {
		const { api } = await openArticle('northfield-courier.md');
		await waitFor(() => api.discrepancies.rows.length > 0, 'the tree is filled');
		assert.deepEqual(
			api.discrepancies.rows.map((kind) => kind.id),
			['kind:figure', 'kind:quote'],
		);
		assert.equal(api.discrepancies.rows[0].children.length, 1, 'only the cost among the figures');
		assert.equal((await api.source.whenIdle())?.counts.belowSeverity, 1, 'the low-severity estimate of the crowd is counted');
	});

	test('the Discrepancies tree lists the planted figure, the reworded quote and, at low severity, the estimate of the crowd', async () => {
		const { api } = await openArticle('northfield-courier.md');
		await withSetting('crossread.discrepancies', 'minSeverity', 'low');
		await waitFor(() => api.discrepancies.rows[0]?.children.length === 2, 'the low-severity estimate is listed');
		const kinds = api.discrepancies.rows;
		assert.deepEqual(
			kinds.map((kind) => kind.id),
			['kind:figure', 'kind:quote'],
		);
		const mentions = [...api.discrepancies.nodes()].filter((node) => node.contextValue === 'mention').map((node) => `${node.label}: ${node.description}`);
		assert.ok(mentions.includes('Valley Herald: 4.5 million euros (differs)'), mentions.join('\n'));
		assert.ok(mentions.includes('Valley Herald: unites (differs)'), mentions.join('\n'));
		const item = api.discrepancies.getTreeItem(kinds[0].children[0]);
		assert.equal(item.command?.command, 'crossread.openPassage');
	});

	test('Show Report opens the report webview', async () => {
		const { api } = await openArticle('northfield-courier.md');
		await vscode.commands.executeCommand('crossread.showReport');
		await waitFor(() => api.report.webviewPanel?.webview.html.includes('Crossread report') === true, 'the report is rendered');
		assert.match(api.report.webviewPanel!.webview.html, /Content-Security-Policy/);
		api.report.webviewPanel!.dispose();
	});

	test('discrepancies reach the Problems view when diagnostics are enabled', async () => {
		const { editor } = await openArticle('valley-herald.txt');
		const config = vscode.workspace.getConfiguration('crossread.diagnostics');
		// User settings: the fixture folder stays as it is in the repository.
		await config.update('enabled', true, vscode.ConfigurationTarget.Global);
		try {
			const uri = fixture('valley-herald.txt');
			await waitFor(() => vscode.languages.getDiagnostics(uri).length > 0, 'diagnostics appear');
			const figure = vscode.languages.getDiagnostics(uri).find((diagnostic) => diagnostic.code === 'figure' && editor.document.getText(diagnostic.range).includes('4.5 million'))!;
			assert.ok(figure, 'the planted figure is a problem');
			assert.equal(figure.source, 'crossread');
			assert.equal(figure.severity, vscode.DiagnosticSeverity.Warning);
			assert.ok((figure.relatedInformation ?? []).some((related) => related.location.uri.toString() === fixture('northfield-courier.md').toString()));
		} finally {
			await config.update('enabled', undefined, vscode.ConfigurationTarget.Global);
		}
		await waitFor(() => vscode.languages.getDiagnostics(fixture('valley-herald.txt')).length === 0, 'diagnostics are cleared');
	});

	test('semantic tokens colour the figures', async () => {
		const { editor } = await openArticle('orvan-times.news');
		assert.equal(editor.document.languageId, 'news-article');
		const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', editor.document.uri);
		const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', editor.document.uri);
		assert.ok(legend.tokenTypes.includes('figure'));
		const types = new Set<string>();
		for (let i = 3; i < tokens.data.length; i += 5) {
			types.add(legend.tokenTypes[tokens.data[i]]);
		}
		assert.ok(types.has('figure') && types.has('quotation'), [...types].join(', '));
	});

	test('editing one article updates the comparison without saving', async () => {
		const { editor, api } = await openArticle('valley-herald.txt');
		const range = new vscode.Range(positionOf(editor.document, '4.5 million', 0), positionOf(editor.document, '4.5 million', 3));
		const costDiffers = async () => (await discrepanciesOf(api)).some((discrepancy) => discrepancy.kind === 'figure' && discrepancy.texts.some((text) => text.includes('million')));
		await editor.edit((edit) => edit.replace(range, '4.2'));
		try {
			await waitFor(async () => !(await costDiffers()), 'the cost discrepancy is gone');
		} finally {
			await vscode.commands.executeCommand('undo');
		}
		await waitFor(costDiffers, 'the cost discrepancy is back');
	});

	test('a binary file is skipped quietly and named in the analysis\' warnings', async () => {
		const { api } = await openArticle('northfield-courier.md');
		const warnings = (await api.source.whenIdle())?.warnings ?? [];
		assert.deepEqual(
			warnings.map((warning) => warning.path),
			['scanned-page.txt'],
		);
		assert.match(warnings[0].message, /binary/);
	});

	test('Next Discrepancy walks the differing passages of the article and wraps', async () => {
		const { editor } = await openArticle('valley-herald.txt');
		await withSetting('crossread.discrepancies', 'minSeverity', 'low');
		editor.selection = new vscode.Selection(0, 0, 0, 0);
		const selected = async () => {
			await vscode.commands.executeCommand('crossread.nextDiscrepancy');
			return editor.document.getText(editor.selection);
		};
		// Every stop once, in document order, then round to the first.
		const stops = [await selected()];
		for (let next = await selected(); next !== stops[0] && stops.length < 10; next = await selected()) {
			stops.push(next);
		}
		const cost = stops.findIndex((stop) => /4\.5 million euros/.test(stop));
		assert.ok(cost >= 0, stops.join(' | '));
		assert.equal(stops[cost + 1], 'unites', stops.join(' | '));
		assert.ok(stops.length < 10, 'it wraps');
	});

	test('Open Passage shows the other outlet beside, with the passage selected', async () => {
		const { api } = await openArticle('northfield-courier.md');
		const orvan = (await api.source.whenIdle())!.articles.find((article) => article.id === 'orvan-times')!;
		const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(orvan.uri)));
		const start = text.indexOf('The bridge cost');
		const end = text.indexOf('most of it.') + 'most of it.'.length;
		await vscode.commands.executeCommand('crossread.openPassage', { article: 'orvan-times', start, end, beside: true });
		const editor = vscode.window.activeTextEditor!;
		assert.equal(editor.document.uri.toString(), vscode.Uri.parse(orvan.uri).toString());
		assert.equal(editor.viewColumn, vscode.ViewColumn.Two);
		assert.equal(editor.document.getText(editor.selection), text.slice(start, end));
	});

	test('Remove from Comparison takes a file out, Add to Comparison brings it back', async () => {
		const { api } = await openArticle('northfield-courier.md');
		const orvan = fixture('orvan-times.news');
		await vscode.commands.executeCommand('crossread.removeFromComparison', orvan);
		assert.deepEqual(await articleIds(api), ['northfield-courier', 'valley-herald']);
		await vscode.commands.executeCommand('crossread.addToComparison', orvan);
		assert.deepEqual(await articleIds(api), ['northfield-courier', 'orvan-times', 'valley-herald']);
	});

	test('Export Report as JSON writes the command line\'s report to the file given', async () => {
		await openArticle('northfield-courier.md');
		const target = vscode.Uri.joinPath(vscode.Uri.file(os.tmpdir()), `crossread-export-${process.pid}.json`);
		try {
			await vscode.commands.executeCommand('crossread.exportJson', target);
			const report = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target))) as { version: number; articles: { id: string }[]; discrepancies: { kind: string }[] };
			// The version the command line writes: the type fails to compile when the model's changes.
			const version: Report['version'] = 2;
			assert.equal(report.version, version);
			assert.deepEqual(
				report.articles.map((article) => article.id),
				['northfield-courier', 'orvan-times', 'valley-herald'],
			);
			assert.ok(report.discrepancies.some((discrepancy) => discrepancy.kind === 'figure'));
		} finally {
			await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
		}
	});

	test('Export never writes over an article of the comparison, nor over a file that is not a report', async () => {
		await openArticle('northfield-courier.md');
		const article = fixture('valley-herald.txt');
		const before = await vscode.workspace.fs.readFile(article);
		await vscode.commands.executeCommand('crossread.exportMarkdown', article);
		assert.deepEqual(await vscode.workspace.fs.readFile(article), before);
		const notes = vscode.Uri.joinPath(vscode.Uri.file(os.tmpdir()), `crossread-notes-${process.pid}.md`);
		try {
			await vscode.workspace.fs.writeFile(notes, new TextEncoder().encode('# My notes\n'));
			await vscode.commands.executeCommand('crossread.exportMarkdown', notes);
			assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(notes)), '# My notes\n');
		} finally {
			await vscode.workspace.fs.delete(notes).then(undefined, () => undefined);
		}
	});

	test('Compare Passage With Another Outlet opens the chosen outlet\'s version beside', async () => {
		const { editor } = await openArticle('northfield-courier.md');
		editor.selection = new vscode.Selection(positionOf(editor.document, '4.2 million'), positionOf(editor.document, '4.2 million'));
		await vscode.commands.executeCommand('crossread.comparePassage', 'valley-herald');
		const beside = vscode.window.activeTextEditor!;
		assert.match(beside.document.uri.path, /valley-herald\.txt$/);
		assert.equal(beside.viewColumn, vscode.ViewColumn.Two);
		assert.match(beside.document.getText(beside.selection), /^The bridge cost 4\.5 million euros/);
	});

	test('Ignore This Discrepancy writes .crossread.json and every view drops it; Stop Ignoring brings it back', async () => {
		const { editor, api } = await openArticle('northfield-courier.md');
		const ignoreFile = fixture('.crossread.json');
		const figure = (await discrepanciesOf(api)).find((discrepancy) => discrepancy.kind === 'figure')!;
		const listed = () => [...api.discrepancies.nodes()].filter((node) => node.contextValue === 'discrepancy').map((node) => node.discrepancy);
		const readIgnoreFile = async () => JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(ignoreFile))) as { ignore: { discrepancies?: string[] } };
		await waitFor(() => listed().includes(figure.id), 'the figure is listed');
		const row = [...api.discrepancies.nodes()].find((node) => node.discrepancy === figure.id)!;
		assert.equal(api.discrepancies.getTreeItem(row).contextValue, 'discrepancy');
		const analysed = api.source.folder?.generation;
		try {
			// As the row's inline icon does: VS Code passes the row.
			assert.equal(await vscode.commands.executeCommand('crossread.ignoreDiscrepancy', row), true);
			assert.deepEqual((await readIgnoreFile()).ignore.discrepancies, [figure.id]);
			await waitFor(() => !listed().includes(figure.id), 'the tree drops it');
			assert.equal(api.source.folder?.counts.ignored, 1, 'counted as ignored once the command returns');
			assert.equal(api.source.folder?.generation, analysed, 'not re-analysed: the same comparison, selected again');
			const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor.document, '4.2 million'));
			assert.doesNotMatch(hoverText(hovers), /crossread\.ignoreDiscrepancy/, 'the hover no longer offers to ignore it');

			await vscode.commands.executeCommand('crossread.showIgnored');
			await waitFor(() => api.discrepancies.rows.some((root) => root.id === 'ignored'), 'the ignored group is shown');
			const group = api.discrepancies.rows.find((root) => root.id === 'ignored')!;
			assert.equal(group.label, 'Ignored (1)');
			assert.deepEqual(
				group.children.map((child) => [child.contextValue, child.discrepancy]),
				[['ignoredDiscrepancy', figure.id]],
			);

			assert.equal(await vscode.commands.executeCommand('crossread.stopIgnoring', group.children[0]), true);
			assert.deepEqual((await readIgnoreFile()).ignore.discrepancies, undefined);
			await waitFor(() => listed().includes(figure.id), 'it is listed again');
		} finally {
			await vscode.commands.executeCommand('crossread.hideIgnored');
			await vscode.workspace.fs.delete(ignoreFile).then(undefined, () => undefined);
		}
	});

	test('the hover card\'s Ignore link is allowed to run, with the discrepancy\'s id', async () => {
		const { editor, api } = await openArticle('northfield-courier.md');
		const figure = (await discrepanciesOf(api)).find((discrepancy) => discrepancy.kind === 'figure')!;
		const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor.document, '4.2 million'));
		const link = /\(command:crossread\.ignoreDiscrepancy\?([^ )]+)/.exec(hoverText(hovers));
		assert.ok(link, hoverText(hovers));
		assert.deepEqual(JSON.parse(decodeURIComponent(link[1])), [{ discrepancy: figure.id }]);
		const card = hovers.flatMap((hover) => hover.contents).find((content): content is vscode.MarkdownString => content instanceof vscode.MarkdownString && content.value.includes('crossread.ignoreDiscrepancy'));
		assert.deepEqual(card?.isTrusted, { enabledCommands: ['crossread.openPassage', 'crossread.ignoreDiscrepancy'] });
	});

	test('a .crossread.json written by hand is applied without re-analysing, and a broken one keeps the last valid list', async () => {
		const { api } = await openArticle('northfield-courier.md');
		const ignoreFile = fixture('.crossread.json');
		const compared = (await api.source.whenIdle())!.generation;
		const figure = (await discrepanciesOf(api)).find((discrepancy) => discrepancy.kind === 'figure')!;
		const ignored = async () => (await discrepanciesOf(api, 'ignored')).find((discrepancy) => discrepancy.id === figure.id);
		const write = (text: string) => vscode.workspace.fs.writeFile(ignoreFile, new TextEncoder().encode(text));
		try {
			await write(JSON.stringify({ ignore: { outlets: ['Valley Herald'] } }));
			await waitFor(async () => (await ignored()) !== undefined, 'the watcher applies the file');
			assert.equal(api.source.folder?.generation, compared, 'no new analysis');
			assert.equal((await ignored())?.ignoredBy, 'outlet');

			await write('{ "ignore": { "outlets": ["Valley Herald"], } }');
			await waitFor(() => api.ignoreFiles.problems.length === 1, 'the broken file is reported');
			assert.match(api.ignoreFiles.problems[0].message, /^not valid JSON/);
			assert.ok(await ignored(), 'the last valid list stays in effect');
			// Ignoring now would rewrite what the reader is typing: it is refused.
			assert.equal(await vscode.commands.executeCommand('crossread.ignoreDiscrepancy', { discrepancy: figure.id }), false);
			assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(ignoreFile)), '{ "ignore": { "outlets": ["Valley Herald"], } }');
		} finally {
			await vscode.workspace.fs.delete(ignoreFile).then(undefined, () => undefined);
		}
		await waitFor(async () => api.ignoreFiles.problems.length === 0 && (await api.source.whenIdle())?.counts.ignored === 0, 'deleting the file lists everything again');
	});

	test('Ignore This Outlet\'s Differences from the Sources view ignores by outlet name', async () => {
		const { api } = await openArticle('northfield-courier.md');
		const ignoreFile = fixture('.crossread.json');
		try {
			assert.equal(await vscode.commands.executeCommand('crossread.ignoreOutlet', { article: 'valley-herald' }), true);
			const written = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(ignoreFile))) as { ignore: { outlets: string[] } };
			assert.deepEqual(written.ignore.outlets, ['Valley Herald']);
			assert.ok((api.source.folder?.counts.ignored ?? 0) > 0);
			assert.equal(await vscode.commands.executeCommand('crossread.stopIgnoringOutlet', { article: 'valley-herald' }), true);
			assert.equal(api.source.folder?.counts.ignored, 0);
		} finally {
			await vscode.workspace.fs.delete(ignoreFile).then(undefined, () => undefined);
		}
	});
});
