import * as vscode from 'vscode';
import type { Discrepancy } from '../core/types';
import { commandIds, discrepancyIdOf } from '../presentation/commandIds';
import { addIgnoreEntry, type IgnoreEntries, ignoringEntries } from '../presentation/ignoreFile';
import { kindTitles } from '../presentation/discrepancyTree';
import { inertLabel, inertNotificationText } from '../presentation/markdownText';
import type { AnalysisService } from '../features/analysisService';
import type { IgnoreFiles } from '../features/ignoreFiles';
import type { ShownDiscrepancies } from '../features/shownDiscrepancies';

/**
 * Ignore This Discrepancy: writes the discrepancy's id into `.crossread.json` (of the workspace
 * folder of its odd outlet's article), and every view drops it at once. From a Discrepancies row
 * (its inline icon or context menu), the hover card's link or the report's button, each passing
 * the id; from the palette, the discrepancy at the cursor, or one picked from those listed.
 */
export class IgnoreDiscrepancyCommand {
	readonly id = commandIds.ignoreDiscrepancy;

	constructor(
		private readonly analysis: AnalysisService,
		private readonly selection: ShownDiscrepancies,
		private readonly ignoreFiles: IgnoreFiles,
	) {}

	/** @returns Whether the ignore file was written. */
	async execute(argument?: unknown): Promise<boolean> {
		// A link or a row passes an id; anything else passed is refused rather than guessed at.
		const id = argument === undefined ? await this.pick() : discrepancyIdOf(argument);
		if (!id) {
			return false;
		}
		const current = this.selection.current;
		const discrepancy = current?.snapshot.comparison.discrepancies.find((candidate) => candidate.id === id);
		const odd = discrepancy ? (discrepancy.mentions.find((mention) => mention.odd) ?? discrepancy.mentions[0]) : undefined;
		const folder = this.ignoreFiles.folderFor(odd && current?.snapshot.record(odd.article)?.uri);
		if (!folder) {
			void vscode.window.showInformationMessage('Crossread: open a folder to keep an ignore list (.crossread.json) in it.');
			return false;
		}
		const written = await this.ignoreFiles.edit(folder, (text) => addIgnoreEntry(text, 'discrepancies', id));
		if (written) {
			vscode.window.setStatusBarMessage(`$(eye-closed) Crossread: ignored ${discrepancy ? `"${discrepancy.summary}"` : id} (in ${vscode.workspace.asRelativePath(this.ignoreFiles.uriOf(folder))}).`, 5000);
		}
		return written;
	}

	/** The discrepancy under the cursor, or one the reader picks from those listed (those under the cursor first). */
	private async pick(): Promise<string | undefined> {
		const current = this.selection.current;
		if (!current || current.shown.listed.length === 0) {
			void vscode.window.showInformationMessage('Crossread: no discrepancy is listed, so there is none to ignore.');
			return undefined;
		}
		const editor = vscode.window.activeTextEditor;
		const found = editor && this.analysis.articleFor(editor.document);
		const offset = editor && found ? editor.document.offsetAt(editor.selection.active) : -1;
		const here = found ? current.shown.listed.filter((discrepancy) => discrepancy.mentions.some((mention) => mention.article === found.record.id && mention.start <= offset && offset <= mention.end)) : [];
		if (here.length === 1) {
			return here[0].id;
		}
		const others = current.shown.listed.filter((discrepancy) => !here.includes(discrepancy));
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
		private readonly selection: ShownDiscrepancies,
		private readonly ignoreFiles: IgnoreFiles,
	) {}

	/** @returns Whether an ignore file was written. */
	async execute(argument?: unknown): Promise<boolean> {
		const id = argument === undefined ? await this.pick() : discrepancyIdOf(argument);
		if (!id) {
			return false;
		}
		const entries = this.entriesOf(id) ?? { key: 'discrepancies', values: [id] };
		if (entries.key === 'discrepancies') {
			const written = await this.ignoreFiles.removeEverywhere('discrepancies', [id]);
			// Ignored by its id and by a broader rule too: say what still hides it.
			const still = this.entriesOf(id);
			if (still) {
				void this.offerToRemove(id, still);
			}
			return written;
		}
		return this.offerToRemove(id, entries);
	}

	private async offerToRemove(id: string, entries: IgnoreEntries): Promise<boolean> {
		const what = entries.values.map((value) => `"${value}"`).join(', ');
		const rule = entries.key === 'names' ? `accepts the spelling ${what}` : entries.key === 'figures' ? `accepts the figure ${what}` : `ignores the differences of ${what}`;
		const remove = entries.key === 'outlets' ? 'Stop Ignoring the Outlet' : 'Stop Accepting';
		const answer = await vscode.window.showInformationMessage(
			inertNotificationText(`Crossread: ${this.summaryOf(id)} is ignored because .crossread.json ${rule}. Removing that may bring back other discrepancies too.`),
			remove,
			'Open .crossread.json',
		);
		if (answer === remove) {
			return this.ignoreFiles.removeEverywhere(entries.key, entries.values);
		}
		if (answer) {
			const folder = this.ignoreFiles.folderLists().find(({ list }) => entries.values.some((value) => list[entries.key]?.includes(value)))?.folder ?? this.ignoreFiles.folderFor(undefined);
			if (folder) {
				await vscode.window.showTextDocument(this.ignoreFiles.uriOf(folder));
			}
		}
		return false;
	}

	/** The rule that ignores a discrepancy now, if one does. */
	private entriesOf(id: string): IgnoreEntries | undefined {
		const current = this.selection.current;
		const ignored = current?.shown.ignored.find((discrepancy) => discrepancy.id === id);
		return ignored && current ? ignoringEntries(ignored, this.ignoreFiles.list, (article) => current.snapshot.outletName(article)) : undefined;
	}

	private summaryOf(id: string): string {
		const summary = this.selection.current?.snapshot.comparison.discrepancies.find((discrepancy) => discrepancy.id === id)?.summary;
		return summary ? `"${summary}"` : id;
	}

	private async pick(): Promise<string | undefined> {
		const ignored = this.selection.current?.shown.ignored ?? [];
		if (ignored.length === 0) {
			void vscode.window.showInformationMessage('Crossread: nothing is ignored.');
			return undefined;
		}
		const picked = await vscode.window.showQuickPick(ignored.map(pickItem), { title: 'Stop ignoring a discrepancy', matchOnDescription: true });
		return picked?.id;
	}
}

function pickItem(discrepancy: Discrepancy): vscode.QuickPickItem & { id: string } {
	return {
		label: inertLabel(discrepancy.summary),
		description: `${discrepancy.severity} · ${kindTitles[discrepancy.kind]} · ${discrepancy.id}`,
		detail: inertLabel(`${discrepancy.reason} (confidence ${Math.round(discrepancy.confidence * 100)}%)`),
		id: discrepancy.id,
	};
}
