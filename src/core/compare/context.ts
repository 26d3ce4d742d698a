import type { ArticleAnalysis, CorpusAnalysis, Discrepancy, DiscrepancyMention, Entity, Quote, Span } from '../types';
import type { Aligner, Claim, ClaimMember } from './aligner';
import type { Unit } from './units';

/**
 * What a finder says of a discrepancy before it is merged and ranked (`finalize`): its weight
 * within its severity (a modal change outranks a synonym), and its `strength`,
 * the finder's own measure of how closely the passages match and differ (0–1: a figure's
 * passages' similarity, a swap's outlets and closeness): it orders discrepancies of one kind and
 * severity. `confidence` is not the finder's to say: it is the share of such discrepancies a
 * reader labelled real (`rules/confidence.ts`).
 */
export type DiscrepancyDraft = Omit<Discrepancy, 'id' | 'rank' | 'confidence'> & { weight: number; strength: number };

/** What every discrepancy finder reads: the analysis, the claims, and lookups between them. */
export interface CompareContext {
	/** The folder's analysis. */
	corpus: CorpusAnalysis;
	/** The aligner holding every unit and match. */
	aligner: Aligner;
	/** Aligned claims. */
	claims: Claim[];
	/** The unit behind a claim member. */
	unitOf(member: ClaimMember): Unit;
	/** Short outlet name of an article, unique in the folder. */
	outlet(article: string): string;
	/** The text of an article. */
	textOf(article: string): string;
	/** Identity by its key (`entityKey`). */
	entity(key: string): Entity | undefined;
	/** Identity one of whose spellings is this name, in any case ("vargue" → Ilse Varga). */
	entityNamed(name: string): Entity | undefined;
	/** The findings of one article. */
	analysisOf(article: string): ArticleAnalysis;
	/**
	 * The quotes of an article that overlap a span, in order (`quotesOverlapping`): what a finder
	 * reading one sentence's quotes asks, so that the editor keeps its judgement while an edit
	 * changes another quote of the article.
	 */
	quotesIn(article: string, start: number, end: number): Quote[];
	/** Articles in the folder, in order. */
	articleIds: string[];
}

/** The quotes of a list that overlap a span: a quote running into a sentence from the one before is one of the sentence's. */
export function quotesOverlapping(quotes: readonly Quote[], start: number, end: number): Quote[] {
	return quotes.filter((quote) => quote.start < end && start < quote.end);
}

/** Builds a mention: the exact text at the span, with its variant. */
export function mentionOf(context: CompareContext, article: string, span: Span, variant: string, odd: boolean): DiscrepancyMention {
	return { article, start: span.start, end: span.end, text: context.textOf(article).slice(span.start, span.end), variant, odd };
}

/** "A, B and C" */
export function listOutlets(context: CompareContext, articles: string[]): string {
	return [...new Set(articles.map((article) => context.outlet(article)))].join(', ');
}

/** Words shown in a summary: one line, cut to a length. */
export function clip(text: string, max = 60): string {
	const line = text.replace(/\s+/g, ' ').trim();
	return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}
