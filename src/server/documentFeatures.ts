import { comparePassageAt } from '../core/compare/lookup';
import type { DiscrepancySelection } from '../core/report/model';
import type { Position, Span } from '../core/types';
import { discrepancyDiagnostics } from '../presentation/diagnostics';
import { renderHoverCard } from '../presentation/hoverCard';
import { nameAt, renderNameCard } from '../presentation/nameCard';
import { encodeTokens, highlightSpans, type HighlightOptions } from '../presentation/semanticTokens';
import { portableMarkdown } from './hoverMarkdown';
import type { CodeActionModel, DiagnosticsOfDocument, HoverResult, ServiceOptions } from './protocol';
import type { LspRange, ServerSnapshot } from './snapshot';

/**
 * Other outlets' passages listed under one diagnostic. In a folder of 200 wire copies a figure
 * another outlet changed has 199 agreeing passages: listing them all under each of its
 * diagnostics made megabytes of JSON per comparison, which the server then took a third of a
 * second to send while hovers waited. The hover card and the report still name every outlet.
 */
const maxRelated = 20;

/** A finished comparison as the document features read it. */
export interface DocumentContext {
	snapshot: ServerSnapshot;
	/** The discrepancies listed under the filter in effect (made on first use). */
	listed(): DiscrepancySelection['listed'];
	options: ServiceOptions;
}

/**
 * The language server's features on one document, answered from a finished comparison: the hover
 * card, semantic tokens, diagnostics and quick fixes (the views' queries are `folderQueries`).
 */
export const documentFeatures = {
	/** The compare card at a position of a document, as Markdown, over the passage or figure it is about. */
	hover({ snapshot, listed, options }: DocumentContext, uri: string, position: Position): HoverResult | undefined {
		const article = snapshot.articleAt(uri);
		if (!article) {
			return undefined;
		}
		const offset = snapshot.lines(article.id).offsetAt(position);
		const portable = (markdown: string) => (options.commandLinks ? markdown : portableMarkdown(markdown));
		// On a name, the name's card (every spelling, who writes which, Accept This Spelling).
		const name = nameAt(snapshot.corpus.entities, article.id, offset);
		if (name) {
			const markdown = renderNameCard(name, snapshot.directory, { listed: listed(), acceptedNames: options.filter.ignore?.names });
			return { markdown: portable(markdown), range: snapshot.range(article.id, name.mention) };
		}
		const comparison = comparePassageAt(snapshot.comparison, article.id, offset, snapshot.articleIds);
		if (!comparison) {
			return undefined;
		}
		const markdown = renderHoverCard(comparison, snapshot.directory, { listed: new Set(listed().map((discrepancy) => discrepancy.id)), offset });
		return { markdown: portable(markdown), range: snapshot.range(article.id, comparison.figure ?? comparison.passage) };
	},

	/** The semantic tokens of a document (LSP's relative encoding), or `undefined` when it is not a compared article. */
	semanticTokens(snapshot: ServerSnapshot, uri: string, highlights: HighlightOptions): number[] | undefined {
		const article = snapshot.articleAt(uri);
		const analysis = article && snapshot.corpus.articles.find(({ parsed }) => parsed.article.id === article.id);
		if (!article || !analysis) {
			return undefined;
		}
		const key = ({ start, end }: Span) => `${start}:${end}`;
		const entityType = new Map(snapshot.corpus.entities.flatMap((entity) => entity.mentions.filter((mention) => mention.article === article.id).map((mention) => [key(mention), entity.type])));
		return encodeTokens(highlightSpans(analysis, highlights, (mention) => entityType.get(key(mention))), snapshot.lines(article.id));
	},

	/**
	 * The diagnostics of the compared articles, a page at a time (an empty list for an article
	 * without discrepancies, so that old ones are cleared).
	 *
	 * @param offset The first article, in folder order.
	 * @param limit How many articles.
	 * @returns The page, and how many articles there are.
	 */
	diagnostics({ snapshot, listed }: DocumentContext, offset: number, limit: number): { documents: DiagnosticsOfDocument[]; total: number } {
		const shown = listed();
		const documents = snapshot.articles.slice(offset, offset + limit).map((article): DiagnosticsOfDocument => ({
			uri: article.uri,
			diagnostics: discrepancyDiagnostics(shown, article.id, snapshot.directory).map((model) => ({
				range: snapshot.range(article.id, model),
				severity: model.severity === 'warning' ? 2 : 3,
				source: 'crossread',
				code: model.code,
				message: model.message,
				relatedInformation: model.related.slice(0, maxRelated).flatMap((related) => {
					const other = snapshot.article(related.article);
					return other ? [{ location: { uri: other.uri, range: snapshot.range(other.id, related) }, message: related.message }] : [];
				}),
			})),
		}));
		return { documents, total: snapshot.articles.length };
	},

	/**
	 * The quick fixes for a range of a document: Ignore This Discrepancy for each listed
	 * discrepancy with a passage of this article there, and Accept This Spelling for a name
	 * spelled differently from the other outlets.
	 */
	codeActions({ snapshot, listed }: DocumentContext, uri: string, range: LspRange): CodeActionModel[] {
		const article = snapshot.articleAt(uri);
		if (!article) {
			return [];
		}
		const lines = snapshot.lines(article.id);
		const [from, to] = [lines.offsetAt(range.start), lines.offsetAt(range.end)];
		const actions: CodeActionModel[] = [];
		for (const discrepancy of listed()) {
			const here = discrepancy.mentions.filter((mention) => mention.article === article.id && mention.start <= to && from <= mention.end);
			if (here.length === 0) {
				continue;
			}
			actions.push({ title: `Ignore this discrepancy: ${discrepancy.summary}`, entry: { key: 'discrepancies', value: discrepancy.id }, discrepancy: discrepancy.id });
			const odd = here.find((mention) => mention.odd);
			if (discrepancy.kind === 'entity' && odd) {
				actions.push({ title: `Accept this spelling: "${odd.text}"`, entry: { key: 'names', value: odd.text }, discrepancy: discrepancy.id });
			}
		}
		return actions;
	},
};
