import { LineIndex } from '../lineIndex';
import type { CorpusAnalysis, Position, Span } from '../types';

/** A range in a report: 0-based line and UTF-16 character, plus the exact text there. */
export interface ReportRange {
	/** Where it starts. */
	start: Position;
	/** Where it ends (exclusive). */
	end: Position;
	/** Exactly the file's text in that range. */
	text: string;
}

/** The report's JSON shape (`crossread report --format json`). Later versions add fields, never rename them. */
export interface Report {
	/** Shape version. */
	version: 1;
	/** One entry per article analysed. */
	articles: { id: string; path: string; outlet: string; date: string | null; title: string | null; byline: string | null; encoding: string; boilerplate: ReportRange[] }[];
	/** Every quotation. */
	quotes: ({ article: string; speaker: string | null; direct: boolean; kind: string; closed: boolean; source: string | null; addressee: string | null } & ReportRange)[];
	/** Every figure. */
	figures: ({ article: string; kind: string; value: number; unit: string; high: number | null; iso: string | null } & ReportRange)[];
	/** Every identity, with each mention. */
	entities: { id: string; type: string; name: string; forms: string[]; mentions: ({ article: string } & ReportRange)[] }[];
	/** Disagreements between outlets (filled by the comparison). */
	discrepancies: unknown[];
	/** Files skipped or read with a caveat. */
	warnings: { path: string; message: string }[];
}

/**
 * Turns an analysis into the report's plain data, with every offset turned into a line and
 * character position.
 *
 * @param corpus The analysis of a folder.
 * @returns The report, ready for `JSON.stringify` or a formatter.
 */
export function buildReport(corpus: CorpusAnalysis): Report {
	const indexes = new Map<string, { text: string; lines: LineIndex }>();
	for (const { parsed } of corpus.articles) {
		indexes.set(parsed.article.id, { text: parsed.article.text, lines: new LineIndex(parsed.article.text) });
	}
	const rangeOf = (article: string, span: Span): ReportRange => {
		const { text, lines } = indexes.get(article)!;
		return { start: lines.positionAt(span.start), end: lines.positionAt(span.end), text: text.slice(span.start, span.end) };
	};

	return {
		version: 1,
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
		discrepancies: [],
		warnings: corpus.warnings.map(({ path, message }) => ({ path, message })),
	};
}
