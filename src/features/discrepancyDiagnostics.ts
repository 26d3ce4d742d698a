import * as vscode from 'vscode';
import { discrepancyDiagnostics } from '../presentation/diagnostics';
import type { AnalysisSnapshot } from './analysisSnapshot';
import { toRange } from './ranges';
import { diagnosticsEnabled, onDidChangeSetting } from './settings';
import type { Shown, ShownDiscrepancies } from './shownDiscrepancies';

/**
 * Lists discrepancies in the Problems view when `crossread.diagnostics.enabled` is on: high
 * severity as warnings, the rest as information, each linking to the other outlets' passages.
 * Only the discrepancies listed: not those the filter hides or the reader ignored.
 *
 * @returns The collection's registration.
 */
export function registerDiscrepancyDiagnostics(selection: ShownDiscrepancies): vscode.Disposable {
	const collection = vscode.languages.createDiagnosticCollection('crossread');
	const update = () => {
		const current = selection.current;
		collection.clear();
		if (current && diagnosticsEnabled()) {
			collection.set(diagnosticsOf(current.snapshot, current.shown));
		}
	};
	update();
	return vscode.Disposable.from(collection, selection.onDidChange(update), onDidChangeSetting('crossread.diagnostics', update));
}

function diagnosticsOf(snapshot: AnalysisSnapshot, shown: Shown): [vscode.Uri, vscode.Diagnostic[]][] {
	return snapshot.records.map((record) => [
		record.uri,
		discrepancyDiagnostics(shown.listed, record.id, snapshot.directory).map((model) => {
			const diagnostic = new vscode.Diagnostic(toRange(snapshot.lines(record.id), model), model.message, model.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information);
			diagnostic.source = 'crossread';
			diagnostic.code = model.code;
			diagnostic.relatedInformation = model.related.flatMap((related) => {
				const other = snapshot.record(related.article);
				return other ? [new vscode.DiagnosticRelatedInformation(new vscode.Location(other.uri, toRange(snapshot.lines(other.id), related)), related.message)] : [];
			});
			return diagnostic;
		}),
	]);
}
