import type { Unit } from '../units';

/** Least similarity of a near miss worth a second look. */
const nearMissThreshold = 0.12;

/**
 * What a match between two units makes, as bits of one number (`pairFlags`): an edge of a claim,
 * a near miss to keep (loose), and the near miss's flags. No verdict object per pair: grouping
 * judges half a million pairs at 2,000 articles, and the editor's thousands per edit.
 */
export const edgeFlag = 1;
export const looseFlag = 2;
export const mutualFlag = 4;
export const bestFlag = 8;

/**
 * Judges one match, a being the unit first in the folder's order: its verdict as bits
 * (`edgeFlag`, `looseFlag`, `mutualFlag`, `bestFlag`).
 *
 * @param bestOfA Whether the score is a's best in b's article.
 * @param bestOfB Whether the score is b's best in a's article.
 */
export function pairFlags(unitA: Unit, unitB: Unit, score: number, bestOfA: boolean, bestOfB: boolean, threshold: number, mutualThreshold: number): number {
	// Not for quotes: two short quotes of one speaker share the speaker and little else. Nor for
	// headlines: an article has one, so any two are each other's best, and the near misses a best
	// match keeps would set every pair of headlines side by side.
	const sentence = unitA.kind === 'sentence';
	// A weaker match still counts when each passage is the other's best in its article:
	// a long sentence that packs one claim among others scores low against a short one.
	const mutual = sentence && bestOfA && bestOfB;
	const edge = score >= threshold || (mutual && score >= mutualThreshold);
	const best = bestOfA || bestOfB;
	const verdict = (edge ? edgeFlag : 0) | (mutual ? mutualFlag : 0) | (best ? bestFlag : 0);
	if (!sentence || score < nearMissThreshold) {
		return verdict;
	}
	// Kept: pairs below the claim threshold of which one is the other's best match, and pairs
	// outbid for a claim that both give figures, or, one the other's best, that each name someone
	// the other does not (a sentence may pack a second claim, with its own figure or name).
	const loose = best && !edge ? true : edge && ((unitA.figures.length > 0 && unitB.figures.length > 0) || (best && namesBeyond(unitA, unitB) && namesBeyond(unitB, unitA)));
	return verdict | (loose ? looseFlag : 0);
}

/** Whether a unit names someone or somewhere the other does not. */
export function namesBeyond(unit: Unit, other: Unit): boolean {
	// Verbatim copies of a passage share their names' set (`unitsOfCopies.ts`): nothing to read.
	if (unit.entities === other.entities) {
		return false;
	}
	for (const key of unit.entities) {
		if (!other.entities.has(key)) {
			return true;
		}
	}
	return false;
}
