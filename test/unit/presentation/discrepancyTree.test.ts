import * as assert from 'node:assert/strict';
import { buildDiscrepancyTree } from '../../../src/presentation/discrepancyTree';
import { filterDiscrepancies } from '../../../src/presentation/discrepancyFilter';
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
		const shown = filterDiscrepancies(sample.comparison.discrepancies, { minSeverity: 'medium', kinds: ['figure', 'entity'] });
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
});
