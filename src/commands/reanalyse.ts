import * as vscode from 'vscode';
import { commandIds } from '../presentation/commandIds';
import type { ComparisonSource } from '../features/comparisonSource';

/** Re-analyse: reads every file again and compares the folder from scratch (and compares a workspace that waited). */
export class ReanalyseCommand {
	readonly id = commandIds.reanalyse;

	constructor(private readonly source: ComparisonSource) {}

	async execute(): Promise<void> {
		await vscode.window.withProgress({ location: { viewId: 'crossread.discrepancies' }, title: 'Re-analysing' }, () => this.source.reanalyse());
	}
}
