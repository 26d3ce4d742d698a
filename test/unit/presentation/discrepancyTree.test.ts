import * as assert from 'node:assert/strict';
import { buildDiscrepancyTree } from '../../../src/presentation/discrepancyTree';
import { selectShown } from '../../../src/presentation/discrepancyFilter';
import { treeFingerprint } from '../../../src/presentation/treeNode';
import { type Analysed, analyseFolder, analyseSources, fixtureFolder, sampleFolder } from './analysed';

suite('discrepancies tree', () => {
	let sample: Analysed;
	suiteSetup(async () => {
		sample = await analyseFolder(sampleFolder);
	});

	test('groups come in the panel\'s kind order, each with its count', () => {
		const roots = buildDiscrepancyTree(sample.comparison.discrepancies, sample.directory);
		const order = ['Figures', 'Quotes', 'Names and places', 'Attributions', 'Reported by some only'];
		const labels = roots.map((root) => root.label);
		assert.deepEqual(labels, order.filter((label) => labels.includes(label)));
		for (const root of roots) {
			assert.equal(root.description, String(root.children.length));
			assert.equal(root.contextValue, 'discrepancyKind');
		}
	});

	test('the planted percentage lists every outlet and marks the odd one', () => {
		const figures = buildDiscrepancyTree(sample.comparison.discrepancies, sample.directory).find((root) => root.id === 'kind:figure')!;
		const percent = figures.children.find((node) => node.label.includes('26 percent'))!;
		assert.equal(percent.contextValue, 'discrepancy');
		assert.deepEqual(percent.icon, { media: 'severity-high' });
		const rows = percent.children.map((child) => `${child.label}: ${child.description}`);
		assert.ok(rows.includes('Harbourline Daily: 26 percent (differs)'), rows.join('\n'));
		assert.ok(rows.includes('The Meridian Ledger: 27%'), rows.join('\n'));
		assert.ok(rows.includes('Tidewater Press: 27 percent'), rows.join('\n'));
	});

	test('a click on a discrepancy opens the odd outlet\'s passage', () => {
		const figures = buildDiscrepancyTree(sample.comparison.discrepancies, sample.directory).find((root) => root.id === 'kind:figure')!;
		const percent = figures.children.find((node) => node.label.includes('26 percent'))!;
		const { article, start, end } = percent.target!;
		assert.equal(sample.directory.get(article)!.text.slice(start, end), '26 percent');
	});

	test('an omission lists the outlets that do not report it, without a target', () => {
		const omissions = buildDiscrepancyTree(sample.comparison.discrepancies, sample.directory).find((root) => root.id === 'kind:omission')!;
		const fee = omissions.children.find((node) => node.label.includes('Ingrid Vaskel'))!;
		const missing = fee.children.filter((child) => child.contextValue === 'missing');
		assert.equal(missing.length, 5);
		assert.ok(missing.every((child) => child.description === 'not reported' && !child.target));
	});

	test('ids are unique and the same for the same analysis, so VS Code keeps expansion', async () => {
		const first = buildDiscrepancyTree(sample.comparison.discrepancies, sample.directory);
		const ids: string[] = [];
		const walk = (nodes: typeof first) => nodes.forEach((node) => (ids.push(node.id), walk(node.children)));
		walk(first);
		assert.equal(new Set(ids).size, ids.length);
		const fixture = await analyseFolder(fixtureFolder);
		const again = analyseSources(fixture.corpus.articles.map(({ parsed: { article } }) => ({ id: article.id, path: article.path, text: article.text })));
		assert.equal(treeFingerprint(buildDiscrepancyTree(again.comparison.discrepancies, again.directory)), treeFingerprint(buildDiscrepancyTree(fixture.comparison.discrepancies, fixture.directory)));
	});

	test('the filter leaves out low severity and unwanted kinds', () => {
		const shown = selectShown(sample.corpus, sample.comparison.discrepancies, { minSeverity: 'medium', kinds: ['figure', 'entity'] }).listed;
		assert.ok(shown.length > 0);
		assert.ok(shown.every((discrepancy) => discrepancy.severity !== 'low' && ['figure', 'entity'].includes(discrepancy.kind)));
		const roots = buildDiscrepancyTree(shown, sample.directory);
		assert.deepEqual(
			roots.map((root) => root.id),
			['kind:figure', 'kind:entity'],
		);
	});

	test('tooltips escape article text', () => {
		const hostile = analyseSources([
			{ id: 'a', path: 'a.txt', text: 'The Riverton council approved a library budget of 12 million dollars on Monday.\n' },
			{ id: 'b', path: 'b.txt', text: 'The Riverton council approved a library budget of 14 million dollars <b>on</b> Monday.\n' },
			{ id: 'c', path: 'c.txt', text: 'The Riverton council approved a library budget of 12 million dollars on Monday.\n' },
		]);
		const nodes = buildDiscrepancyTree(hostile.comparison.discrepancies, hostile.directory);
		const tooltips = JSON.stringify(nodes.flatMap((root) => root.children.flatMap((node) => [node.tooltip, ...node.children.map((child) => child.tooltip)])));
		assert.ok(!tooltips.includes('<b>'), tooltips);
	});

	test('a discrepancy row carries its id and the contextValue that offers Ignore', () => {
		const rows = buildDiscrepancyTree(sample.comparison.discrepancies, sample.directory).flatMap((root) => root.children);
		assert.deepEqual(
			rows.map((row) => [row.contextValue, row.discrepancy]),
			sample.comparison.discrepancies.map((discrepancy) => ['discrepancy', discrepancy.id]).sort((a, b) => rows.findIndex((row) => row.discrepancy === a[1]) - rows.findIndex((row) => row.discrepancy === b[1])),
		);
		// Passages and missing outlets are not discrepancies: no Ignore on them.
		assert.ok(rows.flatMap((row) => row.children).every((child) => child.contextValue !== 'discrepancy' && child.discrepancy === undefined));
	});

	test('the tooltip says why it was flagged and how sure the analysis is', () => {
		const figures = buildDiscrepancyTree(sample.comparison.discrepancies, sample.directory).find((root) => root.id === 'kind:figure')!;
		const row = figures.children.find((node) => node.label.includes('26 percent'))!;
		const discrepancy = sample.comparison.discrepancies.find((candidate) => candidate.id === row.discrepancy)!;
		assert.match(row.tooltip!, /^Why: /m);
		assert.ok(row.tooltip!.replace(/\\(\W)/g, '$1').includes(discrepancy.reason.replace(/\s+/g, ' ')), row.tooltip);
		assert.match(row.tooltip!, new RegExp(`confidence ${Math.round(discrepancy.confidence * 100)}%`));
	});

	test('ignored discrepancies, when shown, come last in "Ignored (n)" with the contextValue that offers Stop Ignoring', () => {
		const { listed, ignored } = selectShown(sample.corpus, sample.comparison.discrepancies, { ignore: { names: ['Aleksandr Varennikoff'], outlets: ['Harbourline Daily'] } });
		assert.ok(ignored.length >= 2);
		const roots = buildDiscrepancyTree(listed, sample.directory, ignored);
		const group = roots[roots.length - 1];
		assert.equal(group.label, `Ignored (${ignored.length})`);
		assert.equal(group.contextValue, 'ignoredGroup');
		assert.deepEqual(
			group.children.map((row) => [row.contextValue, row.discrepancy]),
			ignored.map((discrepancy) => ['ignoredDiscrepancy', discrepancy.id]),
		);
		assert.ok(group.children.some((row) => / · name accepted$/.test(row.description!)));
		assert.ok(group.children.some((row) => / · outlet ignored$/.test(row.description!)));
		assert.match(group.children.find((row) => row.description!.endsWith('outlet ignored'))!.tooltip!, /\*Ignored\\: \\\.crossread\\\.json ignores the odd outlet's differences\\\.\*$/);
		const ids: string[] = [];
		const walk = (nodes: typeof roots) => nodes.forEach((node) => (ids.push(node.id), walk(node.children)));
		walk(roots);
		assert.equal(new Set(ids).size, ids.length, 'ids stay unique with the ignored group');
	});

	test('without ignored ones to show, there is no Ignored group', () => {
		const roots = buildDiscrepancyTree(sample.comparison.discrepancies, sample.directory, []);
		assert.ok(roots.every((root) => root.contextValue === 'discrepancyKind'));
	});
});
