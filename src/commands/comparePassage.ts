import * as vscode from 'vscode';
import { commandIds } from '../presentation/commandIds';
import { articleInActiveEditor } from '../features/activeArticle';
import type { ComparisonSource } from '../features/comparisonSource';
import { showPassage } from '../features/showPassage';

/**
 * Compare Passage With Another Outlet: pick an outlet, see its version of the passage at the
 * cursor side by side. An article id as argument (a keybinding) skips the picker.
 */
export class ComparePassageCommand {
	readonly id = commandIds.comparePassage;

	constructor(private readonly source: ComparisonSource) {}

	async execute(article?: unknown): Promise<void> {
		const found = await articleInActiveEditor(this.source);
		if (!found) {
			return;
		}
		const { editor } = found;
		const offset = editor.document.offsetAt(editor.selection.active);
		const passage = await this.source.passage(editor.document, offset);
		const picks = passage?.picks ?? [];
		if (picks.length === 0) {
			void vscode.window.showInformationMessage(passage?.inPassage ? 'Crossread: no other outlet reports this passage.' : 'Crossread: put the cursor in a sentence of the article.');
			return;
		}
		const given = picks.find((candidate) => candidate.target.article === article);
		const pick = given ?? (await vscode.window.showQuickPick(picks, { title: 'Compare with another outlet', placeHolder: 'Outlet whose version to open beside this one', matchOnDetail: true }));
		if (pick) {
			await showPassage(this.source, pick.target, vscode.ViewColumn.Beside);
		}
	}
}
