import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { ecbClustersFolder } from '../../scripts/eval/ecbClusters';
import { evaluateEcbClusters } from '../../scripts/eval/ecbPrecision';

/*
 * The default list on the ECB+ clusters of topics the dev clusters do not hold, against the hand
 * labels: floors just under what session 25 measured (tuning, topics 12 to 40: 44 real of 60,
 * 0.73, 2.73 listed per cluster; held out, topics 41 to 45: 18 of 33, 0.55, 3.3), so that a rule
 * that brings noise back fails here. Session 34: held out 19 of 35 (0.543, 3.5 per cluster): a
 * hyphenated word's parts read as words around a figure listed a deal's price told two ways
 * (real) and a weekday against "today" (labelled noise), while two planted changes of the dev
 * clusters were listed; the ceiling lets neither more. Session 35: a figure in an aside reads the
 * aside's words only, which took one labelled noise item off each list (tuning 44 of 52, 0.846, 2.36
 * per cluster; held out 19 of 34, 0.559, 3.4), and a sum told as the cash or stock part of a price
 * meets only a part of that form, which took two more off the held-out list and let one sum of the
 * same sentence meet the price instead (19 of 33, 0.576, 3.3); a name ending in a few capitals is a
 * model or a body, not a person, which took a graphics chip's two names off the tuning list (44 of
 * 51, 0.863, 2.32); a place named only to say where another is ("Orlek, the capital of the Vell
 * district") is no owner of the other's counts (44 of 50, 0.88, 2.27); a figure among figures of
 * four kinds is crowded (a spec sheet's battery life against another model's: 44 of 49, 0.898,
 * 2.23); a relation's age ("his 15-year-old stepson") is not a person named by age alone ("the
 * 11-year-old"): 44 of 48, 0.917, 2.18: floors and ceilings moved just under and over those.
 */
suite('the default list on events the rules were not tuned on (ECB+ clusters of other topics)', function () {
	this.timeout(600000);

	test('is at least as precise as measured, lists no more per cluster, and everything it lists is labelled', async function () {
		if (!existsSync(ecbClustersFolder)) {
			console.log(`      skipped: no ${ecbClustersFolder} (build it with scripts/eval/ecbClusters.ts)`);
			this.skip();
		}
		const result = (await evaluateEcbClusters())!;
		assert.deepEqual([...result.tuning.unlabelled, ...result.heldOut.unlabelled], [], 'label what is listed with scripts/eval/dumpListed.ts');
		assert.ok(result.tuning.precision! >= 0.91, `tuning precision ${result.tuning.precision}`);
		assert.ok(result.heldOut.precision! >= 0.57, `held-out precision ${result.heldOut.precision}`);
		assert.ok(result.listedPerCluster.tuning <= 2.2, `tuning: ${result.listedPerCluster.tuning} listed per cluster`);
		assert.ok(result.listedPerCluster.heldOut <= 3.35, `held out: ${result.listedPerCluster.heldOut} listed per cluster`);
	});
});
