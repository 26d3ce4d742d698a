import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { portableMarkdown } from '../../../src/server/hoverMarkdown';
import { type CompareControl, CrossreadLanguageService } from '../../../src/server/languageService';
import type { CompareInput } from '../../../src/server/protocol';
import { readSettings } from '../../../src/server/settings';

const folder = resolve(__dirname, '../../fixtures/server');
const uriOf = (file: string) => pathToFileURL(join(folder, file)).href;

function fixtureInput(change: (file: string, text: string) => string = (_file, text) => text): CompareInput {
	const files = readdirSync(folder).filter((file) => file.endsWith('.md'));
	return { articles: files.map((file) => ({ uri: uriOf(file), path: file, text: change(file, readFileSync(join(folder, file), 'utf8')), encoding: 'utf-8' })), warnings: [], limitedTo: undefined };
}

const quiet: CompareControl = { stopped: () => false, progress: () => undefined };

function positionOf(file: string, phrase: string): { line: number; character: number } {
	const lines = readFileSync(join(folder, file), 'utf8').split('\n');
	const line = lines.findIndex((text) => text.includes(phrase));
	return { line, character: lines[line].indexOf(phrase) + 1 };
}

suite('The language service behind the server', () => {
	test('the hover card on a figure names the value the other outlets give, over the figure', async () => {
		const service = new CrossreadLanguageService();
		await service.compare(fixtureInput(), quiet);
		const at = positionOf('gazette.md', '15 percent');
		const hover = service.hover(uriOf('gazette.md'), at);
		assert.ok(hover);
		assert.match(hover.markdown, /12 percent|12%/);
		assert.deepEqual(hover.range, { start: { line: at.line, character: at.character - 1 }, end: { line: at.line, character: at.character - 1 + '15 percent'.length } });
	});

	test('a client that runs Crossread commands keeps the card’s links; any other gets none', async () => {
		const service = new CrossreadLanguageService();
		await service.compare(fixtureInput(), quiet);
		const at = positionOf('gazette.md', '15 percent');
		assert.doesNotMatch(service.hover(uriOf('gazette.md'), at)!.markdown, /command:|\$\(/);
		service.configure({ filter: {}, highlights: { quotes: true, figures: true, entities: true }, commandLinks: true });
		assert.match(service.hover(uriOf('gazette.md'), at)!.markdown, /command:crossread\.openPassage/);
	});

	test('a comparison made stale by a newer change stops, and the previous one stays current', async () => {
		const service = new CrossreadLanguageService();
		await service.compare(fixtureInput(), quiet);
		const before = service.current;
		let checks = 0;
		const summary = await service.compare(
			fixtureInput((_file, text) => text.replace('Tuesday', 'Wednesday')),
			{ stopped: () => ++checks > 1, progress: () => undefined },
		);
		assert.equal(summary, undefined);
		assert.equal(service.current, before);
	});

	test('progress goes up to the analysis share while articles are analysed, and an unchanged article is not analysed again', async () => {
		const service = new CrossreadLanguageService();
		const shares: number[] = [];
		const first = await service.compare(fixtureInput(), { stopped: () => false, progress: (share) => shares.push(share) });
		assert.equal(first?.fresh, 3);
		assert.deepEqual(shares, [...shares].sort((a, b) => a - b), 'progress never goes back');
		assert.ok(shares.every((share) => share > 0 && share <= 0.5));
		const second = await service.compare(fixtureInput((file, text) => (file === 'post.md' ? `${text}\nThe vote passed by five to two.\n` : text)), quiet);
		assert.equal(second?.fresh, 1);
	});

	test('the views’ data names every article’s document, so a client can open a row', async () => {
		const service = new CrossreadLanguageService();
		await service.compare(fixtureInput(), quiet);
		const discrepancies = service.discrepancies()!;
		assert.equal(discrepancies.counts.found, 1);
		assert.deepEqual(new Set(discrepancies.articles.map((article) => article.uri)), new Set(['gazette.md', 'ledger.md', 'post.md'].map(uriOf)));
		const row = discrepancies.roots[0].children[0];
		assert.ok(row.discrepancy);
		assert.equal(service.sources()!.roots.length, 3);
		assert.match(service.exportReport('markdown')!.text, /15 percent/);
	});

	test('an outlet the reader named in .crossread.json is called so in the views and the report, as on the command line', async () => {
		const service = new CrossreadLanguageService();
		await service.compare({ ...fixtureInput(), outletNames: { 'ledger.md': 'Fenwick Evening Lantern' } }, quiet);
		const outlets = service.report()!.report.articles.map((article) => article.outlet);
		assert.ok(outlets.includes('Fenwick Evening Lantern'));
		assert.match(JSON.stringify(service.sources()!.roots), /Fenwick Evening Lantern/);
		await service.compare(fixtureInput(), quiet);
		assert.ok(!service.report()!.report.articles.some((article) => article.outlet === 'Fenwick Evening Lantern'), 'a name taken out of the file goes');
	});
});

suite('Server settings and portable hover cards', () => {
	test('the server reads the same files by default as the extension: the manifest\'s defaults', () => {
		const manifest = JSON.parse(readFileSync(resolve(__dirname, '../../../package.json'), 'utf8'));
		const properties = manifest.contributes.configuration.properties ?? Object.assign({}, ...manifest.contributes.configuration.map((part: { properties: object }) => part.properties));
		const defaults = readSettings(undefined).files;
		assert.equal(defaults.include, properties['crossread.files.include'].default);
		assert.deepEqual(defaults.exclude, properties['crossread.files.exclude'].default);
		assert.equal(defaults.maxFiles, properties['crossread.files.maxFiles'].default);
	});

	test('settings a client leaves out or gets wrong keep their defaults', () => {
		const settings = readSettings({ files: { maxFiles: 'many', include: '**/*.txt' }, discrepancies: { minSeverity: 'hihg' }, diagnostics: { enabled: false } });
		assert.equal(settings.files.include, '**/*.txt');
		assert.equal(settings.files.maxFiles, 500);
		assert.equal(settings.discrepancies.minSeverity, 'medium');
		assert.equal(settings.diagnostics.enabled, false);
		assert.deepEqual(readSettings(null).highlights, { quotes: true, figures: true, entities: true });
	});

	test('a portable card drops command links and icons but keeps escaped article text that looks like them', () => {
		const card = '$(book) **Crossread** · figure\n\n> costs \\$(warning) 5  \n[$(split-horizontal) Open beside](command:crossread.openPassage?%5B%5D "Open this passage beside the editor")\n\n---\n\nend';
		assert.equal(portableMarkdown(card), '**Crossread** · figure\n\n> costs \\$(warning) 5\n\n---\n\nend');
	});
});
