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
