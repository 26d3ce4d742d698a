import type { Comparison } from '../compare/compare';
import { applyIgnoreList, type IgnoreList } from '../ignore';
import { LineIndex } from '../lineIndex';
import type { CorpusAnalysis, Discrepancy, DiscrepancyKind, Position, Severity, Span } from '../types';

/** A range in a report: 0-based line and UTF-16 character, plus the exact text there. */
export interface ReportRange {
	/** Where it starts. */
	start: Position;
	/** Where it ends (exclusive). */
	end: Position;
	/** Exactly the file's text in that range. */
	text: string;
}

/**
 * The report's JSON shape (`crossread report --format json`). Later versions add fields, never
 * rename them. Version 2 took `missing` out of each discrepancy: the outlets that do not report a
 * discrepancy's claim are the articles that are not among that claim's members (`missingOutlets`).
 * A list per discrepancy repeated a claim's missing outlets in each of its discrepancies: at
 * 10,000 articles, billions of ids, more than a report can hold.
 */
export interface Report {
	/** Shape version. */
	version: 2;
	/** One entry per article analysed. */
	articles: { id: string; path: string; outlet: string; date: string | null; title: string | null; byline: string | null; encoding: string; boilerplate: ReportRange[] }[];
	/** Every quotation. */
	quotes: ({ article: string; speaker: string | null; speakerHint: string | null; direct: boolean; kind: string; closed: boolean; source: string | null; addressee: string | null } & ReportRange)[];
	/** Every figure. */
	figures: ({ article: string; kind: string; value: number; unit: string; high: number | null; iso: string | null } & ReportRange)[];
	/** Every identity, with each mention. */
	entities: { id: string; type: string; name: string; forms: string[]; mentions: ({ article: string } & ReportRange)[] }[];
	/** Disagreements between outlets, highest rank first (those the filter and ignore list leave). */
	discrepancies: ReportDiscrepancy[];
	/** How many discrepancies there are, and why some are not listed: nothing is left out silently. */
	counts: DiscrepancyCounts;
	/** Discrepancies set aside by the ignore list (only with `showIgnored`), each with the rule that matched. */
	ignored?: (ReportDiscrepancy & { ignoredBy: string })[];
	/** Aligned claims: passages of different outlets that report the same thing. */
	claims: { id: string; kind: string; label: string; members: ({ article: string; score: number } & ReportRange)[] }[];
	/** Who reports what: one row per claim carried by several outlets or by one with substance. */
	coverage: { outlets: string[]; rows: { claim: string; label: string; articles: string[] }[] };
	/** Files skipped or read with a caveat. */
	warnings: { path: string; message: string }[];
}

/** A discrepancy in the report. */
export interface ReportDiscrepancy {
	id: string;
	kind: DiscrepancyKind;
	severity: Severity;
	summary: string;
	reason: string;
	confidence: number;
	/** The claim the passages belong to (`Report.claims`); the outlets missing from it are those not among its members. */
	claim: string | null;
	mentions: ({ article: string; path: string; variant: string; odd: boolean } & ReportRange)[];
}

/** Which discrepancies a report lists. */
export interface ReportFilter {
	/** Leave out what is less severe (default: `low`, everything). */
	minSeverity?: Severity;
	/** Only these kinds (default: all). */
	kinds?: DiscrepancyKind[];
	/** What the reader chose to ignore (default: nothing). */
	ignore?: IgnoreList;
	/** List the ignored discrepancies too, apart (default: only count them). */
	showIgnored?: boolean;
}

/** How many discrepancies there are, and why some are not listed. */
export interface DiscrepancyCounts {
	/** Every discrepancy the comparison found. */
	found: number;
	/** Those listed. */
	listed: number;
	/** Not ignored, of a wanted kind or not, but less severe than `minSeverity`. */
	belowSeverity: number;
	/** Not ignored and severe enough, but of a kind not wanted. */
	otherKinds: number;
	/** Set aside by the ignore list, whatever their severity and kind. */
	ignored: number;
}

/** The discrepancies a filter lists, and those it sets aside, counted by why. */
export interface DiscrepancySelection {
	/** Listed: not ignored, severe enough and of a wanted kind; in rank order. */
	listed: Discrepancy[];
	/** Set aside by the ignore list (whatever their severity and kind), each with the rule that matched; in rank order. */
	ignored: (Discrepancy & { ignoredBy: string })[];
	/** The counts. */
	counts: DiscrepancyCounts;
}

const severityOrder: Severity[] = ['low', 'medium', 'high'];

/**
 * Chooses the discrepancies a reader sees: the ignore list sets some aside first, then the
 * least severity and the kinds leave out others. The report, the command line and every view
 * of the editor list through this one function, so they always agree, and each counts what it
 * does not list.
 *
 * @param discrepancies Ranked discrepancies.
 * @param filter Least severity, kinds and ignore list (default: everything listed).
 * @param outletOf The outlet name of an article id, for the ignore list's `outlets` (default: the id).
 * @returns What is listed, what is ignored, and the counts.
 */
export function selectDiscrepancies(discrepancies: readonly Discrepancy[], filter: ReportFilter = {}, outletOf: (article: string) => string = (article) => article): DiscrepancySelection {
	const { kept, ignored } = applyIgnoreList([...discrepancies], filter.ignore ?? {}, outletOf);
	const least = severityOrder.indexOf(filter.minSeverity ?? 'low');
	const severeEnough = (discrepancy: Discrepancy) => severityOrder.indexOf(discrepancy.severity) >= least;
	const kindWanted = (discrepancy: Discrepancy) => !filter.kinds || filter.kinds.includes(discrepancy.kind);
	const listed = kept.filter((discrepancy) => severeEnough(discrepancy) && kindWanted(discrepancy));
	return {
		listed,
		ignored,
		counts: {
			found: discrepancies.length,
			listed: listed.length,
			belowSeverity: kept.filter((discrepancy) => !severeEnough(discrepancy)).length,
			otherKinds: kept.filter((discrepancy) => severeEnough(discrepancy) && !kindWanted(discrepancy)).length,
			ignored: ignored.length,
		},
	};
}

/**
 * Turns an analysis into the report's plain data, with every offset turned into a line and
 * character position.
 *
 * @param corpus The analysis of a folder.
 * @param comparison Its comparison across outlets.
 * @param filter Which discrepancies to list.
 * @returns The report, ready for `JSON.stringify` or a formatter.
 */
export function buildReport(corpus: CorpusAnalysis, comparison?: Comparison, filter: ReportFilter = {}): Report {
	const indexes = new Map<string, { text: string; lines: LineIndex }>();
	// Verbatim copies (wire copy republished) share one text, and so one index of its lines.
	const byText = new Map<string, { text: string; lines: LineIndex }>();
	for (const { parsed } of corpus.articles) {
		const { text } = parsed.article;
		let index = byText.get(text);
		if (!index) {
			index = { text, lines: new LineIndex(text) };
			byText.set(text, index);
		}
		indexes.set(parsed.article.id, index);
	}
	const rangeOf = (article: string, span: Span): ReportRange => {
		const { text, lines } = indexes.get(article)!;
		return { start: lines.positionAt(span.start), end: lines.positionAt(span.end), text: text.slice(span.start, span.end) };
	};

	const pathOf = new Map(corpus.articles.map(({ parsed }) => [parsed.article.id, parsed.article.path]));
	const claims = comparison?.claims ?? [];
	const labelOf = (article: string, span: Span) => {
		const text = indexes.get(article)!.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
		return text.length > 80 ? `${text.slice(0, 79)}…` : text;
	};

	const outletOf = new Map(corpus.articles.map(({ parsed }) => [parsed.article.id, parsed.article.meta.outlet]));
	const { listed, ignored, counts } = selectDiscrepancies(comparison?.discrepancies ?? [], filter, (article) => outletOf.get(article) ?? article);
	const toReport = (discrepancy: Discrepancy): ReportDiscrepancy => ({
		id: discrepancy.id,
		kind: discrepancy.kind,
		severity: discrepancy.severity,
		summary: discrepancy.summary,
		reason: discrepancy.reason,
		confidence: Math.round(discrepancy.confidence * 100) / 100,
		claim: discrepancy.claim ?? null,
		mentions: discrepancy.mentions.map((mention) => ({
			article: mention.article,
			path: pathOf.get(mention.article) ?? '',
			variant: mention.variant,
			odd: mention.odd,
			...rangeOf(mention.article, mention),
		})),
	});

	return {
		version: 2,
		articles: corpus.articles.map(({ parsed: { article } }) => ({
			id: article.id,
			path: article.path,
			outlet: article.meta.outlet,
			date: article.meta.date ?? null,
			title: article.meta.title ?? null,
			byline: article.meta.byline ?? null,
			encoding: article.encoding,
			boilerplate: article.boilerplate.map((span) => rangeOf(article.id, span)),
		})),
		quotes: corpus.articles.flatMap(({ parsed, quotes }) =>
			quotes.map((quote) => ({
				article: parsed.article.id,
				speaker: quote.speaker?.name ?? null,
				speakerHint: quote.speakerHint?.name ?? null,
				direct: quote.direct,
				kind: quote.kind,
				closed: quote.closed,
				source: quote.source?.name ?? null,
				addressee: quote.addressee?.name ?? null,
				...rangeOf(parsed.article.id, quote),
			})),
		),
		figures: corpus.articles.flatMap(({ parsed, figures }) =>
			figures.map((figure) => ({
				article: parsed.article.id,
				kind: figure.kind,
				value: figure.value,
				unit: figure.unit,
				high: figure.high ?? null,
				iso: figure.iso ?? null,
				...rangeOf(parsed.article.id, figure),
			})),
		),
		entities: corpus.entities.map((entity) => ({
			id: entity.id,
			type: entity.type,
			name: entity.name,
			forms: entity.forms,
			mentions: entity.mentions.map((mention) => ({ article: mention.article, ...rangeOf(mention.article, mention) })),
		})),
		discrepancies: listed.map(toReport),
		counts,
		...(filter.showIgnored ? { ignored: ignored.map((discrepancy) => ({ ...toReport(discrepancy), ignoredBy: discrepancy.ignoredBy })) } : {}),
		claims: claims.map((claim) => ({
			id: claim.id,
			kind: claim.kind,
			label: labelOf(claim.members[0].article, claim.members[0]),
			members: claim.members.map((member) => ({ article: member.article, score: member.score, ...rangeOf(member.article, member) })),
		})),
		coverage: {
			outlets: corpus.articles.map(({ parsed }) => parsed.article.id),
			rows: claims
				.filter((claim) => claim.kind === 'sentence' && claim.members.length >= Math.min(2, corpus.articles.length))
				.sort((a, b) => b.members.length - a.members.length)
				.map((claim) => ({ claim: claim.id, label: labelOf(claim.members[0].article, claim.members[0]), articles: claim.members.map((member) => member.article) })),
		},
		warnings: corpus.warnings.map(({ path, message }) => ({ path, message })),
	};
}

/**
 * The outlets that do not report a discrepancy's claim, in the report's article order: every
 * article that is not a member of the claim (none for a discrepancy without a claim). Stated once
 * in the report, by the claim's members, and read here.
 *
 * @param report The report (its articles and claims).
 * @returns A function from a discrepancy to the article ids missing from its claim.
 */
export function missingOutlets(report: Pick<Report, 'articles' | 'claims'>): (discrepancy: Pick<ReportDiscrepancy, 'claim'>) => string[] {
	const members = new Map(report.claims.map((claim) => [claim.id, new Set(claim.members.map((member) => member.article))]));
	return (discrepancy) => {
		const reporting = discrepancy.claim === null ? undefined : members.get(discrepancy.claim);
		return reporting ? report.articles.map((article) => article.id).filter((article) => !reporting.has(article)) : [];
	};
}
