import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Discrepancy } from '../../src/core/types';

/** What a label is matched on, and what an unlabelled one shows. */
type Listed = Pick<Discrepancy, 'id' | 'severity' | 'summary'> & { confidence?: number };

/**
 * Hand labels of real, unplanted reporting (`labels/real-clusters.json`): every discrepancy the
 * default report lists (medium and up) on the dev clusters and the seed articles, judged by
 * reading its passages in their articles: a disagreement a reader would care about (`real`), or
 * noise, each with a one-line reason. Keyed by the cluster's folder name and the discrepancy's
 * id, which is a hash of its kind and its passages (`finalize` in `src/core/compare/compare.ts`),
 * so a label holds as long as the discrepancy lists the same passages.
 */
export interface Label {
	/** A disagreement a reader would care about. */
	real: boolean;
	/** Why, in one line. */
	reason: string;
}

/** Labels by cluster, then by discrepancy id. */
export type Labels = Record<string, Record<string, Label>>;

/** The labels file. */
export const labelsFile = join(__dirname, 'labels', 'real-clusters.json');

/** Labels of what the default list holds on the story clusters built from PolNeAR's articles (`storyClusters.ts`), the same shape. */
export const storyLabelsFile = join(__dirname, 'labels', 'story-clusters.json');

/** Labels of what the default list holds on the ECB+ clusters of topics `../shared` does not hold (`ecbClusters.ts`), the same shape. */
export const ecbLabelsFile = join(__dirname, 'labels', 'ecb-clusters.json');

/** Labels of a seeded random sample of the low discrepancies (`sampleLow.ts`), the same shape. */
export const lowSampleFile = join(__dirname, 'labels', 'low-sample.json');

/** Reads the labels. */
export function readLabels(file = labelsFile): Labels {
	return (JSON.parse(readFileSync(file, 'utf8')) as { labels: Labels }).labels;
}

/** How the listed discrepancies of untouched clusters fare against the labels. */
export interface Precision {
	/** Listed discrepancies that have a label. */
	labelled: number;
	/** Of those, labelled real. */
	real: number;
	/** `real / labelled`; `null` when nothing listed is labelled. */
	precision: number | null;
	/** Listed discrepancies with no label yet, to be read and labelled (`cluster/id: summary`). */
	unlabelled: string[];
}

/**
 * The precision of the default list on labelled clusters: of the discrepancies listed (medium and
 * up) that have a label, the share labelled real. Unlabelled ones are counted apart, never guessed.
 *
 * @param clusters Each untouched cluster's name and its listed discrepancies.
 * @param labels The labels.
 * @returns The precision and the unlabelled discrepancies.
 */
export function precisionOf(clusters: { cluster: string; listed: Listed[] }[], labels: Labels): Precision {
	let labelled = 0;
	let real = 0;
	const unlabelled: string[] = [];
	for (const { cluster, listed } of clusters) {
		for (const discrepancy of listed) {
			const label = labels[cluster]?.[discrepancy.id];
			if (!label) {
				unlabelled.push(`${cluster}/${discrepancy.id} [${discrepancy.severity}]: ${discrepancy.summary}`);
				continue;
			}
			labelled++;
			real += label.real ? 1 : 0;
		}
	}
	return { labelled, real, precision: labelled === 0 ? null : real / labelled, unlabelled };
}

/** One bin of a reliability table: labelled discrepancies whose confidence falls in `[from, to)`. */
export interface ReliabilityBin {
	from: number;
	to: number;
	count: number;
	/** Their mean confidence. */
	confidence: number;
	/** The share of them labelled real. */
	real: number;
}

/** How well `confidence` matches the labels: a reliability table and the Brier score. */
export interface Calibration {
	bins: ReliabilityBin[];
	/** Mean squared gap between confidence and the label (1 real, 0 noise); `null` when nothing is labelled. */
	brier: number | null;
	/** Labelled discrepancies read. */
	count: number;
}

/** Bin edges: confidence below 0.5 together, then tenths. */
const binEdges = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001];

/**
 * Whether `confidence` means what it says, the estimated chance that a reader agrees a listed
 * discrepancy is a real disagreement: against the hand labels, per bin of confidence, the share
 * labelled real beside the mean confidence, and the Brier score (0 is perfect; always saying 0.5
 * scores 0.25).
 *
 * @param clusters Each untouched cluster's name and its listed discrepancies with their confidence.
 * @param labels The labels.
 * @returns The reliability table and the Brier score.
 */
export function calibrationOf(clusters: { cluster: string; listed: Listed[] }[], labels: Labels): Calibration {
	const judged = clusters.flatMap(({ cluster, listed }) =>
		listed.flatMap((discrepancy) => {
			const label = labels[cluster]?.[discrepancy.id];
			return label && discrepancy.confidence !== undefined ? [{ confidence: discrepancy.confidence, real: label.real ? 1 : 0 }] : [];
		}),
	);
	const bins = binEdges.slice(0, -1).map((from, i) => {
		const to = binEdges[i + 1];
		const inside = judged.filter((item) => item.confidence >= from && item.confidence < to);
		const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length);
		return { from, to: Math.min(to, 1), count: inside.length, confidence: mean(inside.map((item) => item.confidence)), real: mean(inside.map((item) => item.real)) };
	});
	const brier = judged.length === 0 ? null : judged.reduce((sum, item) => sum + (item.confidence - item.real) ** 2, 0) / judged.length;
	return { bins, brier, count: judged.length };
}
