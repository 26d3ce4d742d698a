import type { NearMiss } from './alignment/types';

/**
 * A near miss's score as the finders read it: down to a step of 1/40 (0.025). Every threshold a
 * finder compares a near miss's score with is a multiple of the step (0.3, 0.5, 0.6 in
 * `rules/figures.ts`), so a score read so falls on the same side of each as the exact one; only a
 * figure's strength (0.4 + 0.6 × score) moves, by less than 0.015. The step is for the editor:
 * an edit that changes a rare figure moves the scores of its passages' near misses by 0.001 to
 * 0.01 (one changed digit changes that number's rarity, so the weights of every passage that
 * holds it), and a near miss whose exact score moved was judged again to learn that nothing
 * changed (832 of 923 judgements redone over the edit bench's twelve edits at 100 articles were
 * for the score alone). Read so, a score that moves inside its step keeps its judgement, and the
 * comparison from scratch reads the same steps, so an edit and a fresh comparison agree.
 *
 * Example: a near miss of score 0.3140 reads 0.3; after an edit that moves it to 0.3172 it still
 * reads 0.3, and one of 0.2991 reads 0.275, below `oneAgainstOneBelow` (0.3) as before.
 */
export function readNearMissScore(nearMiss: Pick<NearMiss, 'score'>): number {
	return Math.floor(nearMiss.score * stepsPerUnit) / stepsPerUnit;
}

/** Steps of the score between 0 and 1. */
const stepsPerUnit = 40;
