import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ecbClustersFolder, isHeldOut, tuningTopics } from './ecbClusters';
import { formatPrecision } from './format';
import { ecbLabelsFile, precisionOf, readLabels, type Precision } from './labels';
import { compareCluster } from './pipeline';

/** The precision of the default list on the ECB+ clusters of other topics, tuning and held out apart. */
export interface EcbPrecision {
	tuning: Precision;
	heldOut: Precision;
	/** Discrepancies listed per cluster, on average, tuning and held out. */
	listedPerCluster: { tuning: number; heldOut: number };
	/** How many clusters each. */
	clusters: { tuning: number; heldOut: number };
}

/**
 * Compares every ECB+ cluster of `.data/ecb-clusters` (written by `ecbClusters.ts`) and scores its
 * default list against the hand labels: events of topics the dev clusters do not hold, in the
 * same rebuilt form. `undefined` when the clusters have not been built: the evaluation then says how.
 */
export async function evaluateEcbClusters(folder = ecbClustersFolder): Promise<EcbPrecision | undefined> {
	if (!existsSync(folder)) {
		return undefined;
	}
	const labels = readLabels(ecbLabelsFile);
	const clusters = readdirSync(folder).sort();
	const listedOf = await Promise.all(
		clusters.map(async (cluster) => ({
			cluster,
			listed: (await compareCluster(join(folder, cluster))).comparison.discrepancies.filter((discrepancy) => discrepancy.severity !== 'low'),
		})),
	);
	const tuning = listedOf.filter(({ cluster }) => !isHeldOut(cluster));
	const heldOut = listedOf.filter(({ cluster }) => isHeldOut(cluster));
	const perCluster = (group: typeof listedOf) => (group.length === 0 ? 0 : group.reduce((sum, { listed }) => sum + listed.length, 0) / group.length);
	return {
		tuning: precisionOf(tuning, labels),
		heldOut: precisionOf(heldOut, labels),
		listedPerCluster: { tuning: perCluster(tuning), heldOut: perCluster(heldOut) },
		clusters: { tuning: tuning.length, heldOut: heldOut.length },
	};
}

/** The lines `npm run eval` prints for the ECB+ clusters. */
export function formatEcbClusters(result: EcbPrecision | undefined): string[] {
	if (!result) {
		return ['  no ECB+ clusters of other topics: see scripts/eval/ecbClusters.ts for how to build them'];
	}
	return [
		...formatPrecision(`tuning topics (${result.clusters.tuning} clusters of topics ${tuningTopics.join(', ')})`, result.tuning),
		`    ${result.listedPerCluster.tuning.toFixed(1)} listed per cluster`,
		// Held out: the unlabelled ones are counted, not shown, so that reading the evaluation is not reading them.
		...formatPrecision(`held-out topics (${result.clusters.heldOut} clusters)`, { ...result.heldOut, unlabelled: [] }),
		...(result.heldOut.unlabelled.length > 0 ? [`    ${result.heldOut.unlabelled.length} listed without a label (label them with dumpListed.ts ecb-held-out once the rules are set)`] : []),
		`    ${result.listedPerCluster.heldOut.toFixed(1)} listed per cluster`,
	];
}
