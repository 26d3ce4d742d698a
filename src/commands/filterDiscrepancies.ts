import * as vscode from 'vscode';
import type { DiscrepancyKind, Severity } from '../core/types';
import { commandIds } from '../presentation/commandIds';
import { discrepancyKinds } from '../presentation/discrepancyFilter';
import { kindTitles } from '../presentation/discrepancyTree';
import { readFilter, writeFilter } from '../features/settings';

/** Filter Discrepancies by Kind…: a multi-select of the kinds shown everywhere (`crossread.discrepancies.kinds`). */
export class FilterKindsCommand {
	readonly id = commandIds.filterKinds;

	async execute(): Promise<void> {
		const shown = readFilter().kinds ?? discrepancyKinds;
		const items = discrepancyKinds.map((kind) => ({ label: kindTitles[kind], description: kind, value: kind, picked: shown.includes(kind) }));
		const picked = await vscode.window.showQuickPick(items, { title: 'Show discrepancies of these kinds', canPickMany: true });
		if (picked) {
			await writeFilter(
				'kinds',
				picked.map((item): DiscrepancyKind => item.value),
			);
		}
	}
}

/** Filter Discrepancies by Severity…: the least severity shown everywhere (`crossread.discrepancies.minSeverity`). */
export class FilterSeverityCommand {
	readonly id = commandIds.filterSeverity;

	async execute(): Promise<void> {
		const current = readFilter().minSeverity ?? 'low';
		const items: { label: string; description: string; severity: Severity }[] = [
			{ label: 'All', description: 'low, medium and high', severity: 'low' },
			{ label: 'Medium and high', description: 'hide low severity', severity: 'medium' },
			{ label: 'High only', description: 'what a reader must check', severity: 'high' },
		];
		const picked = await vscode.window.showQuickPick(
			items.map((item) => ({ ...item, label: item.severity === current ? `$(check) ${item.label}` : item.label })),
			{ title: 'Show discrepancies of at least this severity' },
		);
		if (picked) {
			await writeFilter('minSeverity', picked.severity);
		}
	}
}
