import * as vscode from 'vscode';
import { commandIds } from '../presentation/commandIds';
import type { ArticleFiles } from '../features/articleFiles';
import type { ComparisonSource } from '../features/comparisonSource';

/**
 * Add to Comparison / Remove from Comparison: from the explorer (its selection), the Sources
 * view (a row), or the palette (the active file). The choice is kept in the workspace's state.
 */
export class ComparisonMembershipCommand {
	readonly id: string;

	constructor(
		private readonly files: ArticleFiles,
		private readonly action: 'add' | 'remove',
		private readonly source: ComparisonSource,
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
		await this.source.overridesChanged();
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
		const known = typeof article === 'string' ? this.source.folder?.articles.find((candidate) => candidate.id === article) : undefined;
		const fromRow = known ? vscode.Uri.parse(known.uri) : undefined;
		if (fromRow) {
			return [fromRow];
		}
		const active = vscode.window.activeTextEditor?.document.uri;
		return active && active.scheme === 'file' ? [active] : [];
	}
}
