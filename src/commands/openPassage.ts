import * as vscode from 'vscode';
import { commandIds } from '../presentation/commandIds';
import type { ComparisonSource } from '../features/comparisonSource';
import { isPassageTarget, showPassage } from '../features/showPassage';

/** Opens a passage with its range selected: beside the current editor from a hover card, in it from a tree row. */
export class OpenPassageCommand {
	readonly id = commandIds.openPassage;

	constructor(private readonly source: ComparisonSource) {}

	async execute(target: unknown): Promise<void> {
		if (isPassageTarget(target)) {
			await showPassage(this.source, target, target.beside ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active);
		}
	}
}
