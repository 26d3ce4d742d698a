import * as assert from 'node:assert/strict';
import { firstRows, rowsUnder } from '../../../src/presentation/treePaging';
import { countRows, type TreeNode } from '../../../src/presentation/treeNode';

function row(id: string, children: TreeNode[] = []): TreeNode {
	return { id, label: id, icon: { codicon: 'circle' }, contextValue: 'row', children };
}

/** An identity, its spellings, and under each the outlets that write it so (as the Entities view). */
function identity(name: string, spellings: string[], outlets: number): TreeNode {
	return row(`entity:${name}`, spellings.map((form) => row(`entity:${name}/${form}`, Array.from({ length: outlets }, (_, index) => row(`entity:${name}/${form}/outlet-${index}`)))));
}

suite('A big tree is sent a level at a time', () => {
	// 2 identities × (1 + 2 spellings × (1 + 10 outlets)) = 46 rows.
	const tree = [identity('Mirela Voss', ['Mirela Voss', 'Mirella Voss'], 10), identity('Port Halden', ['Port Halden', 'Halden Port'], 10)];

	test('a tree within the limit is sent whole', () => {
		assert.deepEqual(firstRows(tree, 46), tree);
	});

	test('past the limit, the deepest level that fits is cut, each row there counting what it holds', () => {
		const cut = firstRows(tree, 45);
		assert.equal(countRows(cut), 6, 'identities and spellings');
		assert.deepEqual(
			cut[0].children.map((node) => [node.id, node.children.length, node.childCount]),
			[
				['entity:Mirela Voss/Mirela Voss', 0, 10],
				['entity:Mirela Voss/Mirella Voss', 0, 10],
			],
		);
	});

	test('when even that is too many, only the roots are sent', () => {
		const roots = firstRows(tree, 5);
		assert.deepEqual(
			roots.map((node) => [node.id, node.children.length, node.childCount]),
			[
				['entity:Mirela Voss', 0, 2],
				['entity:Port Halden', 0, 2],
			],
		);
	});

	test('the rows under one row are its children, themselves cut when they are many; an unknown row has none', () => {
		assert.deepEqual(rowsUnder(tree, 'entity:Port Halden', 100), tree[1].children);
		const spellings = rowsUnder(tree, 'entity:Port Halden', 5);
		assert.deepEqual(
			spellings.map((node) => [node.id, node.childCount]),
			[
				['entity:Port Halden/Port Halden', 10],
				['entity:Port Halden/Halden Port', 10],
			],
		);
		assert.deepEqual(rowsUnder(tree, 'entity:Port Halden/Halden Port', 5).length, 10, 'leaves are sent as they are');
		assert.deepEqual(rowsUnder(tree, 'entity:Nobody', 100), []);
	});
});
