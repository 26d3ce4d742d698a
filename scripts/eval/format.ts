import type { ClusterEvaluation, PlantResult, Summary } from './evaluate';
import type { ExtractorScores, PrecisionRecall } from './extractors';
import type { Recall } from './score';

/**
 * The recall table: one row per kind of change (`kind | plants | found | recall`), then the
 * variants of each kind, indented.
 *
 * @param title What was planted in, for the heading.
 * @param summary The clusters' summary.
 * @returns Lines to print.
 */
export function formatRecall(title: string, summary: Summary): string[] {
	const row = (label: string, { plants, found, listed, recall }: Recall) =>
		`  ${label.padEnd(40)} ${String(plants).padStart(6)} ${String(found).padStart(6)} ${(recall === null ? '–' : recall.toFixed(2)).padStart(7)} ${String(listed).padStart(11)}`;
	return [
		`Planted changes: ${title} ("above low": found and listed at the default threshold, medium)`,
		`  ${'kind'.padEnd(40)} ${'plants'.padStart(6)} ${'found'.padStart(6)} ${'recall'.padStart(7)} ${'above low'.padStart(11)}`,
		...Object.entries(summary.recall).map(([kind, recall]) => row(kind, recall)),
		'  by variant:',
		...Object.entries(summary.recallByVariant).map(([variant, recall]) => row(`  ${variant}`, recall)),
	];
}

/** The missed plants, one line each with the diagnosis, so that a rule change can be aimed. */
export function formatMisses(results: PlantResult[]): string[] {
	const missed = results.filter((result) => !result.found);
	return missed.length === 0
		? ['  none']
		: missed.map((result) => `  ${result.cluster} ${result.kind} (${result.variant}) in ${result.article}: ${result.change}\n      ${result.diagnosis}`);
}

/**
 * The noise table: per untouched cluster, discrepancies listed in all and above low severity,
 * and by kind; then the averages.
 *
 * @param evaluations The clusters.
 * @param summary Their summary.
 * @returns Lines to print.
 */
export function formatNoise(evaluations: ClusterEvaluation[], summary: Summary): string[] {
	const kinds = ['figure', 'quote', 'entity', 'attribution', 'omission'] as const;
	const header = `  ${'cluster'.padEnd(16)} ${'articles'.padStart(8)} ${'listed'.padStart(7)} ${'>low'.padStart(5)}  ${kinds.map((kind) => kind.padStart(12)).join('')}`;
	return [
		header,
		...evaluations.map(
			({ cluster, noise }) =>
				`  ${cluster.padEnd(16)} ${String(noise.articles).padStart(8)} ${String(noise.total).padStart(7)} ${String(noise.aboveLow).padStart(5)}  ${kinds.map((kind) => String(noise.byKind[kind]).padStart(12)).join('')}`,
		),
		`  ${'average'.padEnd(16)} ${''.padStart(8)} ${summary.averageNoise.total.toFixed(1).padStart(7)} ${summary.averageNoise.aboveLow.toFixed(1).padStart(5)}`,
	];
}

/** The ten highest-ranked discrepancies of an untouched cluster, for a person to read. */
export function formatTop(evaluation: ClusterEvaluation): string[] {
	return [
		`Top ${evaluation.top.length} of ${evaluation.cluster}`,
		...evaluation.top.map((listed, n) => `  ${String(n + 1).padStart(2)}. ${listed.severity.padEnd(6)} ${listed.kind.padEnd(11)} ${listed.summary}`),
	];
}

/** The extractors' precision and recall on a truth, one line each. */
export function formatExtractors(scores: ExtractorScores): string[] {
	const line = (label: string, { truePositives, found, expected, precision, recall }: PrecisionRecall) =>
		`  ${label.padEnd(30)} precision ${precision.toFixed(2)} (${truePositives}/${found})   recall ${recall.toFixed(2)} (${truePositives}/${expected})`;
	return [
		line('speech quotes', scores.quotes.speech),
		line('quotes with the right speaker', scores.quotes.speakers),
		line('scare quotes', scores.quotes.scare),
		line('figures (text)', scores.figures.text),
		line('figures (value)', scores.figures.value),
		line('names (forms)', scores.entities.forms),
		line('names (types)', scores.entities.types),
		line('names (grouping, pairs)', scores.entities.grouping),
	];
}
