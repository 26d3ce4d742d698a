import type * as vscode from 'vscode';
import type {
	DiscrepanciesResult,
	DiscrepancyItem,
	DocumentMarks,
	EntitiesResult,
	ExportResult,
	FolderSummary,
	PassagePicks,
	ReportResult,
	SourcesResult,
	TwoOutletsResult,
} from '../presentation/folderModels';
import type { TreeNode } from '../presentation/treeNode';

/**
 * Where the extension's surfaces read the comparison from: the language server
 * (`ServerSource`, the default) or the analysis in the extension host (`LocalSource`,
 * `crossread.server.enabled: false`). The views, the marks, the status bar, the report and the
 * commands read only this, so they work alike either way; both answer with the same plain
 * models (`folderQueries`).
 */
export interface ComparisonSource extends vscode.Disposable {
	/** Fires when a comparison landed or what is listed changed (filter, ignore list, Show Ignored); `folder` is up to date by then. */
	readonly onDidChange: vscode.Event<void>;
	/** Fires when the workspace starts or stops waiting for a command (`paused`). */
	readonly onDidChangePaused: vscode.Event<void>;
	/** The latest comparison in numbers; `undefined` until the first one. */
	readonly folder: FolderSummary | undefined;
	/** Whether the first comparison is under way. */
	readonly starting: boolean;
	/** Whether the workspace waits for a command before it is compared (a software project). */
	readonly paused: boolean;
	/** Whether the ignored discrepancies are listed apart (Show Ignored), kept with the workspace. */
	readonly showIgnored: boolean;

	/** Whether a file is one of the compared articles. */
	isArticle(uri: vscode.Uri): boolean;
	/** Resolves once nothing is scheduled or under way, with the latest comparison; compares a waiting workspace. */
	whenIdle(): Promise<FolderSummary | undefined>;
	/** Reads every file again and compares from scratch; resolves once compared. */
	reanalyse(): Promise<void>;
	/** Sets Show Ignored; resolves once every surface has been told. */
	setShowIgnored(value: boolean): Promise<void>;
	/** The reader added files to the comparison or removed some (`ArticleFiles`): resolves once the source has been told. */
	overridesChanged(): Promise<void>;
	/** The ignore files changed (written by a command): resolves once the selection follows them and `onDidChange` has fired. */
	ignoreListsChanged(): Promise<void>;

	discrepancies(): Promise<DiscrepanciesResult | undefined>;
	sources(): Promise<SourcesResult | undefined>;
	entities(): Promise<EntitiesResult | undefined>;
	/** The rows under one discrepancy, when the Discrepancies view was sent without them (a big folder). */
	discrepancyRows(id: string): Promise<TreeNode[]>;
	/** The rows under one row of the Entities view, when the view was sent without them (a big folder). */
	entityRows(id: string): Promise<TreeNode[]>;
	report(): Promise<ReportResult | undefined>;
	exportReport(format: 'markdown' | 'json'): Promise<ExportResult | undefined>;
	/** What to mark in a document, when its text is the one compared; `undefined` otherwise (being edited, not an article). */
	marks(document: vscode.TextDocument): Promise<DocumentMarks | undefined>;
	/** The other outlets' versions of the passage at an offset of a document. */
	passage(document: vscode.TextDocument, offset: number): Promise<PassagePicks | undefined>;
	/** Two articles' claims, aligned. */
	twoOutlets(left: string, right: string): Promise<TwoOutletsResult | undefined>;
	/** The discrepancies listed or ignored; with a document and offset, those with a passage there are `here`. */
	discrepancyList(which: 'listed' | 'ignored', at?: { document: vscode.TextDocument; offset: number }): Promise<DiscrepancyItem[]>;
}
