import * as assert from 'node:assert/strict';
import * as os from 'node:os';
import * as vscode from 'vscode';
import { extensionId, fixture, hoverText, openArticle, positionOf, waitFor } from './helper';

suite('Crossread in VS Code', () => {
	teardown(async () => {
		await vscode.commands.executeCommand('workbench.action.closeAllEditors');
	});

	test('opening an article activates the extension and analyses the folder', async () => {
		const { api } = await openArticle('northfield-courier.md');
		assert.equal(vscode.extensions.getExtension(extensionId)?.isActive, true);
		const snapshot = await api.analysis.whenIdle();
		assert.deepEqual(snapshot?.articleIds, ['northfield-courier', 'orvan-times', 'valley-herald']);
	});

	test('the README is not an article', async () => {
		const { api } = await openArticle('northfield-courier.md');
		assert.equal(api.analysis.isArticle(fixture('README.md')), false);
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

	test('the Discrepancies tree lists the planted figure and the reworded quote', async () => {
		const { api } = await openArticle('northfield-courier.md');
		const kinds = api.discrepancies.getChildren();
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
		await openArticle('valley-herald.txt');
		const config = vscode.workspace.getConfiguration('crossread.diagnostics');
		// User settings: the fixture folder stays as it is in the repository.
		await config.update('enabled', true, vscode.ConfigurationTarget.Global);
		try {
			const uri = fixture('valley-herald.txt');
			await waitFor(() => vscode.languages.getDiagnostics(uri).length > 0, 'diagnostics appear');
			const figure = vscode.languages.getDiagnostics(uri).find((diagnostic) => diagnostic.code === 'figure')!;
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
		await editor.edit((edit) => edit.replace(range, '4.2'));
		try {
			await waitFor(async () => (await api.analysis.whenIdle())?.comparison.discrepancies.every((discrepancy) => discrepancy.kind !== 'figure') === true, 'the figure discrepancy is gone');
		} finally {
			await vscode.commands.executeCommand('undo');
		}
		await waitFor(async () => (await api.analysis.whenIdle())?.comparison.discrepancies.some((discrepancy) => discrepancy.kind === 'figure') === true, 'the figure discrepancy is back');
	});

	test('a binary file is skipped quietly and named in the analysis\' warnings', async () => {
		const { api } = await openArticle('northfield-courier.md');
		const warnings = (await api.analysis.whenIdle())?.corpus.warnings ?? [];
		assert.deepEqual(
			warnings.map((warning) => warning.path),
			['scanned-page.txt'],
		);
		assert.match(warnings[0].message, /binary/);
	});

	test('Next Discrepancy walks the differing passages of the article and wraps', async () => {
		const { editor } = await openArticle('valley-herald.txt');
		editor.selection = new vscode.Selection(0, 0, 0, 0);
		const selected = async () => {
			await vscode.commands.executeCommand('crossread.nextDiscrepancy');
			return editor.document.getText(editor.selection);
		};
		const first = await selected();
		assert.match(first, /4\.5 million euros/);
		assert.equal(await selected(), 'unites');
		assert.equal(await selected(), first);
	});

	test('Open Passage shows the other outlet beside, with the passage selected', async () => {
		const { api } = await openArticle('northfield-courier.md');
		const orvan = (await api.analysis.whenIdle())!.record('orvan-times')!;
		const start = orvan.text.indexOf('The bridge cost');
		const end = orvan.text.indexOf('most of it.') + 'most of it.'.length;
		await vscode.commands.executeCommand('crossread.openPassage', { article: 'orvan-times', start, end, beside: true });
		const editor = vscode.window.activeTextEditor!;
		assert.equal(editor.document.uri.toString(), orvan.uri.toString());
		assert.equal(editor.viewColumn, vscode.ViewColumn.Two);
		assert.equal(editor.document.getText(editor.selection), orvan.text.slice(start, end));
	});

	test('Remove from Comparison takes a file out, Add to Comparison brings it back', async () => {
		const { api } = await openArticle('northfield-courier.md');
		const orvan = fixture('orvan-times.news');
		await vscode.commands.executeCommand('crossread.removeFromComparison', orvan);
		assert.deepEqual((await api.analysis.whenIdle())?.articleIds, ['northfield-courier', 'valley-herald']);
		await vscode.commands.executeCommand('crossread.addToComparison', orvan);
		assert.deepEqual((await api.analysis.whenIdle())?.articleIds, ['northfield-courier', 'orvan-times', 'valley-herald']);
	});

	test('Export Report as JSON writes the command line\'s report to the file given', async () => {
		await openArticle('northfield-courier.md');
		const target = vscode.Uri.joinPath(vscode.Uri.file(os.tmpdir()), `crossread-export-${process.pid}.json`);
		try {
			await vscode.commands.executeCommand('crossread.exportJson', target);
			const report = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target))) as { version: number; articles: { id: string }[]; discrepancies: { kind: string }[] };
			assert.equal(report.version, 1);
			assert.deepEqual(
				report.articles.map((article) => article.id),
				['northfield-courier', 'orvan-times', 'valley-herald'],
			);
			assert.ok(report.discrepancies.some((discrepancy) => discrepancy.kind === 'figure'));
		} finally {
			await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
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
});
