import * as vscode from 'vscode';
import type { ReportFilter } from '../core/report/model';
import type { DiscrepancyKind, Severity } from '../core/types';
import { sanitizeFilter } from '../presentation/discrepancyFilter';
import type { HighlightOptions } from '../presentation/semanticTokens';
import { defaultArticleGlob } from '../core/load';

/** Which files a workspace folder compares (`crossread.files.*`). */
export interface FileSettings {
	/** Glob of article files. */
	include: string;
	/** Globs never compared. */
	exclude: string[];
	/** The most files compared at once. */
	maxFiles: number;
}

/** Reads `crossread.files.*` for a workspace folder. */
export function readFileSettings(folder: vscode.WorkspaceFolder): FileSettings {
	const config = vscode.workspace.getConfiguration('crossread.files', folder.uri);
	return {
		include: config.get('include', defaultArticleGlob),
		exclude: config.get<string[]>('exclude', []),
		maxFiles: Math.max(1, config.get('maxFiles', 500)),
	};
}

/** Reads `crossread.analysis.timeLimit` (seconds per article and per MB of its text) in milliseconds. */
export function readTimeLimitMs(): number {
	const seconds = vscode.workspace.getConfiguration('crossread.analysis').get('timeLimit', 5);
	return (typeof seconds === 'number' && seconds > 0 ? seconds : 5) * 1000;
}

/** Reads `crossread.files.compareOnOpen` (`auto`, `always` or `never`; anything else reads as `auto`). */
export function readCompareOnOpen(): unknown {
	return vscode.workspace.getConfiguration('crossread.files').get('compareOnOpen', 'auto');
}

/** Reads `crossread.highlights.*` for a document: what gets coloured, and whether discrepancies are underlined. */
export function readHighlights(uri: vscode.Uri): HighlightOptions & { discrepancies: boolean } {
	const config = vscode.workspace.getConfiguration('crossread.highlights', uri);
	return { quotes: config.get('quotes', true), figures: config.get('figures', true), entities: config.get('entities', true), discrepancies: config.get('discrepancies', true) };
}

/**
 * Reads the discrepancy filter (`crossread.discrepancies.minSeverity`, default `medium` like the
 * command line, and `.kinds`). Views do not call this: they list through `ShownDiscrepancies`,
 * which adds the ignore list.
 */
export function readFilter(): Pick<ReportFilter, 'minSeverity' | 'kinds'> {
	const config = vscode.workspace.getConfiguration('crossread.discrepancies');
	return sanitizeFilter(config.get('minSeverity'), config.get('kinds'));
}

/** Writes part of the discrepancy filter where the user keeps it: the workspace when one is open. */
export async function writeFilter(key: 'minSeverity' | 'kinds', value: Severity | DiscrepancyKind[]): Promise<void> {
	const target = vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
	await vscode.workspace.getConfiguration('crossread.discrepancies').update(key, value, target);
}

/** Whether discrepancies also go to the Problems view (`crossread.diagnostics.enabled`). */
export function diagnosticsEnabled(): boolean {
	return vscode.workspace.getConfiguration('crossread.diagnostics').get('enabled', false);
}

/**
 * Calls back when a Crossread setting under a section changes.
 *
 * @param section `crossread.files`, `crossread.highlights`…
 */
export function onDidChangeSetting(section: string, listener: () => void): vscode.Disposable {
	return vscode.workspace.onDidChangeConfiguration((event) => {
		if (event.affectsConfiguration(section)) {
			listener();
		}
	});
}
