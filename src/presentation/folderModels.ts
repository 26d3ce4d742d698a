import type { DiscrepancyCounts, Report } from '../core/report/model';
import type { Discrepancy, DiscrepancyKind, InputWarning, Span } from '../core/types';
import type { IgnoreEntries } from './ignoreFile';
import type { OutletPick } from './outletPicks';
import type { TreeNode } from './treeNode';
import type { TwoSides } from './twoOutlets';

/**
 * The plain JSON the editor's surfaces read (`folderQueries`): the language server sends these
 * over the protocol (`crossread/…` requests), and the in-process analysis makes the same.
 */

/** An article of the folder, as the pickers and the context keys name it. */
export interface FolderArticle {
	/** `Article.id`. */
	id: string;
	/** Its document. */
	uri: string;
	/** Its path as the analysis was given it. */
	path: string;
	/** Its outlet's label, unique in the folder (`Tidewire [tidewire-2]`). */
	outlet: string;
	/** Its outlet's name as the ignore list's `outlets` match it (`Tidewire`). */
	outletName: string;
	/** Its date, when it gives one. */
	date?: string;
}

/** `crossread/folder`: the latest comparison in numbers. */
export interface FolderSummary {
	/** Which comparison: a new comparison has a higher number; a new filter keeps it. */
	generation: number;
	/** The articles compared, in folder order. */
	articles: FolderArticle[];
	/** Distinct outlets among them. */
	outlets: number;
	/** The discrepancies found, listed and set aside. */
	counts: DiscrepancyCounts;
	/** The file limit, when it cut the list. */
	limitedTo: number | null;
	/** Files skipped, and why. */
	warnings: InputWarning[];
}

/** Article ids and their documents: tree rows and report passages name articles by id. */
interface WithArticles {
	articles: { id: string; uri: string }[];
}

/** `crossread/discrepancies`. */
export interface DiscrepanciesResult extends WithArticles {
	roots: TreeNode[];
	counts: DiscrepancyCounts;
	/** "4 less severe hidden · 2 ignored", or `null` when everything is listed. */
	hidden: string | null;
	/** Distinct outlets. */
	outlets: number;
}

/** `crossread/sources`. */
export interface SourcesResult extends WithArticles {
	roots: TreeNode[];
	/** The file limit, when it cut the list. */
	limitedTo: number | null;
	/** Distinct outlets. */
	outlets: number;
}

/** `crossread/entities`. */
export interface EntitiesResult extends WithArticles {
	roots: TreeNode[];
}

/** `crossread/report`. */
export interface ReportResult extends WithArticles {
	report: Report;
	/** Each identity's spellings and the articles that write them so (`variantForms`), for `renderReportHtml`. */
	spellings: [string, { form: string; articles: string[] }[]][];
	/** The texts of the articles the report quotes, for the passages' context. */
	texts: [string, string][];
}

/** `crossread/export`. */
export interface ExportResult {
	format: 'markdown' | 'json';
	text: string;
}

/** One place a listed discrepancy marks in an article (`discrepancyMarks`), as offsets. */
export interface MarkData extends Span {
	/** This article differs there, or sides with the majority. */
	differs: boolean;
	/** The discrepancy. */
	discrepancy: { id: string; summary: string; kind: DiscrepancyKind };
	/** This article's passage of it. */
	mention: Span;
}

/** `crossread/marks`: what the editor marks in one article. */
export interface DocumentMarks {
	/** The text analysed: the marks apply only while the document still has it. */
	text: string;
	/** The listed discrepancies' places, in document order. */
	marks: MarkData[];
	/** Direct speech. */
	speech: Span[];
}

/** `crossread/passage`: the other outlets' versions of the passage at the cursor. */
export interface PassagePicks {
	/** Whether the cursor is in a passage of the comparison. */
	inPassage: boolean;
	/** One row per other outlet that reports it, those that differ first. */
	picks: OutletPick[];
}

/** `crossread/twoOutlets`. */
export type TwoOutletsResult = TwoSides;

/** `crossread/discrepancyList`: a discrepancy as a picker lists it (what the core says of it, and where it stands). */
export interface DiscrepancyItem extends Pick<Discrepancy, 'id' | 'kind' | 'severity' | 'summary' | 'reason' | 'confidence'> {
	/** Each outlet's wording. */
	texts: string[];
	/** The document of the article that differs (whose folder's ignore file it goes into). */
	uri?: string;
	/** It has a passage at the offset asked about. */
	here: boolean;
	/** An ignored one: the rule that matched. */
	ignoredBy?: string;
	/** An ignored one: the entries of the ignore list that set it aside. */
	entries?: IgnoreEntries;
}
