import { countRows, deferChildren, type TreeNode } from './treeNode';

/**
 * A tree as a view is first sent it: whole when it has at most `maxRows` rows; else cut at the
 * deepest level that brings it under, the rows there saying how many children they have
 * (`childCount`), which the view asks for when one opens (`rowsUnder`). The Entities view of 500
 * outlets lists under each spelling every outlet that writes it so: 1.9 MB sent whole, of which a
 * reader opens a few rows. Cut at the roots, it may still have more rows than `maxRows`: the
 * roots are what the view shows first.
 *
 * @param nodes The roots.
 * @param maxRows The most rows sent at once.
 */
export function firstRows(nodes: readonly TreeNode[], maxRows: number): TreeNode[] {
	if (countRows(nodes) <= maxRows) {
		return [...nodes];
	}
	for (let depth = height(nodes) - 2; depth > 0; depth--) {
		const cut = deferChildren(nodes, depth);
		if (countRows(cut) <= maxRows) {
			return cut;
		}
	}
	return deferChildren(nodes, 0);
}

/**
 * The rows under one row of a tree that was sent without them (`firstRows`), cut in turn when
 * they are many: a person spelled three ways by 500 outlets sends the three spellings, each
 * saying how many outlets write it.
 *
 * @param nodes The whole tree's roots.
 * @param id The row's id.
 * @param maxRows The most rows sent at once.
 * @returns Its children; none when no row has that id (the tree changed meanwhile).
 */
export function rowsUnder(nodes: readonly TreeNode[], id: string, maxRows: number): TreeNode[] {
	const row = findRow(nodes, id);
	return row ? firstRows(row.children, maxRows) : [];
}

function findRow(nodes: readonly TreeNode[], id: string): TreeNode | undefined {
	for (const node of nodes) {
		const found = node.id === id ? node : findRow(node.children, id);
		if (found) {
			return found;
		}
	}
	return undefined;
}

/** How many levels a tree has (a list of leaves has one). */
function height(nodes: readonly TreeNode[]): number {
	return nodes.reduce((most, node) => Math.max(most, 1 + height(node.children)), 0);
}
