import * as vscode from 'vscode';
import { comparePassageAt } from '../core/compare/lookup';
import { commandIds } from '../presentation/commandIds';
import { outletPicks } from '../presentation/outletPicks';
import type { AnalysisService } from '../features/analysisService';
import { showPassage } from '../features/showPassage';

/**
 * Compare Passage With Another Outlet: pick an outlet, see its version of the passage at the
 * cursor side by side. An article id as argument (a keybinding) skips the picker.
 */
export class ComparePassageCommand {
	readonly id = commandIds.comparePassage;

	constructor(private readonly analysis: AnalysisService) {}

	async execute(article?: unknown): Promise<void> {
		const found = await this.analysis.articleInActiveEditor();
		if (!found) {
			return;
		}
		const { editor, snapshot, record } = found;
		const offset = editor.document.offsetAt(editor.selection.active);
		const comparison = comparePassageAt(snapshot.comparison, record.id, offset, snapshot.articleIds);
		const picks = comparison ? outletPicks(comparison, snapshot.directory, offset) : [];
		if (picks.length === 0) {
			void vscode.window.showInformationMessage(comparison ? 'Crossread: no other outlet reports this passage.' : 'Crossread: put the cursor in a sentence of the article.');
			return;
		}
		const given = picks.find((candidate) => candidate.target.article === article);
		const pick = given ?? (await vscode.window.showQuickPick(picks, { title: 'Compare with another outlet', placeHolder: 'Outlet whose version to open beside this one', matchOnDetail: true }));
		if (pick) {
			await showPassage(this.analysis, pick.target, vscode.ViewColumn.Beside);
		}
	}
}
