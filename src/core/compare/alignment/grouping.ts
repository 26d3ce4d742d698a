import { nearMissReading, yearAnchors, yearsApart } from '../anchors';
import type { Unit } from '../units';
import { BestScores } from './bestScores';
import type { MatchTable } from './matchTable';
import { bestFlag, edgeFlag, looseFlag, mutualFlag, pairFlags } from './pairFlags';
import type { Claim, ClaimMember, NearMiss, UnitTable } from './types';
import { groupsByRoot, UnionFind } from './unionFind';

/** What grouping reads besides the units. */
export interface GroupingInput {
	/** Every unit's matches, symmetric, in the order a fresh aligner makes them. */
	matches: MatchTable;
	/** Each article's unit ids, the articles in the folder's order. */
	unitsInOrder: readonly (readonly number[])[];
	/** Least similarity of one claim. */
	threshold: number;
	/** Least similarity of one claim when each passage is the other's best in its article. */
	mutualThreshold: number;
}

/**
 * Groups matched units into claims: the strongest matches first, and never two units of one
 * article in a claim (an article reports a claim once; a repeat is its own business). Three
 * articles A, B, C with A1–B1 at 0.9, B1–C1 at 0.5 and A2–C1 at 0.4 give the claim {A1, B1, C1}
 * (A2 would put a second passage of A in it), and A2–C1 stays a near miss when it qualifies.
 *
 * @returns The claims, numbered in the order of their first member, and the near misses.
 */
export function groupClaims(table: UnitTable, input: GroupingInput): { claims: Claim[]; nearMisses: NearMiss[] } {
	const { units, unitArticles, ranks } = table;
	const { matches, threshold, mutualThreshold } = input;
	const best = new BestScores(matches, input.unitsInOrder, unitArticles, table.articleCount());
	// Passages about different years are two events unless near copies (`anchors.ts`).
	// Filled in order, not written at ids far past its end (which V8 keeps as a dictionary).
	const years: (string[] | undefined)[] = [];
	while (years.length < units.length) {
		years.push(undefined);
	}
	const yearsOf = (id: number) => (years[id] ??= yearAnchors(units[id]!));
	// The edges, as parallel arrays: a, b and score of edge i.
	const edgeA: number[] = [];
	const edgeB: number[] = [];
	const edgeScores: number[] = [];
	// The pairs kept for a second look, as parallel arrays too: a, b, score and `pairFlags` of pair i.
	const looseA: number[] = [];
	const looseB: number[] = [];
	const looseScores: number[] = [];
	const looseFlags: number[] = [];
	matches.forEach((a, others) => {
		for (let i = 0; i < others.length; i++) {
			const b = others.ids[i];
			const score = others.scores[i];
			// Each pair once, the one first in the folder's order as a.
			if (ranks[a] > ranks[b]) {
				continue;
			}
			// As bits (half a million pairs in a folder of 2,000 articles): no verdict object per pair.
			const flags = pairFlags(units[a]!, units[b]!, score, best.isBestOf(a, i), best.isBestFor(a, i), threshold, mutualThreshold);
			if (flags & edgeFlag) {
				edgeA.push(a);
				edgeB.push(b);
				edgeScores.push(score);
			}
			if (flags & looseFlag) {
				looseA.push(a);
				looseB.push(b);
				looseScores.push(score);
				looseFlags.push(flags);
			}
		}
	});
	const edges = sortEdges(edgeA, edgeB, edgeScores, ranks);
	const groups = new UnionFind(units.length);
	const bestScore = new Float64Array(units.length);
	const groupYears = new Map<number, string[]>();
	mergeEdges(table, { edgeA, edgeB, edgeScores, edges }, { groups, bestScore, groupYears, yearsOf });

	const yearsOfGroup = (id: number) => groupYears.get(groups.find(id)) ?? yearsOf(groups.find(id));
	const nearMisses: NearMiss[] = [];
	for (let i = 0; i < looseA.length; i++) {
		const a = looseA[i];
		const b = looseB[i];
		const score = looseScores[i];
		const flags = looseFlags[i];
		if (groups.find(a) === groups.find(b)) {
			continue;
		}
		// Kept apart for their years: set side by side for the years alone, when alike enough (`nearMissReading`).
		const reading = nearMissReading(score, yearsOfGroup(a), yearsOfGroup(b));
		if (reading !== 'none') {
			// An outbid pair is one that made an edge.
			nearMisses.push(nearMissOf(units[a]!, units[b]!, score, (flags & mutualFlag) !== 0, (flags & bestFlag) !== 0, (flags & edgeFlag) !== 0, reading === 'years'));
		}
	}
	return { claims: numberClaims(units, input.unitsInOrder, groups, bestScore), nearMisses };
}

/** A near miss; one kept apart for its years is read for its years alone (`echo`, `nearMissReading`). */
export function nearMissOf(a: Unit, b: Unit, score: number, mutual: boolean, best: boolean, outbid: boolean, yearsAlone: boolean): NearMiss {
	const nearMiss: NearMiss = { a, b, score: round(score), mutual, best, outbid };
	if (yearsAlone) {
		nearMiss.echo = true;
	}
	return nearMiss;
}

/** Edge numbers in the order grouping takes them: strongest first, ties in the folder's order of a, then of b. */
export function sortEdges(edgeA: readonly number[], edgeB: readonly number[], edgeScores: readonly number[], ranks: readonly number[]): number[] {
	const edges = Array.from(edgeScores, (_, i) => i);
	edges.sort((x, y) => edgeScores[y] - edgeScores[x] || ranks[edgeA[x]] - ranks[edgeA[y]] || ranks[edgeB[x]] - ranks[edgeB[y]]);
	return edges;
}

/** Edges as parallel arrays (a, b and score of edge i), and the order in which to take them. */
export interface EdgeList {
	edgeA: ArrayLike<number>;
	edgeB: ArrayLike<number>;
	edgeScores: ArrayLike<number>;
	edges: readonly number[];
}

/** What merging builds: the groups, each unit's best score within its group, and each merged group's years by its root. */
export interface Groups {
	groups: UnionFind;
	bestScore: Float64Array;
	groupYears: Map<number, string[]>;
	/** A unit's own year anchors. */
	yearsOf: (id: number) => string[];
}

/**
 * Merges groups along edges in the order given, each unit starting alone: two groups join unless
 * they share an article or date different years (below a near copy's similarity). The merges of
 * one connected set of edges depend on its edges alone, which lets the editor's grouping merge
 * again only the sets an edit touched.
 */
export function mergeEdges(table: UnitTable, list: EdgeList, into: Groups): void {
	const { unitArticles } = table;
	const { edgeA, edgeB, edgeScores, edges } = list;
	const { groups, bestScore, groupYears, yearsOf } = into;
	const articlesOf = new Map<number, Set<number>>();
	const articlesOfRoot = (root: number) => articlesOf.get(root) ?? new Set([unitArticles[root]]);
	for (const edge of edges) {
		const a = edgeA[edge];
		const b = edgeB[edge];
		const score = edgeScores[edge];
		let rootA = groups.find(a);
		let rootB = groups.find(b);
		if (rootA === rootB) {
			continue;
		}
		let large = articlesOfRoot(rootA);
		let small = articlesOfRoot(rootB);
		if (small.size > large.size) {
			[large, small] = [small, large];
			[rootA, rootB] = [rootB, rootA];
		}
		if (sharesAny(small, large)) {
			continue;
		}
		// Years that never meet, anywhere in the two groups: two events ("a 5-19 start in 2006-07"
		// joins no claim of "the 2008-09 season" through a third outlet that gives no year).
		const yearsA = groupYears.get(rootA) ?? yearsOf(rootA);
		const yearsB = groupYears.get(rootB) ?? yearsOf(rootB);
		if (yearsApart(score, yearsA, yearsB)) {
			continue;
		}
		groupYears.set(rootA, yearsB.length === 0 && yearsA.length === 0 ? yearsA : [...new Set([...yearsA, ...yearsB])]);
		groupYears.delete(rootB);
		// The smaller group joins the larger: merging costs the smaller's size, never the folder's.
		groups.join(rootB, rootA);
		for (const article of small) {
			large.add(article);
		}
		articlesOf.set(rootA, large);
		articlesOf.delete(rootB);
		bestScore[a] = Math.max(bestScore[a], score);
		bestScore[b] = Math.max(bestScore[b], score);
	}
}

/** The groups as claims: members in the folder's order, claims in the order of their first member. */
function numberClaims(units: readonly (Unit | undefined)[], unitsInOrder: readonly (readonly number[])[], groups: UnionFind, bestScore: Float64Array): Claim[] {
	return groupsByRoot(unitsInOrder.flat(), groups)
		.sort((x, y) => order(units[x[0]]!, units[y[0]]!))
		.map((ids, n) => ({
			id: `c${n + 1}`,
			kind: units[ids[0]]!.kind,
			members: ids.map((id) => memberOf(units[id]!, ids.length === 1 ? 1 : bestScore[id])),
		}));
}

/** A unit as a claim's member, with its best score in the claim (1 alone). */
export function memberOf(unit: Unit, bestScore: number): ClaimMember {
	return { article: unit.article, kind: unit.kind, index: unit.index, start: unit.start, end: unit.end, score: round(bestScore) };
}

/** Whether two sets meet. */
function sharesAny(small: Set<number>, large: Set<number>): boolean {
	for (const item of small) {
		if (large.has(item)) {
			return true;
		}
	}
	return false;
}

export function order(a: Unit, b: Unit): number {
	return a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start;
}

/** A similarity to three decimals, as claims and near misses give it. */
export function round(value: number): number {
	return Math.round(value * 1000) / 1000;
}
