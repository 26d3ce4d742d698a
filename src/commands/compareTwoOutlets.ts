import * as vscode from 'vscode';
import { articleOf } from '../features/activeArticle';
import type { ComparisonSource } from '../features/comparisonSource';
import { twoOutletsUri } from '../features/twoOutletsDocuments';
import { commandIds } from '../presentation/commandIds';
import { inertLabel } from '../presentation/markdownText';

/**
 * Compare Two Outlets…: opens VS Code's diff editor on two read-only documents that hold the
 * two articles' claims, one a line, aligned, so that the editor's own word-level diff and its
 * Next/Previous Change walk every difference. The article in the editor is the first outlet;
 * otherwise both are picked.
 */
export class CompareTwoOutletsCommand {
	readonly id = commandIds.compareTwoOutlets;

	constructor(private readonly source: ComparisonSource) {}

	/**
	 * @param first The first article's id (else the article in the editor, else a pick).
	 * @param second The second article's id (else a pick).
	 * @returns Whether the diff editor opened.
	 */
	async execute(first?: unknown, second?: unknown): Promise<boolean> {
		const folder = await this.source.whenIdle();
		const directory = new Map((folder?.articles ?? []).map((article) => [article.id, article]));
		if (directory.size < 2) {
			void vscode.window.showInformationMessage('Crossread: comparing needs two articles about the event in the folder.');
			return false;
		}
		const editor = vscode.window.activeTextEditor;
		const inEditor = editor ? articleOf(folder?.articles ?? [], editor.document.uri)?.id : undefined;
		const left = (typeof first === 'string' && directory.has(first) ? first : undefined) ?? inEditor ?? (await this.pick(directory, undefined, 'First outlet'));
		if (!left) {
			return false;
		}
		const right = (typeof second === 'string' && directory.has(second) && second !== left ? second : undefined) ?? (await this.pick(directory, left, `Compare ${directory.get(left)!.outlet} with`));
		if (!right) {
			return false;
		}
		const [a, b] = [directory.get(left)!, directory.get(right)!];
		await vscode.commands.executeCommand(
			'vscode.diff',
			twoOutletsUri({ left, right, side: 'left' }, a.outlet),
			twoOutletsUri({ left, right, side: 'right' }, b.outlet),
			`${a.outlet} ↔ ${b.outlet} (claims aligned)`,
		);
		return true;
	}

	private async pick(directory: ReadonlyMap<string, { id: string; outlet: string; date?: string; path: string }>, except: string | undefined, title: string): Promise<string | undefined> {
		const items = [...directory.values()]
			.filter((entry) => entry.id !== except)
			.map((entry) => ({ label: inertLabel(entry.outlet), description: inertLabel([entry.date, entry.path].filter(Boolean).join(' · ')), id: entry.id }));
		return (await vscode.window.showQuickPick(items, { title: `Crossread: ${title}`, placeHolder: 'Outlet' }))?.id;
	}
}
