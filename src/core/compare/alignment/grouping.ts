import { anchorsConflict, nearCopySimilarity, yearAnchors } from '../anchors';
import type { Unit } from '../units';
import { BestScores } from './bestScores';
import type { MatchTable } from './matchTable';
import type { Claim, NearMiss, UnitTable } from './types';

/** Least similarity of a near miss worth a second look. */
const nearMissThreshold = 0.12;

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
	const years: (string[] | undefined)[] = [];
	const yearsOf = (id: number) => (years[id] ??= yearAnchors(units[id]!));
	// The edges, as parallel arrays: a, b and score of edge i.
	const edgeA: number[] = [];
	const edgeB: number[] = [];
	const edgeScores: number[] = [];
	const loose: { a: number; b: number; score: number; mutual: boolean; best: boolean; outbid: boolean }[] = [];
	matches.forEach((a, others) => {
		const unitA = units[a]!;
		// Not for quotes: two short quotes of one speaker share the speaker and little else.
		const sentence = unitA.kind === 'sentence';
		for (let i = 0; i < others.length; i++) {
			const b = others.ids[i];
			const score = others.scores[i];
			// Each pair once, the one first in the folder's order as a.
			if (ranks[a] > ranks[b]) {
				continue;
			}
			// A weaker match still counts when each passage is the other's best in its article:
			// a long sentence that packs one claim among others scores low against a short one.
			const bestOfA = best.isBestOf(a, i);
			const bestOfB = best.isBestFor(a, i);
			const mutualBest = sentence && bestOfA && bestOfB;
			const edge = score >= threshold || (mutualBest && score >= mutualThreshold);
			if (edge) {
				edgeA.push(a);
				edgeB.push(b);
				edgeScores.push(score);
			}
			if (!sentence || score < nearMissThreshold) {
				continue;
			}
			const oneBest = bestOfA || bestOfB;
			// Kept: pairs below the claim threshold of which one is the other's best match, and pairs
			// outbid for a claim that both give figures, or, one the other's best, that each name someone
			// the other does not (a sentence may pack a second claim, with its own figure or name).
			if (oneBest && !edge) {
				loose.push({ a, b, score, mutual: mutualBest, best: oneBest, outbid: edge });
			} else if (edge) {
				const unitB = units[b]!;
				const comparable = (unitA.figures.length > 0 && unitB.figures.length > 0) || (oneBest && namesBeyond(unitA, unitB) && namesBeyond(unitB, unitA));
				if (comparable) {
					loose.push({ a, b, score, mutual: mutualBest, best: oneBest, outbid: edge });
				}
			}
		}
	});
	const edges = Array.from(edgeScores, (_, i) => i);
	edges.sort((x, y) => edgeScores[y] - edgeScores[x] || ranks[edgeA[x]] - ranks[edgeA[y]] || ranks[edgeB[x]] - ranks[edgeB[y]]);

	const groups = new UnionFind(units.length);
	const articlesOf = new Map<number, Set<number>>();
	const bestScore = new Float64Array(units.length);
	const groupYears = new Map<number, string[]>();
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
		if (score < nearCopySimilarity && anchorsConflict(yearsA, yearsB)) {
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

	const yearsOfGroup = (id: number) => groupYears.get(groups.find(id)) ?? yearsOf(groups.find(id));
	const nearMisses = loose
		.filter(({ a, b, score }) => groups.find(a) !== groups.find(b) && !(score < nearCopySimilarity && anchorsConflict(yearsOfGroup(a), yearsOfGroup(b))))
		.map(({ a, b, score, ...flags }) => ({ a: units[a]!, b: units[b]!, score: round(score), ...flags }));
	return { claims: numberClaims(units, input.unitsInOrder, groups, bestScore), nearMisses };
}

/** The groups as claims: members in the folder's order, claims in the order of their first member. */
function numberClaims(units: readonly (Unit | undefined)[], unitsInOrder: readonly (readonly number[])[], groups: UnionFind, bestScore: Float64Array): Claim[] {
	const groupOfRoot = new Map<number, number[]>();
	const members: number[][] = [];
	for (const ids of unitsInOrder) {
		for (const id of ids) {
			const root = groups.find(id);
			let group = groupOfRoot.get(root);
			if (!group) {
				group = [];
				groupOfRoot.set(root, group);
				members.push(group);
			}
			group.push(id);
		}
	}
	return members
		.sort((x, y) => order(units[x[0]]!, units[y[0]]!))
		.map((ids, n) => ({
			id: `c${n + 1}`,
			kind: units[ids[0]]!.kind,
			members: ids.map((id) => {
				const unit = units[id]!;
				return { article: unit.article, kind: unit.kind, index: unit.index, start: unit.start, end: unit.end, score: ids.length === 1 ? 1 : round(bestScore[id]) };
			}),
		}));
}

/** Disjoint sets of unit ids, with path compression: `join(4, 2)` puts 4's set under 2's root. */
class UnionFind {
	private readonly parent: Int32Array;

	constructor(size: number) {
		this.parent = new Int32Array(size).fill(-1);
	}

	find(id: number): number {
		const parent = this.parent;
		let root = id;
		while (parent[root] >= 0) {
			root = parent[root];
		}
		for (let node = id; parent[node] >= 0; ) {
			const next = parent[node];
			parent[node] = root;
			node = next;
		}
		return root;
	}

	join(root: number, under: number): void {
		this.parent[root] = under;
	}
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

/** Whether a unit names someone or somewhere the other does not. */
function namesBeyond(unit: Unit, other: Unit): boolean {
	for (const key of unit.entities) {
		if (!other.entities.has(key)) {
			return true;
		}
	}
	return false;
}

function order(a: Unit, b: Unit): number {
	return a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start;
}

/** A similarity to three decimals, as claims and near misses give it. */
export function round(value: number): number {
	return Math.round(value * 1000) / 1000;
}
