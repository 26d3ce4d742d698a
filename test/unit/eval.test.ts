import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { evaluateCluster, listClusters, summarize, type ClusterEvaluation } from '../../scripts/eval/evaluate';
import { defaultClusters, devPlantsPerKind, sampleCluster, samplePlantsPerKind } from '../../scripts/eval/folders';
import { plantKinds, type PlantKind } from '../../scripts/eval/plant';

/** The issue's floor: a reader can trust that nine disagreements in ten get listed. */
const minRecall = 0.9;

/** The issue's ceiling on untouched clusters (per cluster, on average over the dev clusters): what `--min-severity medium` lists fits on one screen. */
const maxAboveLow = 10;

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
			test(`a planted ${kind} change is found at least ${minRecall * 100}% of the time`, () => {
				const { plants, recall, message } = recallOf([sample], kind, minRecall);
				assert.ok(plants > 0, `no ${kind} change could be planted in the sample`);
				assert.ok(recall >= minRecall, message);
			});
		}

		test(`the untouched sample lists at most ${maxAboveLow} discrepancies above low severity`, () => {
			assert.ok(sample.noise.aboveLow <= maxAboveLow, `${sample.noise.aboveLow} above low: ${JSON.stringify(sample.noise.bySeverity)}`);
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
			test(`a planted ${kind} change is found at least ${minRecall * 100}% of the time`, () => {
				const { plants, recall, message } = recallOf(dev, kind, minRecall);
				assert.ok(plants > 0, `no ${kind} change could be planted in the dev clusters`);
				assert.ok(recall >= minRecall, message);
			});
		}

		test(`the untouched clusters list at most ${maxAboveLow} discrepancies above low severity per cluster, on average`, () => {
			const average = dev.reduce((sum, evaluation) => sum + evaluation.noise.aboveLow, 0) / dev.length;
			assert.ok(average <= maxAboveLow, `${average.toFixed(1)} above low per cluster: ${dev.map((evaluation) => `${evaluation.cluster} ${evaluation.noise.aboveLow}`).join(', ')}`);
		});
	});
});
