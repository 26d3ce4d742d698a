import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { evaluateCluster, listClusters, summarize, type ClusterEvaluation } from '../../scripts/eval/evaluate';
import { defaultClusters, devPlantsPerKind, sampleCluster, samplePlantsPerKind } from '../../scripts/eval/folders';
import { plantKinds, type PlantKind } from '../../scripts/eval/plant';

/** The floor: a reader can trust that nine disagreements in ten get listed. */
const minRecall = 0.9;

/**
 * Kinds whose recall is still under the floor, with the recall measured when this was written:
 * the test holds them there (no regression) and its name says the target is not met yet.
 * NOTE: raise these as the rules improve, and drop a kind once it reaches `minRecall`.
 */
const notYetAtFloor: Record<'sample' | 'dev', Partial<Record<PlantKind, number>>> = {
	sample: { replacement: 0.7 },
	dev: { figure: 0.65, replacement: 0.8 },
};

function floorOf(where: 'sample' | 'dev', kind: PlantKind): { floor: number; title: string } {
	const measured = notYetAtFloor[where][kind];
	return measured === undefined
		? { floor: minRecall, title: `a planted ${kind} change is found at least ${minRecall * 100}% of the time` }
		: { floor: measured, title: `a planted ${kind} change is found at least ${measured * 100}% of the time (target ${minRecall * 100}%, not met yet)` };
}

/** The ceiling on the untouched sample: what `--min-severity medium` lists fits on one screen. */
const maxAboveLowOnSample = 10;

/** Recall of one kind of change over some clusters, with the misses spelled out for the failure message. */
function recallOf(evaluations: ClusterEvaluation[], kind: PlantKind, floor: number): { plants: number; recall: number; message: string } {
	const { plants, found, recall } = summarize(evaluations).recall[kind];
	const missed = evaluations
		.flatMap((evaluation) => evaluation.plants)
		.filter((result) => result.kind === kind && !result.found)
		.map((result) => `\n  ${result.cluster}/${result.article}: ${result.change}\n    ${result.diagnosis}`);
	return { plants, recall: recall ?? 0, message: `${kind}: ${found} of ${plants} found (recall ${(recall ?? 0).toFixed(3)}, floor ${floor})${missed.join('')}` };
}

suite('evaluation (npm run eval)', () => {
	suite('the sample cluster, with changes planted in copies of it', () => {
		let sample: ClusterEvaluation;

		suiteSetup(async function () {
			this.timeout(60_000);
			sample = await evaluateCluster(sampleCluster, { plantsPerKind: samplePlantsPerKind });
		});

		for (const kind of plantKinds) {
			const { floor, title } = floorOf('sample', kind);
			test(title, () => {
				const { plants, recall, message } = recallOf([sample], kind, floor);
				assert.ok(plants > 0, `no ${kind} change could be planted in the sample`);
				assert.ok(recall >= floor, message);
			});
		}

		test(`the untouched sample lists at most ${maxAboveLowOnSample} discrepancies above low severity`, () => {
			assert.ok(sample.noise.aboveLow <= maxAboveLowOnSample, `${sample.noise.aboveLow} above low: ${JSON.stringify(sample.noise.bySeverity)}`);
		});
	});

	suite('the dev clusters (../shared/dev-clusters), with changes planted in copies of them', () => {
		let dev: ClusterEvaluation[] = [];

		// All sixteen clusters take about fifteen seconds: no subset is needed.
		suiteSetup(async function () {
			if (!existsSync(defaultClusters)) {
				console.log(`      skipped: no dev clusters at ${defaultClusters}`);
				this.skip();
			}
			this.timeout(180_000);
			for (const folder of await listClusters(defaultClusters)) {
				dev.push(await evaluateCluster(folder, { plantsPerKind: devPlantsPerKind }));
			}
		});

		suiteTeardown(() => {
			dev = [];
		});

		for (const kind of plantKinds) {
			const { floor, title } = floorOf('dev', kind);
			test(title, () => {
				const { plants, recall, message } = recallOf(dev, kind, floor);
				assert.ok(plants > 0, `no ${kind} change could be planted in the dev clusters`);
				assert.ok(recall >= floor, message);
			});
		}
	});
});
