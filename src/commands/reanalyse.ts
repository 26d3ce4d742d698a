import * as vscode from 'vscode';
import { commandIds } from '../presentation/commandIds';
import type { AnalysisService } from '../features/analysisService';

/** Re-analyse: reads every file again and compares the folder from scratch. */
export class ReanalyseCommand {
	readonly id = commandIds.reanalyse;

	constructor(private readonly analysis: AnalysisService) {}

	async execute(): Promise<void> {
		this.analysis.reanalyse();
		await vscode.window.withProgress({ location: { viewId: 'crossread.discrepancies' }, title: 'Re-analysing' }, () => this.analysis.whenIdle());
	}
}
