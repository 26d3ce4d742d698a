import type { IgnoreFileContent } from '../core/ignore';
import type { ReportFilter } from '../core/report/model';
import type { InputWarning, Position } from '../core/types';
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
import type { IgnoreKey } from '../presentation/ignoreFile';
import type { HighlightOptions } from '../presentation/semanticTokens';
import type { TreeNode } from '../presentation/treeNode';
import type { LspRange } from './snapshot';

export type { DiscrepanciesResult, DiscrepancyItem, DocumentMarks, EntitiesResult, ExportResult, FolderSummary, PassagePicks, ReportResult, SourcesResult, TwoOutletsResult };

/**
 * Crossread's own LSP methods, beside the standard ones: requests for the data of the views, the
 * report and the exports (plain JSON of the presentation and report models), a notification
 * when a comparison lands, and the commands behind the code actions.
 */
export const crossreadMethods = {
	/** `{}` → `DiscrepanciesResult | null`: the Discrepancies view's rows and counts. */
	discrepancies: 'crossread/discrepancies',
	/** `{}` → `SourcesResult | null`: the Sources view's rows. */
	sources: 'crossread/sources',
	/** `{}` → `EntitiesResult | null`: the Entities view's rows. */
	entities: 'crossread/entities',
	/** `{}` → `ReportResult | null`: the report's data and the spellings table. */
	report: 'crossread/report',
	/** `{ format: 'markdown' | 'json' }` → `ExportResult | null`. */
	export: 'crossread/export',
	/** `{}` → `FolderSummary | null`: the folder in numbers and its articles (status bar, pickers). */
	folder: 'crossread/folder',
	/** `{ uri }` → `DocumentMarks | null`: what the editor marks in one article. */
	marks: 'crossread/marks',
	/** `{ uri, offset }` → `PassagePicks | null`: the other outlets' versions of the passage there. */
	passage: 'crossread/passage',
	/** `{ left, right }` (article ids) → `TwoOutletsResult | null`: both articles' claims, aligned. */
	twoOutlets: 'crossread/twoOutlets',
	/** `{ id }` → `TreeNode[]`: the rows under one discrepancy of the Discrepancies view (sent apart in a big folder). */
	discrepancyRows: 'crossread/discrepancyRows',
	/** `{ id }` → `TreeNode[]`: the rows under one row of the Entities view (sent apart in a big folder). */
	entityRows: 'crossread/entityRows',
	/** `{ which: 'listed' | 'ignored', uri?, offset? }` → `DiscrepancyItem[]`. */
	discrepancyList: 'crossread/discrepancyList',
	/** `ClientOptions` → `null`, once applied: the client's own choices (Show Ignored, Add/Remove to Comparison, waiting); the ignore files are read again. */
	configure: 'crossread/configure',
	/** `{}` → `null`, once compared: every file read again and the folder compared from scratch. */
	reanalyse: 'crossread/reanalyse',
	/** Server → client, `{ generation }`: a comparison landed (its generation) or the filter changed (`null`); views ask again. */
	didChange: 'crossread/didChange',
} as const;

/** The commands the server executes (`workspace/executeCommand`). */
export const serverCommands = {
	/** `[{ uri, key, value }]`: adds an entry to `.crossread.json` of the document's workspace folder. */
	ignore: 'crossread.server.ignore',
} as const;

/** What the extension tells the server beyond the settings (`crossread/configure`). */
export interface ClientOptions {
	/** List the ignored discrepancies apart (Show Ignored). */
	showIgnored?: boolean;
	/** Files and folders (URIs) the reader added to or removed from the comparison. */
	overrides?: { included: string[]; excluded: string[] };
	/** The ignore lists and outlet names as the extension reads them (its last valid lists, its problems told): used instead of the server's own reading of the files. */
	ignore?: IgnoreFileContent;
	/** Wait for a command before comparing (a software project, `crossread.files.compareOnOpen`); `false` compares now. */
	paused?: boolean;
}

/** One article to compare, with the text to analyse. */
export interface ArticleInput {
	/** The document's URI. */
	uri: string;
	/** Workspace-relative path, shown to the reader. */
	path: string;
	/** The text: the open document's, else the file's. */
	text: string;
	/** How the file was decoded. */
	encoding: string;
}

/** What one comparison works on. */
export interface CompareInput {
	/** The articles, in folder order. */
	articles: ArticleInput[];
	/** Files skipped while reading. */
	warnings: InputWarning[];
	/** `files.maxFiles` when more files matched than it allows. */
	limitedTo: number | undefined;
	/** Outlet names the reader gave articles (`outletNames` of the folders' `.crossread.json`), by path. */
	outletNames?: Record<string, string>;
	/** The longest one article's analysis may take, in ms per MB of its text (`crossread.analysis.timeLimit`); else the core's default. */
	timeLimitMs?: number;
}

/** What a finished comparison found, in numbers. */
export interface CompareSummary {
	/** Articles compared. */
	articles: number;
	/** Of those, analysed afresh (the rest came from the cache). */
	fresh: number;
	/** Discrepancies found (before the filter). */
	discrepancies: number;
	/** Files skipped. */
	warnings: number;
	/** The articles this comparison analysed and left out (past the time limit, or failed), each once: the server logs them. */
	leftOut: InputWarning[];
	/** The file limit, when it cut the list. */
	limitedTo: number | undefined;
	/** Time taken in the engine. */
	ms: number;
}

/** How the queries present the analysis: set by the server from the settings and the ignore files. */
export interface ServiceOptions {
	/** Least severity, kinds, ignore list and whether ignored ones are listed apart. */
	filter: ReportFilter;
	/** What semantic tokens colour. */
	highlights: HighlightOptions;
	/** Keep the hover card's command links and `$(icon)`s (a client that runs Crossread's commands, like the extension). */
	commandLinks: boolean;
}

/** A hover: the card and what it is about. */
export interface HoverResult {
	/** Markdown. */
	markdown: string;
	/** The passage or figure. */
	range: LspRange;
}

/** An LSP diagnostic as plain data. */
export interface DiagnosticData {
	range: LspRange;
	/** 2 warning, 3 information. */
	severity: 2 | 3;
	source: 'crossread';
	/** The discrepancy's kind. */
	code: string;
	message: string;
	relatedInformation: { location: { uri: string; range: LspRange }; message: string }[];
}

/** The diagnostics of one document. */
export interface DiagnosticsOfDocument {
	uri: string;
	diagnostics: DiagnosticData[];
}

/** A quick fix: an entry to add to the ignore file. */
export interface CodeActionModel {
	/** The action's title. */
	title: string;
	/** Which list and what goes into it. */
	entry: { key: IgnoreKey; value: string };
	/** The discrepancy it sets aside. */
	discrepancy: string;
}

/** The queries an engine answers, by name, with their parameters and results. */
export interface EngineQueries {
	hover: { params: { uri: string; position: Position }; result: HoverResult | undefined };
	semanticTokens: { params: { uri: string }; result: number[] | undefined };
	diagnostics: { params: { offset: number; limit: number }; result: { documents: DiagnosticsOfDocument[]; total: number } };
	codeActions: { params: { uri: string; range: LspRange }; result: CodeActionModel[] };
	discrepancies: { params: Record<string, never>; result: DiscrepanciesResult | undefined };
	sources: { params: Record<string, never>; result: SourcesResult | undefined };
	entities: { params: Record<string, never>; result: EntitiesResult | undefined };
	report: { params: Record<string, never>; result: ReportResult | undefined };
	exportReport: { params: { format: 'markdown' | 'json' }; result: ExportResult | undefined };
	folder: { params: Record<string, never>; result: FolderSummary | undefined };
	marks: { params: { uri: string }; result: DocumentMarks | undefined };
	passage: { params: { uri: string; offset: number }; result: PassagePicks | undefined };
	twoOutlets: { params: { left: string; right: string }; result: TwoOutletsResult | undefined };
	discrepancyList: { params: { which: 'listed' | 'ignored'; uri?: string; offset?: number }; result: DiscrepancyItem[] };
	discrepancyRows: { params: { id: string }; result: TreeNode[] };
	entityRows: { params: { id: string }; result: TreeNode[] };
}

/** A query's name. */
export type QueryName = keyof EngineQueries;

/** Messages from the server to an engine. */
export type ToEngine =
	| { type: 'configure'; options: ServiceOptions }
	| { type: 'compare'; generation: number; input: CompareInput }
	| { type: 'query'; id: number; name: QueryName; params: unknown };

/** Messages from an engine to the server. */
export type FromEngine =
	| { type: 'progress'; generation: number; share: number; message: string }
	| { type: 'compared'; generation: number; summary: CompareSummary }
	| { type: 'stopped'; generation: number }
	| { type: 'failed'; generation: number; message: string }
	| { type: 'reply'; id: number; result?: unknown; error?: string };
