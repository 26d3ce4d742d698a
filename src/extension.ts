import { join } from 'node:path';
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
import { activationClock, logActivationTime } from './features/activationTime';
import { ArticleFiles } from './features/articleFiles';
import { registerArticleLanguage } from './features/articleLanguage';
import { MissingBundleError, requireBundle } from './features/bundles';
import type { ComparisonSource } from './features/comparisonSource';
import { registerContextKeys } from './features/contextKeys';
import { registerDiscrepanciesView } from './features/discrepanciesView';
import { registerDiscrepancyDecorations } from './features/discrepancyDecorations';
import { registerEntitiesView } from './features/entitiesView';
import { registerHostStallLog } from './features/hostStalls';
import { IgnoreFiles } from './features/ignoreFiles';
import { registerLanguageClient, registerServerSwitch, serverEnabled } from './features/languageClient';
import type { registerLocalAnalysis } from './features/localAnalysis';
import { ModelTreeDataProvider } from './features/modelTree';
import { registerPassageWordMarks } from './features/passageWordMarks';
import { registerQuoteDecorations } from './features/quoteDecorations';
import { registerSourcesView } from './features/sourcesView';
import { registerStatusBar } from './features/statusBar';
import { registerTwoOutletsDocuments } from './features/twoOutletsDocuments';
import { ReportPanel } from './report/reportPanel';

/** What `activate` returns: the pieces the integration tests look into. */
export interface CrossreadApi {
	/** Where every surface reads the comparison from: the language server, or the in-process analysis. */
	source: ComparisonSource;
	/** Whether that is the language server. */
	server: boolean;
	/** The workspace's ignore lists (`.crossread.json`). */
	ignoreFiles: IgnoreFiles;
	/** The Discrepancies view's data. */
	discrepancies: ModelTreeDataProvider;
	/** The report webview. */
	report: ReportPanel;
}

/**
 * Activates Crossread: composes the features and returns at once. By default the language
 * server compares (`crossread.server.enabled`), started after activation; otherwise the
 * in-process analysis starts on a timer. Neither runs on the typing path, and every surface
 * reads the one `ComparisonSource`.
 */
export function activate(context: vscode.ExtensionContext): CrossreadApi {
	const activateStart = activationClock();
	const mediaUri = vscode.Uri.joinPath(context.extensionUri, 'media');
	const log = vscode.window.createOutputChannel('Crossread', { log: true });
	const files = new ArticleFiles(context.workspaceState);
	const ignoreFiles = new IgnoreFiles(log);
	const local = serverEnabled() ? undefined : localAnalysis(context, log);
	const server = local === undefined;
	const { source, registration } = local ? local(context, log, files, ignoreFiles) : registerLanguageClient(context, log, files, ignoreFiles);
	const discrepancies = new ModelTreeDataProvider(mediaUri, (node) => source.discrepancyRows(node.id));
	const report = new ReportPanel(source, mediaUri);
	void vscode.commands.executeCommand('setContext', 'crossread.showIgnored', source.showIgnored);

	context.subscriptions.push(
		log,
		ignoreFiles,
		registration,
		report,
		registerServerSwitch(),
		// An ignore file written by hand (or fixed) reaches the server's selection too; the in-process one follows it itself.
		ignoreFiles.onDidChange(() => void source.ignoreListsChanged()),
		registerHostStallLog(source, log),
		registerContextKeys(source),
		registerArticleLanguage(source),
		registerStatusBar(source),
		registerQuoteDecorations(source),
		registerPassageWordMarks(),
		registerTwoOutletsDocuments(source),
		registerDiscrepancyDecorations(source, mediaUri),
		registerDiscrepanciesView(source, ignoreFiles, discrepancies),
		registerSourcesView(source, mediaUri),
		registerEntitiesView(source, mediaUri),
		registerCommands([
			new OpenPassageCommand(source),
			new ShowReportCommand(report),
			new ExportReportCommand(source, 'markdown'),
			new ExportReportCommand(source, 'json'),
			new ComparePassageCommand(source),
			new CompareTwoOutletsCommand(source),
			new GoToDiscrepancyCommand(source, 'next'),
			new GoToDiscrepancyCommand(source, 'previous'),
			new ReanalyseCommand(source),
			new ComparisonMembershipCommand(files, 'add', source),
			new ComparisonMembershipCommand(files, 'remove', source),
			new ShowPanelCommand(),
			new FilterKindsCommand(),
			new FilterSeverityCommand(),
			new IgnoreDiscrepancyCommand(source, ignoreFiles),
			new StopIgnoringCommand(source, ignoreFiles),
			new ToggleIgnoredCommand(source, true),
			new ToggleIgnoredCommand(source, false),
			new IgnoreEntryCommand(source, ignoreFiles, 'acceptSpelling'),
			new IgnoreEntryCommand(source, ignoreFiles, 'stopAcceptingSpelling'),
			new IgnoreEntryCommand(source, ignoreFiles, 'ignoreOutlet'),
			new IgnoreEntryCommand(source, ignoreFiles, 'stopIgnoringOutlet'),
			new NameOutletCommand(source, ignoreFiles),
			new OpenIgnoreFileCommand(ignoreFiles),
			new AddArticlesCommand('url', source, files, log),
			new AddArticlesCommand('clipboard', source, files, log),
		]),
	);
	logActivationTime(log, activateStart, context.extension.id);
	return { source, server, ignoreFiles, discrepancies, report };
}

/**
 * The in-process analysis, a bundle of its own (`dist/local.js`) required only when the language
 * server is off: with it on, activation does not parse the core (a megabyte of code). When it is
 * missing, the user reads one line saying so, and the language server compares instead.
 */
function localAnalysis(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): typeof registerLocalAnalysis | undefined {
	try {
		// eslint-disable-next-line @typescript-eslint/no-require-imports -- a bundle found at run time
		return requireBundle(() => (require(join(context.extensionPath, 'dist', 'local.js')) as { registerLocalAnalysis: typeof registerLocalAnalysis }).registerLocalAnalysis, 'dist/local.js', 'the in-process analysis');
	} catch (error) {
		if (!(error instanceof MissingBundleError)) {
			throw error;
		}
		const message = `${error.message} The language server compares instead (crossread.server.enabled is off).`;
		log.error(message);
		void vscode.window.showErrorMessage(message);
		return undefined;
	}
}

export function deactivate(): void {
	// Everything is released through `context.subscriptions`.
}
