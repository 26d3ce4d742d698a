import { comparePassageAt } from '../core/compare/lookup';
import { variantForms } from '../core/entities/variantForms';
import type { IgnoreList } from '../core/ignore';
import { formatJson } from '../core/report/controlCharacters';
import { formatMarkdown } from '../core/report/formatMarkdown';
import { buildReport, type DiscrepancySelection, type ReportFilter } from '../core/report/model';
import { countOutlets } from './articleDirectory';
import type { ComparedFolder } from './comparedFolder';
import { describeHidden } from './discrepancyFilter';
import { discrepancyMarks } from './discrepancyMarks';
import { buildDiscrepancyTree } from './discrepancyTree';
import { buildEntityTree } from './entityTree';
import { ignoringEntries } from './ignoreFile';
import { outletPicks } from './outletPicks';
import { buildSourceTree } from './sourceTree';
import { deferChildren, type TreeNode } from './treeNode';
import { firstRows, rowsUnder } from './treePaging';
import { alignTwoOutlets } from './twoOutlets';
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
} from './folderModels';

/** One comparison as both front ends query it: the folder, its documents' keys, and the selection the filter makes. */
export interface QueryContext<A extends { id: string; text: string }> {
	/** The finished comparison. */
	folder: ComparedFolder<A>;
	/** An article's document, as a URI string. */
	uriOf(article: A): string;
	/** The discrepancies listed and ignored under `filter`. */
	shown: DiscrepancySelection;
	/** The filter in effect. */
	filter: ReportFilter;
	/** Which comparison this is: a new one has a higher number, a new filter alone keeps it. */
	generation: number;
}

type Context = QueryContext<{ id: string; text: string }>;

/**
 * The most rows the Discrepancies view is sent at once. A folder of six outlets has a few
 * hundred; one of 500 outlets has hundreds of thousands (every outlet's passage under each
 * discrepancy): then each discrepancy's passages are sent as its row opens, and when the
 * discrepancies alone are too many (2,700), each kind's discrepancies as the kind opens.
 */
const maxEagerRows = 1_000;

/**
 * What every view of the editor shows, made from one comparison with no editor in it: the
 * extension's in-process analysis and the language server answer the same queries with these
 * functions, so the two never drift apart. Each result is plain JSON.
 */
export const folderQueries = {
	/** The folder in numbers, and its articles: the status bar, the context keys, the pickers. */
	folder(context: Context): FolderSummary {
		const { folder, shown } = context;
		return {
			generation: context.generation,
			articles: folder.articles.map((article) => {
				const entry = folder.directory.get(article.id);
				return { id: article.id, uri: context.uriOf(article), path: entry?.path ?? article.id, outlet: entry?.outlet ?? article.id, outletName: folder.outletName(article.id), date: entry?.date };
			}),
			outlets: countOutlets(folder.corpus),
			counts: shown.counts,
			limitedTo: folder.limitedTo ?? null,
			warnings: folder.corpus.warnings,
		};
	},

	/**
	 * The Discrepancies view's rows (the ignored ones apart while `showIgnored` is on) and counts;
	 * in a tree of more than `maxEagerRows` rows, the rows below are left for `discrepancyRows`
	 * to give when their parent opens.
	 */
	discrepancies(context: Context): DiscrepanciesResult {
		const { folder, shown, filter } = context;
		const tree = buildDiscrepancyTree(shown.listed, folder.directory, filter.showIgnored ? shown.ignored : []);
		// A kind sent without its discrepancies opens closed: the view asks for them when it opens.
		const roots = firstRows(tree, maxEagerRows).map((group) => (group.childCount === undefined ? group : { ...group, expanded: false }));
		return { roots, counts: shown.counts, hidden: describeHidden(shown.counts) ?? null, articles: articleUris(context), outlets: countOutlets(folder.corpus) };
	},

	/**
	 * The rows under one row of the Discrepancies view that was sent without them: a kind's
	 * discrepancies (`kind:figure`) or the ignored ones (`ignored`), each without its passages;
	 * or one discrepancy's passages (by its id, or its row's id).
	 */
	discrepancyRows(context: Context, row: string): TreeNode[] {
		const { folder, shown } = context;
		if (row.startsWith('kind:')) {
			return deferChildren(buildDiscrepancyTree(shown.listed.filter((discrepancy) => `kind:${discrepancy.kind}` === row), folder.directory)[0]?.children ?? [], 0);
		}
		if (row === 'ignored') {
			return deferChildren(buildDiscrepancyTree([], folder.directory, shown.ignored)[0]?.children ?? [], 0);
		}
		const id = row.replace(/^(?:ignored:)?discrepancy:/, '');
		const listed = shown.listed.filter((discrepancy) => discrepancy.id === id);
		const ignored = listed.length > 0 ? [] : shown.ignored.filter((discrepancy) => discrepancy.id === id);
		const tree = buildDiscrepancyTree(listed, folder.directory, ignored);
		return tree.flatMap((group) => group.children).find((node) => node.discrepancy === id)?.children ?? [];
	},

	/** The Sources view's rows: each article, then each file skipped and why. */
	sources(context: Context): SourcesResult {
		const { folder, shown, filter } = context;
		return { roots: buildSourceTree(folder.corpus, shown.listed, folder.directory, filter.ignore?.outlets), limitedTo: folder.limitedTo ?? null, articles: articleUris(context), outlets: countOutlets(folder.corpus) };
	},

	/**
	 * The Entities view's rows: each identity with its spellings and who writes them so; in a tree
	 * of more than `maxEagerRows` rows, the rows below are left for `entityRows` (`firstRows`).
	 */
	entities(context: Context): EntitiesResult {
		return { roots: firstRows(entityTree(context), maxEagerRows), articles: articleUris(context) };
	},

	/** The rows under one row of the Entities view that was sent without them: an identity's spellings, or a spelling's outlets. */
	entityRows(context: Context, row: string): TreeNode[] {
		return rowsUnder(entityTree(context), row, maxEagerRows);
	},

	/** The report's data (the command line's JSON), each identity's spellings and the texts its passages quote. */
	report(context: Context): ReportResult {
		const { folder, filter } = context;
		const report = buildReport(folder.corpus, folder.comparison, filter);
		const quoted = new Set([...report.discrepancies, ...(report.ignored ?? [])].flatMap((discrepancy) => discrepancy.mentions.map((mention) => mention.article)));
		return {
			report,
			spellings: folder.corpus.entities.map((entity) => [entity.id, variantForms(entity)]),
			texts: folder.articles.filter((article) => quoted.has(article.id)).map((article) => [article.id, article.text]),
			articles: articleUris(context),
		};
	},

	/** The report as the command line writes it (`--format markdown|json`). */
	exportReport(context: Context, format: 'markdown' | 'json'): ExportResult {
		const report = buildReport(context.folder.corpus, context.folder.comparison, context.filter);
		return { format, text: format === 'json' ? formatJson(report) : formatMarkdown(report) };
	},

	/** What the editor marks in one article: the listed discrepancies' places and the direct speech, as offsets into the text analysed. */
	marks(context: Context, article: { id: string; text: string }): DocumentMarks {
		const analysis = context.folder.corpus.articles.find(({ parsed }) => parsed.article.id === article.id);
		return {
			text: article.text,
			marks: discrepancyMarks(context.shown.listed, article.id).map((mark) => ({
				start: mark.start,
				end: mark.end,
				differs: mark.differs,
				discrepancy: { id: mark.discrepancy.id, summary: mark.discrepancy.summary, kind: mark.discrepancy.kind },
				mention: { start: mark.mention.start, end: mark.mention.end },
			})),
			speech: (analysis?.quotes ?? []).filter((quote) => quote.direct && quote.kind === 'speech').map(({ start, end }) => ({ start, end })),
		};
	},

	/** The other outlets' versions of the passage at an offset (Compare Passage), those that differ first. */
	passage(context: Context, article: string, offset: number): PassagePicks {
		const { folder } = context;
		const comparison = comparePassageAt(folder.comparison, article, offset, folder.articleIds);
		return { inPassage: comparison !== undefined, picks: comparison ? outletPicks(comparison, folder.directory, offset) : [] };
	},

	/** Two articles' claims, one a line, aligned (Compare Two Outlets); `undefined` when either is no longer compared. */
	twoOutlets(context: Context, left: string, right: string): TwoOutletsResult | undefined {
		const { folder } = context;
		const [a, b] = [folder.directory.get(left), folder.directory.get(right)];
		return a && b ? alignTwoOutlets(folder.comparison.claims, { left: { id: a.id, text: a.text }, right: { id: b.id, text: b.text } }) : undefined;
	},

	/**
	 * The discrepancies listed, or those ignored (each with the rule of the ignore list that sets
	 * it aside), for the pickers of Ignore and Stop Ignoring; `here` marks those with a passage
	 * at the offset of the article given.
	 */
	discrepancyList(context: Context, which: 'listed' | 'ignored', at?: { article: string; offset: number }): DiscrepancyItem[] {
		const { folder, shown } = context;
		const list: IgnoreList = context.filter.ignore ?? {};
		const discrepancies = which === 'listed' ? shown.listed : shown.ignored;
		return discrepancies.map((discrepancy) => {
			const odd = discrepancy.mentions.find((mention) => mention.odd) ?? discrepancy.mentions[0];
			const oddArticle = odd ? folder.article(odd.article) : undefined;
			const entries = which === 'ignored' ? ignoringEntries(discrepancy, list, (id) => folder.outletName(id)) : undefined;
			return {
				id: discrepancy.id,
				kind: discrepancy.kind,
				severity: discrepancy.severity,
				summary: discrepancy.summary,
				reason: discrepancy.reason,
				confidence: discrepancy.confidence,
				texts: discrepancy.mentions.map((mention) => mention.text),
				uri: oddArticle ? context.uriOf(oddArticle) : undefined,
				here: at !== undefined && discrepancy.mentions.some((mention) => mention.article === at.article && mention.start <= at.offset && at.offset <= mention.end),
				...('ignoredBy' in discrepancy ? { ignoredBy: (discrepancy as { ignoredBy: string }).ignoredBy } : {}),
				...(entries ? { entries } : {}),
			};
		});
	},
};

function articleUris(context: Context): { id: string; uri: string }[] {
	return context.folder.articles.map((article) => ({ id: article.id, uri: context.uriOf(article) }));
}

/** The whole Entities tree of a comparison, the spellings the reader accepted marked so. */
function entityTree({ folder, filter }: Context): TreeNode[] {
	return buildEntityTree(folder.corpus.entities, folder.directory, filter.ignore?.names);
}
