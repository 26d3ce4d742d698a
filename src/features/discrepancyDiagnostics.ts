import * as vscode from 'vscode';
import { discrepancyDiagnostics } from '../presentation/diagnostics';
import { filterDiscrepancies } from '../presentation/discrepancyFilter';
import type { AnalysisService } from './analysisService';
import type { AnalysisSnapshot } from './analysisSnapshot';
import { toRange } from './ranges';
import { diagnosticsEnabled, onDidChangeSetting, readFilter } from './settings';

/**
 * Lists discrepancies in the Problems view when `crossread.diagnostics.enabled` is on: high
 * severity as warnings, the rest as information, each linking to the other outlets' passages.
 *
 * @returns The collection's registration.
 */
export function registerDiscrepancyDiagnostics(analysis: AnalysisService): vscode.Disposable {
	const collection = vscode.languages.createDiagnosticCollection('crossread');
	const update = () => {
		const snapshot = analysis.current;
		collection.clear();
		if (snapshot && diagnosticsEnabled()) {
			collection.set(diagnosticsOf(snapshot));
		}
	};
	update();
	return vscode.Disposable.from(collection, analysis.onDidChange(update), onDidChangeSetting('crossread.diagnostics', update), onDidChangeSetting('crossread.discrepancies', update));
}

function diagnosticsOf(snapshot: AnalysisSnapshot): [vscode.Uri, vscode.Diagnostic[]][] {
	const shown = filterDiscrepancies(snapshot.comparison.discrepancies, readFilter());
	return snapshot.records.map((record) => [
		record.uri,
		discrepancyDiagnostics(shown, record.id, snapshot.directory).map((model) => {
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
