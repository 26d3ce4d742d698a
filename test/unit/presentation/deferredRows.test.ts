import * as assert from 'node:assert/strict';
import { countRows, deferChildren, type TreeNode } from '../../../src/presentation/treeNode';

function row(id: string, children: TreeNode[] = []): TreeNode {
	return { id, label: id, icon: { codicon: 'circle' }, contextValue: 'row', children };
}

suite('Rows sent later', () => {
	const tree = [row('kind:figure', [row('fares', [row('fares@gazette'), row('fares@ledger')]), row('berths')])];

	test('below the level given, a row keeps no children and says how many it has; a row without any says nothing', () => {
		const deferred = deferChildren(tree, 1);
		assert.deepEqual(
			deferred[0].children.map((node) => [node.id, node.children.length, node.childCount]),
			[
				['fares', 0, 2],
				['berths', 0, undefined],
			],
		);
		assert.equal(countRows(deferred), 3);
		assert.equal(countRows(tree), 5, 'the tree given is left whole');
	});
});

suite('A discrepancy across many outlets', () => {
	test('its tooltip lists the outlet that differs first and counts the outlets past twenty', async () => {
		const { discrepancyTooltip } = await import('../../../src/presentation/discrepancyTree');
		const articles = Array.from({ length: 30 }, (_, index) => `wire-${index}`);
		const directory = new Map(articles.map((id) => [id, { id, outlet: `Wire ${id.slice(5)}`, path: `${id}.txt`, text: '', figures: [] }]));
		const mentions = articles.map((article, index) => ({ article, start: 0, end: 9, text: index === 29 ? '9 cranes' : '8 cranes', variant: index === 29 ? '9 cranes' : '8 cranes', odd: index === 29 }));
		const tooltip = discrepancyTooltip({ id: 'figure-0a1b2c3d', kind: 'figure', severity: 'high', summary: 'cranes: 8 vs 9', reason: 'a different count', confidence: 0.9, mentions, missing: [] } as never, directory);
		const outletLines = tooltip.split('\n').filter((line) => line.startsWith('- '));
		assert.equal(outletLines.length, 20);
		assert.equal(outletLines[0], '- **Wire 29**: 9 cranes *(differs)*');
		assert.equal(outletLines[19], '- *… and 11 more outlets*');
	});
});
