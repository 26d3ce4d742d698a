import * as vscode from 'vscode';
import { commandIds } from '../presentation/commandIds';
import type { ComparisonSource } from '../features/comparisonSource';

/**
 * Show Ignored / Hide Ignored (the Discrepancies view's title): lists the discrepancies the
 * ignore list sets aside in a group of their own, "Ignored (n)", and in the report and exports.
 * The choice is kept with the workspace.
 */
export class ToggleIgnoredCommand {
	readonly id: string;

	constructor(
		private readonly source: ComparisonSource,
		private readonly show: boolean,
	) {
		this.id = show ? commandIds.showIgnored : commandIds.hideIgnored;
	}

	async execute(): Promise<void> {
		await this.source.setShowIgnored(this.show);
		if (this.show && this.source.folder?.counts.ignored === 0) {
			vscode.window.setStatusBarMessage('$(eye) Crossread: nothing is ignored yet.', 5000);
		}
	}
}
