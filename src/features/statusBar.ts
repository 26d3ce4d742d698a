import * as vscode from 'vscode';
import { countOutlets } from '../presentation/articleDirectory';
import { commandIds } from '../presentation/commandIds';
import { filterDiscrepancies } from '../presentation/discrepancyFilter';
import { statusText } from '../presentation/statusText';
import type { AnalysisService } from './analysisService';
import { onDidChangeSetting, readFilter } from './settings';

/**
 * The status bar item: "$(book) 6 outlets · 20 discrepancies"; a click opens the panel.
 *
 * @returns The item's registration.
 */
export function registerStatusBar(analysis: AnalysisService): vscode.Disposable {
	const item = vscode.window.createStatusBarItem('crossread.status', vscode.StatusBarAlignment.Left, 50);
	item.name = 'Crossread';
	item.command = commandIds.showPanel;
	const update = () => {
		const snapshot = analysis.current;
		const all = snapshot?.comparison.discrepancies ?? [];
		const shown = filterDiscrepancies(all, readFilter()).length;
		const text = statusText({
			articles: snapshot?.records.length ?? 0,
			outlets: snapshot ? countOutlets(snapshot.corpus) : 0,
			discrepancies: shown,
			hidden: all.length - shown,
			starting: !snapshot && analysis.busy,
			limitedTo: snapshot?.limitedTo,
		});
		if (text) {
			item.text = text.text;
			item.tooltip = text.tooltip;
			item.show();
		} else {
			item.hide();
		}
	};
	update();
	return vscode.Disposable.from(item, analysis.onDidChange(update), onDidChangeSetting('crossread.discrepancies', update));
}
