import * as vscode from 'vscode';
import { commandIds } from '../presentation/commandIds';
import type { ArticleFiles } from '../features/articleFiles';

/**
 * Add to Comparison / Remove from Comparison: from the explorer (its selection), the Sources
 * view (a row), or the palette (the active file). The choice is kept in the workspace's state.
 */
export class ComparisonMembershipCommand {
	readonly id: string;

	constructor(
		private readonly files: ArticleFiles,
		private readonly action: 'add' | 'remove',
		private readonly uriOfArticle: (article: string) => vscode.Uri | undefined,
	) {
		this.id = action === 'add' ? commandIds.addToComparison : commandIds.removeFromComparison;
	}

	async execute(clicked?: unknown, selected?: unknown): Promise<void> {
		const uris = this.targets(clicked, selected);
		if (uris.length === 0) {
			void vscode.window.showInformationMessage('Crossread: choose a file or folder first.');
			return;
		}
		await (this.action === 'add' ? this.files.add(uris) : this.files.remove(uris));
	}

	/** The explorer passes the clicked URI and the whole selection; a Sources row passes its node; the palette passes nothing. */
	private targets(clicked: unknown, selected: unknown): vscode.Uri[] {
		if (Array.isArray(selected) && selected.every((item) => item instanceof vscode.Uri)) {
			return selected;
		}
		if (clicked instanceof vscode.Uri) {
			return [clicked];
		}
		const article = (clicked as { article?: unknown } | undefined)?.article;
		const fromRow = typeof article === 'string' ? this.uriOfArticle(article) : undefined;
		if (fromRow) {
			return [fromRow];
		}
		const active = vscode.window.activeTextEditor?.document.uri;
		return active && active.scheme === 'file' ? [active] : [];
	}
}
