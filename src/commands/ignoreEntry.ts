import * as vscode from 'vscode';
import { commandIds } from '../presentation/commandIds';
import { addIgnoreEntry } from '../presentation/ignoreFile';
import type { IgnoreFiles } from '../features/ignoreFiles';
import type { ComparisonSource } from '../features/comparisonSource';

/** What each command adds to or removes from which list of `.crossread.json`. */
const variants = {
	acceptSpelling: { id: commandIds.acceptSpelling, key: 'names', action: 'add' },
	stopAcceptingSpelling: { id: commandIds.stopAcceptingSpelling, key: 'names', action: 'remove' },
	ignoreOutlet: { id: commandIds.ignoreOutlet, key: 'outlets', action: 'add' },
	stopIgnoringOutlet: { id: commandIds.stopIgnoringOutlet, key: 'outlets', action: 'remove' },
} as const;

/**
 * Accept This Spelling / Stop Accepting This Spelling (Entities view: a spelling's row), and
 * Ignore This Outlet's Differences / Stop Ignoring This Outlet (Sources view: an article's row).
 * An accepted spelling (`ignore.names`) sets aside the spelling discrepancies that only concern
 * it; an ignored outlet (`ignore.outlets`) every discrepancy where only it differs. The views
 * drop them at once, and still count them.
 */
export class IgnoreEntryCommand {
	readonly id: string;

	constructor(
		private readonly source: ComparisonSource,
		private readonly ignoreFiles: IgnoreFiles,
		private readonly variant: keyof typeof variants,
	) {
		this.id = variants[variant].id;
	}

	/** @returns Whether an ignore file was written. */
	async execute(row?: unknown): Promise<boolean> {
		const { key, action } = variants[this.variant];
		const target = key === 'names' ? this.spellingOf(row) : this.outletOf(row);
		if (!target) {
			return false;
		}
		if (action === 'remove') {
			// An outlet may be listed by name or by article id: both go.
			const removed = await this.ignoreFiles.removeEverywhere(key, target.values);
			if (removed) {
				await this.source.ignoreListsChanged();
			}
			return removed;
		}
		const folder = this.ignoreFiles.folderFor(target.uri);
		if (!folder) {
			void vscode.window.showInformationMessage('Crossread: open a folder to keep an ignore list (.crossread.json) in it.');
			return false;
		}
		const written = await this.ignoreFiles.edit(folder, (text) => addIgnoreEntry(text, key, target.values[0]));
		if (written) {
			await this.source.ignoreListsChanged();
			const done = key === 'names' ? `accepted the spelling "${target.values[0]}"` : `ignoring the differences of ${target.values[0]}`;
			vscode.window.setStatusBarMessage(`$(eye-closed) Crossread: ${done} (in ${vscode.workspace.asRelativePath(this.ignoreFiles.uriOf(folder))}).`, 5000);
		}
		return written;
	}

	/** A spelling row carries its spelling; a plain string is one too (a keybinding, a test). */
	private spellingOf(row: unknown): { values: string[]; uri?: vscode.Uri } | undefined {
		const spelling = typeof row === 'string' ? row : (row as { spelling?: unknown } | undefined)?.spelling;
		if (typeof spelling !== 'string' || spelling.trim() === '') {
			void vscode.window.showInformationMessage('Crossread: choose a spelling in the Entities view.');
			return undefined;
		}
		// The workspace folder of the article in the editor, else the first: a spelling is the folder's business, not one article's.
		return { values: [spelling], uri: vscode.window.activeTextEditor?.document.uri };
	}

	/** A Sources row carries its article: the outlet is that article's outlet name. */
	private outletOf(row: unknown): { values: string[]; uri?: vscode.Uri } | undefined {
		const article = typeof row === 'string' ? row : (row as { article?: unknown } | undefined)?.article;
		const record = typeof article === 'string' ? this.source.folder?.articles.find((candidate) => candidate.id === article) : undefined;
		if (!record) {
			void vscode.window.showInformationMessage('Crossread: choose an article in the Sources view.');
			return undefined;
		}
		return { values: [record.outletName, record.id], uri: vscode.Uri.parse(record.uri) };
	}
}
