import type { PassageTarget } from './passageTarget';

/** An icon for a tree row: a codicon (optionally in a theme colour), or a light/dark pair from `media/icons/<name>-{light,dark}.svg`. */
export type TreeIcon = { codicon: string; color?: string } | { media: string };

/** One row of a Crossread tree, as plain data; the VS Code layer turns it into a TreeItem. */
export interface TreeNode {
	/** Stable across refreshes while the row means the same thing, so that VS Code keeps its expansion and selection. */
	id: string;
	/** The row's text. */
	label: string;
	/** Dimmed text after the label. */
	description?: string;
	/** Markdown shown on hover; article text in it is escaped. */
	tooltip?: string;
	/** The icon. */
	icon: TreeIcon;
	/** For `view/item/context` menus: `discrepancy`, `ignoredDiscrepancy`, `mention`, `source`, `ignoredSource`, `entity`, `spelling`, `acceptedSpelling`… */
	contextValue: string;
	/** How the row starts out when it has children. */
	expanded?: boolean;
	/** What a click opens. */
	target?: PassageTarget;
	/** What a click opens when the row is a whole article. */
	article?: string;
	/** The id of the discrepancy the row stands for: Ignore This Discrepancy and Stop Ignoring take the row as their argument. */
	discrepancy?: string;
	/** The spelling the row stands for: Accept This Spelling takes the row as its argument. */
	spelling?: string;
	/** Child rows. */
	children: TreeNode[];
	/** Child rows not sent with the tree (`children` is empty): the view asks for them when the row opens. */
	childCount?: number;
}

/**
 * The tree with the rows below `depth` left out, each row there saying how many children it has
 * (`childCount`): the Discrepancies view of 500 outlets listed every outlet's passage under each of
 * 2,700 discrepancies, 39 MB of rows that took the editor half a second to read at once.
 *
 * @param nodes The roots.
 * @param depth The level whose rows keep their children out (0: the roots').
 * @returns A new tree; the nodes above `depth` are copies.
 */
export function deferChildren(nodes: readonly TreeNode[], depth: number): TreeNode[] {
	return nodes.map((node) =>
		depth === 0 ? { ...node, children: [], ...(node.children.length > 0 ? { childCount: node.children.length } : {}) } : { ...node, children: deferChildren(node.children, depth - 1) },
	);
}

/** How many rows a tree has. */
export function countRows(nodes: readonly TreeNode[]): number {
	return nodes.reduce((total, node) => total + 1 + countRows(node.children), 0);
}

/**
 * A fingerprint of a tree: equal fingerprints render identically, so a view only announces a
 * change (and VS Code only redraws) when the fingerprint moves.
 *
 * @param nodes The tree's roots.
 * @returns A string that changes when anything shown changes.
 */
export function treeFingerprint(nodes: readonly TreeNode[]): string {
	return JSON.stringify(nodes);
}
