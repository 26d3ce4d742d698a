import type { Discrepancy } from '../../src/core/types';
import type { Random } from './random';

/**
 * How the low sample is drawn (`sampleLow.ts`, `labels/low-sample.json`): this many low
 * discrepancies per cluster, with this seed. Changing either draws another sample, whose labels
 * must be read anew: keep them as they are.
 */
export const lowSampleDraw = { perCluster: 6, seed: 'low-sample-1' };

/**
 * Draws the low discrepancies to label in one cluster: `perCluster` of them, uniformly, in id
 * order first so that the draw does not depend on the order the report ranks them in.
 *
 * @param discrepancies The cluster's report, every severity.
 * @param random Seeded per cluster.
 * @param perCluster How many to draw.
 * @returns The drawn ones and how many low ones there were.
 */
export function drawLowSample(discrepancies: readonly Discrepancy[], random: Random, perCluster: number): { drawn: Discrepancy[]; population: number } {
	const low = discrepancies.filter((discrepancy) => discrepancy.severity === 'low').sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	return { drawn: random.sample(low, perCluster), population: low.length };
}
