import * as vscode from 'vscode';
import { registerCommands } from './commands/commandManager';
import { ComparePassageCommand } from './commands/comparePassage';
import { ComparisonMembershipCommand } from './commands/comparisonMembership';
import { ExportReportCommand } from './commands/exportReport';
import { FilterKindsCommand, FilterSeverityCommand } from './commands/filterDiscrepancies';
import { GoToDiscrepancyCommand } from './commands/goToDiscrepancy';
import { OpenPassageCommand } from './commands/openPassage';
import { ReanalyseCommand } from './commands/reanalyse';
import { ShowPanelCommand } from './commands/showPanel';
import { ShowReportCommand } from './commands/showReport';
import { AnalysisService } from './features/analysisService';
import { ArticleFiles } from './features/articleFiles';
import { registerContextKeys } from './features/contextKeys';
import { registerDiscrepanciesView } from './features/discrepanciesView';
import { registerDiscrepancyDecorations } from './features/discrepancyDecorations';
import { registerDiscrepancyDiagnostics } from './features/discrepancyDiagnostics';
import { registerEntitiesView } from './features/entitiesView';
import { registerHoverProvider } from './features/hoverProvider';
import { ModelTreeDataProvider } from './features/modelTree';
import { registerSemanticTokens } from './features/semanticTokens';
import { registerSourcesView } from './features/sourcesView';
import { registerStatusBar } from './features/statusBar';
import { ReportPanel } from './report/reportPanel';

/** What `activate` returns: the pieces the integration tests look into. */
export interface CrossreadApi {
	/** The analysis of the workspace. */
	analysis: AnalysisService;
	/** The Discrepancies view's data. */
	discrepancies: ModelTreeDataProvider;
	/** The report webview. */
	report: ReportPanel;
}

/**
 * Activates Crossread: composes the features and returns at once. The analysis itself starts
 * on a timer, after activation, and never runs on the typing path.
 */
export function activate(context: vscode.ExtensionContext): CrossreadApi {
	const mediaUri = vscode.Uri.joinPath(context.extensionUri, 'media');
	const log = vscode.window.createOutputChannel('Crossread', { log: true });
	const files = new ArticleFiles(context.workspaceState);
	const analysis = new AnalysisService(files, log);
	const discrepancies = new ModelTreeDataProvider(mediaUri);
	const report = new ReportPanel(analysis, mediaUri);
	const uriOfArticle = (article: string) => analysis.current?.record(article)?.uri;
	// Only schedules the first analysis: it runs once activation has returned, with every view listening.
	analysis.start();

	context.subscriptions.push(
		log,
		analysis,
		report,
		registerContextKeys(analysis),
		registerStatusBar(analysis),
		registerHoverProvider(analysis),
		registerSemanticTokens(analysis),
		registerDiscrepancyDecorations(analysis, mediaUri),
		registerDiscrepancyDiagnostics(analysis),
		registerDiscrepanciesView(analysis, discrepancies),
		registerSourcesView(analysis, mediaUri),
		registerEntitiesView(analysis, mediaUri),
		registerCommands([
			new OpenPassageCommand(analysis),
			new ShowReportCommand(report),
			new ExportReportCommand(analysis, 'markdown'),
			new ExportReportCommand(analysis, 'json'),
			new ComparePassageCommand(analysis),
			new GoToDiscrepancyCommand(analysis, 'next'),
			new GoToDiscrepancyCommand(analysis, 'previous'),
			new ReanalyseCommand(analysis),
			new ComparisonMembershipCommand(files, 'add', uriOfArticle),
			new ComparisonMembershipCommand(files, 'remove', uriOfArticle),
			new ShowPanelCommand(),
			new FilterKindsCommand(),
			new FilterSeverityCommand(),
		]),
	);
	return { analysis, discrepancies, report };
}

export function deactivate(): void {
	// Everything is released through `context.subscriptions`.
}
