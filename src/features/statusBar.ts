import * as vscode from 'vscode';
import { countOutlets } from '../presentation/articleDirectory';
import { commandIds } from '../presentation/commandIds';
import { statusText } from '../presentation/statusText';
import type { AnalysisService } from './analysisService';
import type { ShownDiscrepancies } from './shownDiscrepancies';

/**
 * The status bar item: "$(book) 6 outlets · 20 discrepancies" (those listed; the tooltip counts
 * those hidden and ignored); a click opens the panel.
 *
 * @returns The item's registration.
 */
export function registerStatusBar(analysis: AnalysisService, selection: ShownDiscrepancies): vscode.Disposable {
	const item = vscode.window.createStatusBarItem('crossread.status', vscode.StatusBarAlignment.Left, 50);
	item.name = 'Crossread';
	const update = () => {
		const snapshot = analysis.current;
		item.command = analysis.paused ? commandIds.reanalyse : commandIds.showPanel;
		const text = statusText({
			articles: snapshot?.records.length ?? 0,
			outlets: snapshot ? countOutlets(snapshot.corpus) : 0,
			counts: snapshot ? selection.of(snapshot).counts : { listed: 0, belowSeverity: 0, otherKinds: 0, ignored: 0 },
			starting: !snapshot && analysis.busy,
			paused: analysis.paused,
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
	return vscode.Disposable.from(item, selection.onDidChange(update), analysis.onDidChangePaused(update));
}
