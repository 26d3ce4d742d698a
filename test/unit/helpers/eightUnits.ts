import fc from 'fast-check';
import { MatchTable } from '../../../src/core/compare/alignment/matchTable';
import type { UnitTable } from '../../../src/core/compare/alignment/types';
import type { Unit } from '../../../src/core/compare/units';

/**
 * Eight sentences in three articles, in the folder's order, with nothing else to read: the bare
 * table the grouping tests regroup, searched again one unit at a time.
 */
export const place = [0, 0, 1, 1, 1, 2, 2, 2];
export const units = place.map((article, id) => ({ article: `p${article}`, kind: 'sentence', index: id, start: 0, end: 10, figures: [], entities: new Set<string>() }) as unknown as Unit);
export const table: UnitTable = { units, unitArticles: place, ranks: place.map((_, id) => id), articleCount: () => 3 };
export const input = (matches: MatchTable) => ({ matches, unitsInOrder: [[0, 1], [2, 3, 4], [5, 6, 7]], threshold: 0.3, mutualThreshold: 0.22 });
/** Scores by the pair, some above the claim threshold, most below (near misses). */
export const score = (x: number, y: number) => 0.2 + ((Math.min(x, y) * 5 + Math.max(x, y) * 3) % 9) / 18;
/** Up to four units of other articles, as one unit's search may choose them. */
const others = (id: number) => fc.uniqueArray(fc.nat(7), { maxLength: 4 }).map((picked) => picked.filter((other) => place[other] !== place[id]));
/** One unit searched again: which it is and what it chooses. */
export const round = fc.nat(7).chain((id) => others(id).map((picked) => ({ id, picked })));
/** Each unit's first choices, drawn from a seed per unit: two units of other articles at most. */
export const firstChoices = (seeds: number[]): number[][] => seeds.map((seed, id) => [seed, (seed + 3) % 8].filter((other, at, all) => place[other] !== place[id] && all.indexOf(other) === at));
/** A seed per unit, and rounds of units searched again. */
export const drawn = [fc.array(fc.nat(7), { minLength: 8, maxLength: 8 }), fc.array(round, { minLength: 1, maxLength: 8 })] as const;
/** The matches of those choices, each change noted for the regrouping. */
export function trackedMatches(chosen: number[][]): MatchTable {
	const matches = new MatchTable();
	matches.trackChanges = true;
	chosen.forEach((picked, id) => matches.noteChoices(id, picked, picked.map((other) => score(id, other))));
	return matches;
}
