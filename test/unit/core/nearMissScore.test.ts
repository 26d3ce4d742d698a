import * as assert from 'node:assert/strict';
import type { NearMiss } from '../../../src/core/compare/alignment/types';
import type { DiscrepancyDraft } from '../../../src/core/compare/context';
import { Found } from '../../../src/core/compare/incremental/judging';
import { NearMissRecords } from '../../../src/core/compare/incremental/nearMissRecords';
import { noReads, type Update } from '../../../src/core/compare/incremental/reads';
import { readNearMissScore } from '../../../src/core/compare/nearMissScore';
import { figureRules } from '../../../src/core/compare/rules/figures';
import type { Unit } from '../../../src/core/compare/units';

/** Scores from 0 to 1 in small uneven steps, with each threshold and its nearest neighbours. */
function scores(thresholds: number[]): number[] {
	const sweep = Array.from({ length: 1430 }, (_, i) => i * 0.0007);
	return [...sweep, ...thresholds.flatMap((t) => [t, t - 1e-12, t + 1e-12, t - 0.001, t + 0.001])];
}

suite('a near miss’s score read in steps', () => {
	test('falls on the same side as the exact score of every threshold the figure finder compares it with', () => {
		const thresholds = [figureRules.oneAgainstOneBelow, figureRules.namesAloneBelow, figureRules.untoldNumberBelow, figureRules.oneAgainstOneApart.below, figureRules.crowded.below];
		for (const score of scores(thresholds)) {
			for (const threshold of thresholds) {
				assert.equal(readNearMissScore({ score }) < threshold, score < threshold, `${score} against ${threshold}`);
			}
			assert.equal(figureRules.sharedWordsAt(readNearMissScore({ score })), figureRules.sharedWordsAt(score), `shared words needed at ${score}`);
		}
	});

	test('is never above the exact score, and less than a step below it', () => {
		for (const score of scores([])) {
			const read = readNearMissScore({ score });
			assert.ok(read <= score && score - read < 0.025, `${score} read ${read}`);
		}
	});

	test('keeps a near miss’s judgement when an edit moves its score inside its step (0.4 → 0.404), not when it crosses one (0.4 → 0.43)', () => {
		const unit = (side: string) => ({ article: side, kind: 'sentence', index: 0 }) as unknown as Unit;
		const [a, b] = [unit('a'), unit('b')];
		const pair = (score: number): NearMiss => ({ a, b, score, mutual: false, best: true, outbid: false });
		const update: Update = { changed: new Set(), gone: new Set(), similarity: () => 0, analysisOf: () => undefined };
		let judgements = 0;
		// As `judgeNearMiss` notes it: the score the finders read.
		const judge = (nearMiss: NearMiss) => {
			judgements++;
			const draft = { kind: 'figure', severity: 'low', summary: '', reason: '', strength: 1, mentions: [], missing: [] } as unknown as DiscrepancyDraft;
			return new Found(undefined, undefined, { figures: [draft], weekdays: [], quotes: [], attributions: [], substitutions: new Map() }, { ...noReads(), scores: [readNearMissScore(nearMiss)] }, []);
		};
		const records = new NearMissRecords();
		records.read([pair(0.4)], 1, update, [], judge);
		records.read([pair(0.404)], 2, update, [], judge);
		assert.equal(judgements, 1, 'a score moved inside its step is judged once');
		records.read([pair(0.43)], 3, update, [], judge);
		assert.equal(judgements, 2, 'a score moved past a step is judged again');
	});
});
