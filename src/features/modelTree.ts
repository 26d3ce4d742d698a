import * as vscode from 'vscode';
import { stripControls } from '../core/report/controlCharacters';
import { commandIds } from '../presentation/commandIds';
import { type TreeNode, treeFingerprint } from '../presentation/treeNode';

/**
 * Shows a tree of plain `TreeNode`s. It announces a change only when the tree really changed
 * (by fingerprint), and its ids come from the nodes, so VS Code keeps expansion and selection
 * across refreshes: no flicker while an article is edited.
 */
export class ModelTreeDataProvider implements vscode.TreeDataProvider<TreeNode> {
	private readonly _onDidChangeTreeData = new vscode.EventEmitter<void>();
	/** Fires when the tree changed. */
	readonly onDidChangeTreeData = this._onDidChangeTreeData.event;

	private roots: TreeNode[] = [];
	private fingerprint = treeFingerprint([]);
	private parents = new Map<TreeNode, TreeNode>();
	private uris = new Map<string, string>();

	constructor(
		private readonly mediaUri: vscode.Uri,
		/** Gives the rows a node was sent without (`childCount`), when it opens. */
		private readonly loadChildren?: (node: TreeNode) => Promise<TreeNode[]>,
	) {}

	/**
	 * Replaces the tree.
	 *
	 * @param roots The new roots.
	 * @param articles The documents of the articles the rows name.
	 * @returns Whether anything shown changed.
	 */
	update(roots: TreeNode[], articles: readonly { id: string; uri: string }[]): boolean {
		this.uris = new Map(articles.map((article) => [article.id, article.uri]));
		const fingerprint = treeFingerprint(roots);
		if (fingerprint === this.fingerprint) {
			return false;
		}
		this.roots = roots;
		this.fingerprint = fingerprint;
		this.parents = new Map();
		const index = (node: TreeNode) =>
			node.children.forEach((child) => {
				this.parents.set(child, node);
				index(child);
			});
		roots.forEach(index);
		this._onDidChangeTreeData.fire();
		return true;
	}

	getChildren(node?: TreeNode): TreeNode[] | Promise<TreeNode[]> {
		if (node && node.children.length === 0 && node.childCount && this.loadChildren) {
			return this.loadChildren(node).then((children) => {
				node.children = children;
				children.forEach((child) => this.parents.set(child, node));
				return children;
			});
		}
		return node ? node.children : this.roots;
	}

	/** The roots shown now (for tests). */
	get rows(): readonly TreeNode[] {
		return this.roots;
	}

	getParent(node: TreeNode): TreeNode | undefined {
		return this.parents.get(node);
	}

	getTreeItem(node: TreeNode): vscode.TreeItem {
		const collapsible = node.children.length === 0 && !node.childCount ? vscode.TreeItemCollapsibleState.None : node.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
		// Labels and descriptions are plain text, but a right-to-left override in an outlet's name would still reorder the row.
		const item = new vscode.TreeItem(stripControls(node.label), collapsible);
		item.id = node.id;
		item.description = node.description === undefined ? undefined : stripControls(node.description);
		item.contextValue = node.contextValue;
		if (node.tooltip) {
			// Not trusted, no HTML: the tooltip holds escaped article text.
			item.tooltip = new vscode.MarkdownString(node.tooltip);
		}
		item.iconPath =
			'media' in node.icon
				? { light: vscode.Uri.joinPath(this.mediaUri, 'icons', `${node.icon.media}-light.svg`), dark: vscode.Uri.joinPath(this.mediaUri, 'icons', `${node.icon.media}-dark.svg`) }
				: new vscode.ThemeIcon(node.icon.codicon, node.icon.color ? new vscode.ThemeColor(node.icon.color) : undefined);
		if (node.target) {
			item.command = { command: commandIds.openPassage, title: 'Show Passage', arguments: [{ ...node.target, preserveFocus: true }] };
		} else if (node.article) {
			const known = this.uris.get(node.article);
			if (known) {
				const uri = vscode.Uri.parse(known);
				item.resourceUri = uri;
				item.command = { command: 'vscode.open', title: 'Open Article', arguments: [uri] };
			}
		}
		return item;
	}

	/** All nodes, depth first (for tests and `reveal`). */
	*nodes(from: readonly TreeNode[] = this.roots): Generator<TreeNode> {
		for (const node of from) {
			yield node;
			yield* this.nodes(node.children);
		}
	}
}

/** What a view shows besides its rows. */
export interface ViewModel {
	/** The rows. */
	roots: TreeNode[];
	/** The documents of the articles the rows name. */
	articles: readonly { id: string; uri: string }[];
	/** A message above the rows (`undefined` for none). */
	message?: string;
	/** Text beside the view's title. */
	description?: string;
	/** A count on the view's and the activity bar's icon. */
	badge?: vscode.ViewBadge;
}

/**
 * Registers a tree view whose content follows the comparison: `load` asks the comparison
 * source for the view's model each time `onDidChange` fires; an answer overtaken by a newer
 * one is dropped.
 *
 * @param id The view id (`crossread.discrepancies`).
 * @param provider The provider to fill.
 * @param onDidChange A new comparison, or a new selection of its discrepancies.
 * @param load What the view shows now, or `undefined` before the first comparison.
 * @returns The view's registration.
 */
export function registerModelTreeView(id: string, provider: ModelTreeDataProvider, onDidChange: vscode.Event<unknown>, load: () => Promise<ViewModel | undefined>): vscode.Disposable {
	const view = vscode.window.createTreeView(id, { treeDataProvider: provider, showCollapseAll: true });
	let asked = 0;
	const refresh = async () => {
		const mine = ++asked;
		const model = await load().catch(() => undefined);
		if (!model || mine !== asked) {
			return;
		}
		provider.update(model.roots, model.articles);
		view.message = model.message;
		view.description = model.description;
		view.badge = model.badge;
	};
	void refresh();
	return vscode.Disposable.from(
		view,
		onDidChange(() => void refresh()),
	);
}
