import * as vscode from 'vscode';
import { commandIds, discrepancyIdOf } from '../presentation/commandIds';
import type { DiscrepancyItem } from '../presentation/folderModels';
import { addIgnoreEntry, type IgnoreEntries } from '../presentation/ignoreFile';
import { kindTitles } from '../presentation/discrepancyTree';
import { inertLabel, inertNotificationText } from '../presentation/markdownText';
import type { ComparisonSource } from '../features/comparisonSource';
import type { IgnoreFiles } from '../features/ignoreFiles';

/**
 * Ignore This Discrepancy: writes the discrepancy's id into `.crossread.json` (of the workspace
 * folder of its odd outlet's article), and every view drops it at once. From a Discrepancies row
 * (its inline icon or context menu), the hover card's link or the report's button, each passing
 * the id; from the palette, the discrepancy at the cursor, or one picked from those listed.
 */
export class IgnoreDiscrepancyCommand {
	readonly id = commandIds.ignoreDiscrepancy;

	constructor(
		private readonly source: ComparisonSource,
		private readonly ignoreFiles: IgnoreFiles,
	) {}

	/** @returns Whether the ignore file was written. */
	async execute(argument?: unknown): Promise<boolean> {
		// A link or a row passes an id; anything else passed is refused rather than guessed at.
		const id = argument === undefined ? await this.pick() : discrepancyIdOf(argument);
		if (!id) {
			return false;
		}
		const discrepancy = (await this.source.discrepancyList('listed')).find((candidate) => candidate.id === id);
		const folder = this.ignoreFiles.folderFor(discrepancy?.uri ? vscode.Uri.parse(discrepancy.uri) : undefined);
		if (!folder) {
			void vscode.window.showInformationMessage('Crossread: open a folder to keep an ignore list (.crossread.json) in it.');
			return false;
		}
		const written = await this.ignoreFiles.edit(folder, (text) => addIgnoreEntry(text, 'discrepancies', id));
		if (written) {
			await this.source.ignoreListsChanged();
			vscode.window.setStatusBarMessage(`$(eye-closed) Crossread: ignored ${discrepancy ? `"${discrepancy.summary}"` : id} (in ${vscode.workspace.asRelativePath(this.ignoreFiles.uriOf(folder))}).`, 5000);
		}
		return written;
	}

	/** The discrepancy under the cursor, or one the reader picks from those listed (those under the cursor first). */
	private async pick(): Promise<string | undefined> {
		const editor = vscode.window.activeTextEditor;
		const listed = await this.source.discrepancyList('listed', editor && { document: editor.document, offset: editor.document.offsetAt(editor.selection.active) });
		if (listed.length === 0) {
			void vscode.window.showInformationMessage('Crossread: no discrepancy is listed, so there is none to ignore.');
			return undefined;
		}
		const here = listed.filter((discrepancy) => discrepancy.here);
		if (here.length === 1) {
			return here[0].id;
		}
		const others = listed.filter((discrepancy) => !discrepancy.here);
		const picked = await vscode.window.showQuickPick([...here, ...others].map(pickItem), { title: 'Ignore a discrepancy', placeHolder: 'Its id goes into .crossread.json; Show Ignored lists it again', matchOnDescription: true });
		return picked?.id;
	}
}

/**
 * Stop Ignoring: lists an ignored discrepancy again. One ignored by its id has the id removed
 * from every `.crossread.json` that holds it. One ignored by a broader rule (an accepted
 * spelling or figure, an ignored outlet) says which, and offers to remove that rule: doing so
 * may bring back other discrepancies, so it is never done silently.
 */
export class StopIgnoringCommand {
	readonly id = commandIds.stopIgnoring;

	constructor(
		private readonly source: ComparisonSource,
		private readonly ignoreFiles: IgnoreFiles,
	) {}

	/** @returns Whether an ignore file was written. */
	async execute(argument?: unknown): Promise<boolean> {
		const id = argument === undefined ? await this.pick() : discrepancyIdOf(argument);
		if (!id) {
			return false;
		}
		const ignored = (await this.source.discrepancyList('ignored')).find((discrepancy) => discrepancy.id === id);
		const entries = ignored?.entries ?? { key: 'discrepancies', values: [id] };
		if (entries.key === 'discrepancies') {
			const written = await this.ignoreFiles.removeEverywhere('discrepancies', [id]);
			if (written) {
				await this.source.ignoreListsChanged();
			}
			// Ignored by its id and by a broader rule too: say what still hides it.
			const still = (await this.source.discrepancyList('ignored')).find((discrepancy) => discrepancy.id === id);
			if (still?.entries) {
				void this.offerToRemove(still, still.entries);
			}
			return written;
		}
		return this.offerToRemove(ignored, entries);
	}

	private async offerToRemove(discrepancy: DiscrepancyItem | undefined, entries: IgnoreEntries): Promise<boolean> {
		const what = entries.values.map((value) => `"${value}"`).join(', ');
		const rule = entries.key === 'names' ? `accepts the spelling ${what}` : entries.key === 'figures' ? `accepts the figure ${what}` : `ignores the differences of ${what}`;
		const remove = entries.key === 'outlets' ? 'Stop Ignoring the Outlet' : 'Stop Accepting';
		const answer = await vscode.window.showInformationMessage(
			inertNotificationText(`Crossread: ${discrepancy ? `"${discrepancy.summary}"` : 'this discrepancy'} is ignored because .crossread.json ${rule}. Removing that may bring back other discrepancies too.`),
			remove,
			'Open .crossread.json',
		);
		if (answer === remove) {
			const written = await this.ignoreFiles.removeEverywhere(entries.key, entries.values);
			if (written) {
				await this.source.ignoreListsChanged();
			}
			return written;
		}
		if (answer) {
			const folder = this.ignoreFiles.folderLists().find(({ list }) => entries.values.some((value) => list[entries.key]?.includes(value)))?.folder ?? this.ignoreFiles.folderFor(undefined);
			if (folder) {
				await vscode.window.showTextDocument(this.ignoreFiles.uriOf(folder));
			}
		}
		return false;
	}

	private async pick(): Promise<string | undefined> {
		const ignored = await this.source.discrepancyList('ignored');
		if (ignored.length === 0) {
			void vscode.window.showInformationMessage('Crossread: nothing is ignored.');
			return undefined;
		}
		const picked = await vscode.window.showQuickPick(ignored.map(pickItem), { title: 'Stop ignoring a discrepancy', matchOnDescription: true });
		return picked?.id;
	}
}

function pickItem(discrepancy: DiscrepancyItem): vscode.QuickPickItem & { id: string } {
	return {
		label: inertLabel(discrepancy.summary),
		description: `${discrepancy.severity} · ${kindTitles[discrepancy.kind]} · ${discrepancy.id}`,
		detail: inertLabel(`${discrepancy.reason} (confidence ${Math.round(discrepancy.confidence * 100)}%)`),
		id: discrepancy.id,
	};
}
