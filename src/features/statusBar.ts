import * as vscode from 'vscode';
import { commandIds } from '../presentation/commandIds';
import { statusText } from '../presentation/statusText';
import type { ComparisonSource } from './comparisonSource';

/**
 * The status bar item: "$(book) 6 outlets · 20 discrepancies" (those listed; the tooltip counts
 * those hidden and ignored); a click opens the panel.
 *
 * @returns The item's registration.
 */
export function registerStatusBar(source: ComparisonSource): vscode.Disposable {
	const item = vscode.window.createStatusBarItem('crossread.status', vscode.StatusBarAlignment.Left, 50);
	item.name = 'Crossread';
	const update = () => {
		const folder = source.folder;
		item.command = source.paused ? commandIds.reanalyse : commandIds.showPanel;
		const text = statusText({
			articles: folder?.articles.length ?? 0,
			outlets: folder?.outlets ?? 0,
			counts: folder?.counts ?? { listed: 0, belowSeverity: 0, otherKinds: 0, ignored: 0 },
			starting: source.starting,
			paused: source.paused,
			limitedTo: folder?.limitedTo ?? undefined,
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
	return vscode.Disposable.from(item, source.onDidChange(update), source.onDidChangePaused(update));
}
