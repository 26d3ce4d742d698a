import * as vscode from 'vscode';
import { AddArticlesCommand } from './commands/addArticles';
import { registerCommands } from './commands/commandManager';
import { ComparePassageCommand } from './commands/comparePassage';
import { CompareTwoOutletsCommand } from './commands/compareTwoOutlets';
import { ComparisonMembershipCommand } from './commands/comparisonMembership';
import { ExportReportCommand } from './commands/exportReport';
import { FilterKindsCommand, FilterSeverityCommand } from './commands/filterDiscrepancies';
import { GoToDiscrepancyCommand } from './commands/goToDiscrepancy';
import { IgnoreDiscrepancyCommand, StopIgnoringCommand } from './commands/ignoreDiscrepancy';
import { IgnoreEntryCommand } from './commands/ignoreEntry';
import { NameOutletCommand } from './commands/nameOutlet';
import { OpenIgnoreFileCommand } from './commands/openIgnoreFile';
import { OpenPassageCommand } from './commands/openPassage';
import { ReanalyseCommand } from './commands/reanalyse';
import { ShowPanelCommand } from './commands/showPanel';
import { ShowReportCommand } from './commands/showReport';
import { ToggleIgnoredCommand } from './commands/toggleIgnored';
import { AnalysisService } from './features/analysisService';
import { ArticleFiles } from './features/articleFiles';
import { registerArticleLanguage } from './features/articleLanguage';
import { registerContextKeys } from './features/contextKeys';
import { registerDiscrepanciesView } from './features/discrepanciesView';
import { registerDiscrepancyDecorations } from './features/discrepancyDecorations';
import { registerDiscrepancyDiagnostics } from './features/discrepancyDiagnostics';
import { registerEntitiesView } from './features/entitiesView';
import { registerHoverProvider } from './features/hoverProvider';
import { IgnoreFiles } from './features/ignoreFiles';
import { registerLanguageClient, serverEnabled } from './features/languageClient';
import { ModelTreeDataProvider } from './features/modelTree';
import { registerPassageWordMarks } from './features/passageWordMarks';
import { registerQuoteDecorations } from './features/quoteDecorations';
import { registerSemanticTokens } from './features/semanticTokens';
import { ShownDiscrepancies } from './features/shownDiscrepancies';
import { registerSourcesView } from './features/sourcesView';
import { registerStatusBar } from './features/statusBar';
import { registerTwoOutletsDocuments } from './features/twoOutletsDocuments';
import { ReportPanel } from './report/reportPanel';

/** What `activate` returns: the pieces the integration tests look into. */
export interface CrossreadApi {
	/** The analysis of the workspace. */
	analysis: AnalysisService;
	/** The discrepancies every view lists: the filter and the ignore list applied. */
	shown: ShownDiscrepancies;
	/** The workspace's ignore lists (`.crossread.json`). */
	ignoreFiles: IgnoreFiles;
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
	const ignoreFiles = new IgnoreFiles(log);
	const analysis = new AnalysisService(files, log, ignoreFiles);
	const shown = new ShownDiscrepancies(analysis, ignoreFiles, context.workspaceState);
	const discrepancies = new ModelTreeDataProvider(mediaUri);
	const report = new ReportPanel(analysis, shown, mediaUri);
	const uriOfArticle = (article: string) => analysis.current?.record(article)?.uri;
	// Only schedules the first analysis: it runs once activation has returned, with every view listening.
	// With the language server on (experimental), the server compares and this analysis stays unstarted.
	if (!serverEnabled()) {
		analysis.start();
	}

	context.subscriptions.push(
		log,
		analysis,
		ignoreFiles,
		shown,
		report,
		registerLanguageClient(context, log),
		registerContextKeys(analysis),
		registerArticleLanguage(analysis),
		registerStatusBar(analysis, shown),
		registerHoverProvider(analysis, shown),
		registerSemanticTokens(analysis),
		registerQuoteDecorations(analysis),
		registerPassageWordMarks(),
		registerTwoOutletsDocuments(analysis),
		registerDiscrepancyDecorations(analysis, shown, mediaUri),
		registerDiscrepancyDiagnostics(shown),
		registerDiscrepanciesView(shown, discrepancies),
		registerSourcesView(shown, mediaUri),
		registerEntitiesView(shown, mediaUri),
		registerCommands([
			new OpenPassageCommand(analysis),
			new ShowReportCommand(report),
			new ExportReportCommand(analysis, shown, 'markdown'),
			new ExportReportCommand(analysis, shown, 'json'),
			new ComparePassageCommand(analysis),
			new CompareTwoOutletsCommand(analysis),
			new GoToDiscrepancyCommand(analysis, shown, 'next'),
			new GoToDiscrepancyCommand(analysis, shown, 'previous'),
			new ReanalyseCommand(analysis),
			new ComparisonMembershipCommand(files, 'add', uriOfArticle),
			new ComparisonMembershipCommand(files, 'remove', uriOfArticle),
			new ShowPanelCommand(),
			new FilterKindsCommand(),
			new FilterSeverityCommand(),
			new IgnoreDiscrepancyCommand(analysis, shown, ignoreFiles),
			new StopIgnoringCommand(shown, ignoreFiles),
			new ToggleIgnoredCommand(shown, true),
			new ToggleIgnoredCommand(shown, false),
			new IgnoreEntryCommand(shown, ignoreFiles, 'acceptSpelling'),
			new IgnoreEntryCommand(shown, ignoreFiles, 'stopAcceptingSpelling'),
			new IgnoreEntryCommand(shown, ignoreFiles, 'ignoreOutlet'),
			new IgnoreEntryCommand(shown, ignoreFiles, 'stopIgnoringOutlet'),
			new NameOutletCommand(analysis, ignoreFiles),
			new OpenIgnoreFileCommand(ignoreFiles),
			new AddArticlesCommand('url', analysis, files, log),
			new AddArticlesCommand('clipboard', analysis, files, log),
		]),
	);
	return { analysis, shown, ignoreFiles, discrepancies, report };
}

export function deactivate(): void {
	// Everything is released through `context.subscriptions`.
}
