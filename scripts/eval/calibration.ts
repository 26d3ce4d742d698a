import type { DiscrepancyKind, Severity } from '../../src/core/types';

/** A labelled discrepancy as the calibration reads it. */
export interface LabelledItem {
	cluster: string;
	kind: DiscrepancyKind;
	severity: Severity;
	/** The confidence the report gave it. */
	confidence: number;
	rank: number;
	real: boolean;
	/** How many discrepancies it stands for: 1 when listed (all are labelled), more for a sampled low one. */
	weight: number;
}

/** One cell of the fitted table. */
export interface Cell {
	kind: DiscrepancyKind;
	severity: Severity;
	/** Labelled ones read in the cell. */
	count: number;
	/** How many discrepancies they stand for. */
	weight: number;
	/** Their weighted share labelled real. */
	rate: number;
	/** The rate, drawn toward the severity's own when few were read. */
	confidence: number;
}

export const kinds: readonly DiscrepancyKind[] = ['figure', 'quote', 'entity', 'attribution', 'omission'];
export const severities: readonly Severity[] = ['high', 'medium', 'low'];

/**
 * How many labelled ones a cell's rate is drawn toward its severity's (and a severity's toward all
 * of them): a cell of two read, both real, says 0.9 at most, not 1. Counted in discrepancies read,
 * not in the weight they stand for: six read stand for a hundred low ones, yet are six readings.
 */
const prior = 2;

/**
 * The share of each kind and severity labelled real: what `confidence` states. Each cell's rate
 * is smoothed toward its severity's, that toward the share of all.
 *
 * @param items The labelled discrepancies.
 * @returns Every kind and severity, read or not.
 */
export function fitCells(items: readonly LabelledItem[]): Cell[] {
	const share = (list: readonly LabelledItem[], fallback: number) => {
		const weight = list.reduce((sum, item) => sum + item.weight, 0);
		const rate = weight === 0 ? fallback : list.reduce((sum, item) => sum + (item.real ? item.weight : 0), 0) / weight;
		return { weight, rate, smoothed: (rate * list.length + fallback * prior) / (list.length + prior) };
	};
	const overall = share(items, 0.5).smoothed;
	const cells = severities.flatMap((severity) => {
		const ofSeverity = items.filter((item) => item.severity === severity);
		const severityRate = share(ofSeverity, overall).smoothed;
		return kinds.map((kind) => {
			const inCell = ofSeverity.filter((item) => item.kind === kind);
			const { weight, rate, smoothed } = share(inCell, severityRate);
			return { kind, severity, count: inCell.length, weight, rate, confidence: smoothed };
		});
	});
	for (const kind of kinds) {
		keepSeverityOrder(severities.map((severity) => cells.find((cell) => cell.kind === kind && cell.severity === severity)!));
	}
	return cells.map((cell) => ({ ...cell, confidence: Math.round(cell.confidence * 100) / 100 }));
}

/**
 * A kind's higher severity never says less than its lower one: "high" means a reader should care
 * more, and a high swapped name read once (0.86) below eleven medium ones all real (0.98) is the
 * noise of one reading. Neighbours out of order are pooled, weighed by how many were read
 * (pool-adjacent-violators), until the order holds.
 *
 * @param cells One kind's cells, from high to low severity; their confidence is changed in place.
 */
function keepSeverityOrder(cells: Cell[]): void {
	const blocks = cells.map((cell) => ({ cells: [cell], value: cell.confidence, count: cell.count + prior }));
	for (let i = 0; i < blocks.length - 1; ) {
		if (blocks[i].value >= blocks[i + 1].value) {
			i++;
			continue;
		}
		const [a, b] = [blocks[i], blocks[i + 1]];
		blocks.splice(i, 2, { cells: [...a.cells, ...b.cells], value: (a.value * a.count + b.value * b.count) / (a.count + b.count), count: a.count + b.count });
		i = Math.max(0, i - 1);
	}
	for (const block of blocks) {
		block.cells.forEach((cell) => (cell.confidence = block.value));
	}
}

/** A Brier score over all labelled discrepancies (weighted) and over the listed ones. */
export interface BrierRow {
	name: string;
	all: number;
	listed: number;
}

/**
 * Compares ways of stating confidence by their Brier score, each cluster's discrepancies
 * predicted by a fit on the other clusters only: the confidence as reported, and the fitted table.
 *
 * @param items The labelled discrepancies.
 * @returns One row per way.
 */
export function loco(items: readonly LabelledItem[]): BrierRow[] {
	const clusters = [...new Set(items.map((item) => item.cluster))];
	const predictions = new Map<LabelledItem, number>();
	for (const cluster of clusters) {
		const table = fitCells(items.filter((item) => item.cluster !== cluster));
		for (const item of items.filter((candidate) => candidate.cluster === cluster)) {
			predictions.set(item, table.find((cell) => cell.kind === item.kind && cell.severity === item.severity)!.confidence);
		}
	}
	return [{ name: 'each cluster predicted by a fit on the others', ...brierOf(items, (item) => predictions.get(item)!) }];
}

/**
 * The Brier score of the confidence as reported and of a fitted table, on some clusters.
 *
 * @param items Their labelled discrepancies.
 * @param table Fitted on other clusters.
 * @param name What the clusters are.
 * @returns Two rows.
 */
export function brierOn(items: readonly LabelledItem[], table: readonly Cell[], name: string): BrierRow[] {
	return [
		{ name: `${name}: confidence as reported`, ...brierOf(items, (item) => item.confidence) },
		{ name: `${name}: the table fitted on the others`, ...brierOf(items, (item) => table.find((cell) => cell.kind === item.kind && cell.severity === item.severity)!.confidence) },
	];
}

/** Brier scores of a prediction over all items, weighed, and over the listed ones. */
function brierOf(items: readonly LabelledItem[], predict: (item: LabelledItem) => number): { all: number; listed: number } {
	const brier = (list: readonly LabelledItem[]) => {
		const weight = list.reduce((sum, item) => sum + item.weight, 0);
		return weight === 0 ? NaN : list.reduce((sum, item) => sum + item.weight * (predict(item) - (item.real ? 1 : 0)) ** 2, 0) / weight;
	};
	return { all: brier(items), listed: brier(items.filter((item) => item.severity !== 'low')) };
}
