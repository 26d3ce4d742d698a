import * as vscode from 'vscode';
import { AnalysisService } from './analysisService';
import type { ArticleFiles } from './articleFiles';
import { registerDiscrepancyDiagnostics } from './discrepancyDiagnostics';
import { registerHoverProvider } from './hoverProvider';
import type { IgnoreFiles } from './ignoreFiles';
import { LocalSource } from './localSource';
import { registerSemanticTokens } from './semanticTokens';
import { ShownDiscrepancies } from './shownDiscrepancies';

/**
 * The fallback of `crossread.server.enabled: false`: the comparison runs in the extension host,
 * and the hover cards, colours and the Problems view come from it (with the server on, the
 * language client serves those). The first comparison is only scheduled here: it runs once
 * activation has returned, with every view listening.
 *
 * @returns The source the surfaces read, and the registration of the analysis and its providers.
 */
export function registerLocalAnalysis(context: vscode.ExtensionContext, log: vscode.LogOutputChannel, files: ArticleFiles, ignoreFiles: IgnoreFiles): { source: LocalSource; registration: vscode.Disposable } {
	const analysis = new AnalysisService(files, log, ignoreFiles);
	const shown = new ShownDiscrepancies(analysis, ignoreFiles, context.workspaceState);
	const source = new LocalSource(analysis, shown);
	analysis.start();
	return {
		source,
		registration: vscode.Disposable.from(analysis, shown, registerHoverProvider(analysis, shown), registerSemanticTokens(analysis), registerDiscrepancyDiagnostics(shown)),
	};
}
