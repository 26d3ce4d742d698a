import type { Discrepancy, DiscrepancyKind, Severity, Span } from '../../src/core/types';
import { covers, expectedKinds, type Plant } from './plant';

/** What the analysis made of one planted change. */
export interface Detection {
	/** The discrepancy of a right kind (`expectedKinds`) whose mention in the changed article covers the new text; a listed one (above low) first. */
	hit?: Discrepancy;
	/** Discrepancies of other kinds that cover the new text (a figure change reported as a quote). */
	otherKinds: Discrepancy[];
}

/**
 * Looks for a planted change among the discrepancies of the planted copy: found when a
 * discrepancy of the expected kind has a mention in the changed article that covers (overlaps)
 * any of the new text.
 *
 * @param plant The change.
 * @param spans Where its new text stands in the changed article.
 * @param discrepancies The planted copy's discrepancies, highest rank first.
 * @returns The discrepancy that reports it, if any, and the others that touch it.
 */
export function detect(plant: Plant, spans: Span[], discrepancies: Discrepancy[]): Detection {
	const touching = discrepancies.filter((discrepancy) =>
		discrepancy.mentions.some((mention) => mention.article === plant.article && spans.some((span) => covers(mention, span))),
	);
	const wanted = expectedKinds[plant.kind];
	const right = touching.filter((discrepancy) => wanted.includes(discrepancy.kind));
	return { hit: right.find((discrepancy) => discrepancy.severity !== 'low') ?? right[0], otherKinds: touching.filter((discrepancy) => !wanted.includes(discrepancy.kind)) };
}

/** Plants of one kind and how many were found. */
export interface Recall {
	/** Changes planted. */
	plants: number;
	/** Changes reported as a discrepancy of the right kind at the right place, at any severity. */
	found: number;
	/** Of those, the ones reported above low severity: listed by default, as `crossread report` lists. */
	listed: number;
	/** `listed / plants`, what a reader sees; `null` when nothing could be planted. */
	recall: number | null;
	/** `found / plants`, at any severity; `null` when nothing could be planted. */
	anySeverity: number | null;
}

/**
 * Recall of planted changes grouped by a key: the kind of change, or the kind and its variant.
 *
 * @param results Each planted change and whether it was found.
 * @param keyOf Its group.
 * @param keys Groups listed first and always, even when nothing of theirs could be planted.
 * @returns Recall by group.
 */
export function recallBy<T extends { found: boolean; severity?: Severity }>(results: T[], keyOf: (result: T) => string, keys: readonly string[] = []): Record<string, Recall> {
	const table: Record<string, Recall> = {};
	for (const key of keys) {
		table[key] = { plants: 0, found: 0, listed: 0, recall: null, anySeverity: null };
	}
	for (const result of results) {
		const row = (table[keyOf(result)] ??= { plants: 0, found: 0, listed: 0, recall: null, anySeverity: null });
		row.plants++;
		row.found += result.found ? 1 : 0;
		row.listed += result.found && result.severity !== 'low' ? 1 : 0;
	}
	for (const row of Object.values(table)) {
		row.recall = row.plants === 0 ? null : row.listed / row.plants;
		row.anySeverity = row.plants === 0 ? null : row.found / row.plants;
	}
	return table;
}

/** How much a reader of an untouched cluster has to wade through. */
export interface Noise {
	/** Articles in the cluster. */
	articles: number;
	/** Discrepancies listed. */
	total: number;
	/** Those of medium or high severity: what `--min-severity medium` still lists. */
	aboveLow: number;
	/** Discrepancies listed, by kind. */
	byKind: Record<DiscrepancyKind, number>;
	/** Discrepancies listed, by severity. */
	bySeverity: Record<Severity, number>;
}

/**
 * Counts the discrepancies of an untouched cluster. Real outlets do disagree, so not all of them
 * are noise; the count is what a reader faces, and what should fall when rules get stricter.
 *
 * @param discrepancies The cluster's discrepancies.
 * @param articles How many articles it has.
 * @returns The counts.
 */
export function noiseOf(discrepancies: Discrepancy[], articles: number): Noise {
	const byKind: Record<DiscrepancyKind, number> = { figure: 0, quote: 0, entity: 0, attribution: 0, omission: 0 };
	const bySeverity: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
	for (const discrepancy of discrepancies) {
		byKind[discrepancy.kind]++;
		bySeverity[discrepancy.severity]++;
	}
	return { articles, total: discrepancies.length, aboveLow: bySeverity.high + bySeverity.medium, byKind, bySeverity };
}
