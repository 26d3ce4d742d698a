import type { ClusterEvaluation, PlantResult, Summary } from './evaluate';
import type { ExtractorScores, PrecisionRecall } from './extractors';
import type { Calibration, Precision } from './labels';
import type { Recall } from './score';

/**
 * The recall table: one row per planting scheme and kind of change, recall as a reader meets it
 * (listed by default, medium and up) beside recall at any severity; then the variants of each kind.
 *
 * @param title What was planted in, for the heading.
 * @param summary The clusters' summary.
 * @returns Lines to print.
 */
export function formatRecall(title: string, summary: Summary): string[] {
	const share = (value: number | null) => (value === null ? '–' : value.toFixed(2)).padStart(7);
	const row = (label: string, { plants, found, listed, recall, anySeverity }: Recall) =>
		`  ${label.padEnd(40)} ${String(plants).padStart(6)} ${String(listed).padStart(7)} ${share(recall)} ${String(found).padStart(6)} ${share(anySeverity)}`;
	return [
		`Planted changes: ${title}`,
		`  ${'scheme | kind'.padEnd(40)} ${'plants'.padStart(6)} ${'listed'.padStart(7)} ${'recall'.padStart(7)} ${'found'.padStart(6)} ${'at any'.padStart(7)}`,
		...Object.entries(summary.recall).map(([kind, recall]) => row(kind, recall)),
		'  by variant (every scheme):',
		...Object.entries(summary.recallByVariant).map(([variant, recall]) => row(`  ${variant}`, recall)),
		'  (recall: listed by default, medium and up, of the right kind in the changed file; at any: found at any severity)',
	];
}

/** The plants a reader would not see listed, one line each with the diagnosis, so that a rule change can be aimed. */
export function formatMisses(results: PlantResult[]): string[] {
	const missed = results.filter((result) => !result.found || result.severity === 'low');
	return missed.length === 0
		? ['  none']
		: missed.map((result) => `  ${result.cluster} [${result.scheme}] ${result.kind} (${result.variant}) in ${result.article}: ${result.change}\n      ${result.diagnosis}`);
}

/**
 * The precision of the default list on the labelled real clusters, and every listed
 * discrepancy that has no label yet (to be read and labelled, never guessed).
 *
 * @param title Which clusters.
 * @param precision Their precision.
 * @returns Lines to print.
 */
export function formatPrecision(title: string, precision: Precision): string[] {
	const { labelled, real, unlabelled } = precision;
	return [
		`  ${title.padEnd(26)} ${precision.precision === null ? '–' : precision.precision.toFixed(2)} (${real} real of ${labelled} labelled)${unlabelled.length > 0 ? `, ${unlabelled.length} listed without a label:` : ''}`,
		...unlabelled.map((line) => `      ${line}`),
	];
}

/**
 * The reliability of `confidence` against the labels: per bin, how many, their mean confidence
 * and the share labelled real; then the Brier score.
 *
 * @param title Which clusters.
 * @param calibration Their calibration.
 * @returns Lines to print.
 */
export function formatCalibration(title: string, calibration: Calibration): string[] {
	const rows = calibration.bins.filter((bin) => bin.count > 0).map((bin) => `    ${bin.from.toFixed(1)}–${bin.to.toFixed(1)}  ${String(bin.count).padStart(3)}  confidence ${bin.confidence.toFixed(2)}  real ${bin.real.toFixed(2)}`);
	return [`  ${title}: Brier score ${calibration.brier === null ? '–' : calibration.brier.toFixed(3)} over ${calibration.count} labelled`, ...rows];
}

/**
 * The noise table: per untouched cluster, discrepancies listed by default (medium and up), by
 * kind, and found in all with the low ones; then the averages.
 *
 * @param evaluations The clusters.
 * @param summary Their summary.
 * @returns Lines to print.
 */
export function formatNoise(evaluations: ClusterEvaluation[], summary: Summary): string[] {
	const kinds = ['figure', 'quote', 'entity', 'attribution', 'omission'] as const;
	const header = `  ${'cluster'.padEnd(16)} ${'articles'.padStart(8)} ${'listed'.padStart(7)}  ${kinds.map((kind) => kind.padStart(12)).join('')} ${'with low'.padStart(9)}`;
	return [
		header,
		...evaluations.map(({ cluster, noise, listed }) => {
			const byKind = kinds.map((kind) => String(listed.filter((item) => item.kind === kind).length).padStart(12)).join('');
			return `  ${cluster.padEnd(16)} ${String(noise.articles).padStart(8)} ${String(noise.aboveLow).padStart(7)}  ${byKind} ${String(noise.total).padStart(9)}`;
		}),
		`  ${'average'.padEnd(16)} ${''.padStart(8)} ${summary.averageNoise.aboveLow.toFixed(1).padStart(7)}  ${''.padStart(12 * kinds.length)} ${summary.averageNoise.total.toFixed(1).padStart(9)}`,
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
