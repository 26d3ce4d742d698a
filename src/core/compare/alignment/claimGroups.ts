import { yearAnchors } from '../anchors';
import type { Unit } from '../units';
import type { EdgeOrder } from './edgeOrder';
import { memberOf, mergeEdges, order } from './grouping';
import { mergeSorted } from './sortedMerge';
import type { Claim, ClaimMember, UnitTable } from './types';
import { groupsByRoot, UnionFind } from './unionFind';

/** A claim's units in the folder's order, and its members. */
interface Group {
	ids: number[];
	members: ClaimMember[];
	/** The claim last made of it, kept while its number stays (40,000 claims at 1,000 articles, most unchanged by an edit). */
	claim?: Claim;
}

/**
 * The editor's grouping's groups (`Regrouping`), kept between edits: the affected units merged
 * again along their edges (`merge`), and the claims made of the kept groups and the new ones
 * (`claims`).
 */
export class ClaimGroups {
	private readonly groups = new UnionFind(0);
	private bestScore = new Float64Array(0);
	private readonly groupYears = new Map<number, string[]>();
	private years: (string[] | undefined)[] = [];
	/** The claims' groups, in the claims' order. */
	private groupList: Group[] = [];

	/** Makes room for units up to `size`. */
	grow(size: number): void {
		this.groups.grow(size);
		if (this.bestScore.length < size) {
			const bestScore = new Float64Array(Math.max(size, this.bestScore.length * 2));
			bestScore.set(this.bestScore);
			this.bestScore = bestScore;
		}
	}

	/** Forgets a touched unit's own years (its passage may have changed). */
	forgetYears(id: number): void {
		this.years[id] = undefined;
	}

	/** Forgets the years of the group a unit gone was the root of. */
	forgetGroupYears(id: number): void {
		this.groupYears.delete(id);
	}

	/** A unit's own years (`yearAnchors`), read once while the unit stays. */
	private yearsOf(id: number, units: readonly (Unit | undefined)[]): string[] {
		return (this.years[id] ??= yearAnchors(units[id]!));
	}

	/** The years of a unit's group. */
	yearsOfGroup(id: number, units: readonly (Unit | undefined)[]): string[] {
		const root = this.groups.find(id);
		return this.groupYears.get(root) ?? this.yearsOf(root, units);
	}

	/** Whether two units are in one group. */
	sameGroup(a: number, b: number): boolean {
		return this.groups.find(a) === this.groups.find(b);
	}

	/** Merges the affected units again along their edges, each starting alone (`mergeEdges`), the edges read out of the kept order. */
	merge(affected: readonly number[], inA: Uint8Array, table: UnitTable, edgeOrder: EdgeOrder): void {
		for (const id of affected) {
			this.groups.reset(id);
			this.bestScore[id] = 0;
			this.groupYears.delete(id);
		}
		const { a, b, scores } = edgeOrder;
		mergeEdges(table, { edgeA: a, edgeB: b, edgeScores: scores, edges: edgeOrder.of(inA) }, { groups: this.groups, bestScore: this.bestScore, groupYears: this.groupYears, yearsOf: (id) => this.yearsOf(id, table.units) });
	}

	/**
	 * The claims: the kept groups, and the affected units' new ones, in the order of their first member (`groupClaims`'s).
	 *
	 * @param unitsBefore What each unit id held at the last grouping.
	 */
	claims(affected: readonly number[], inA: Uint8Array, units: readonly (Unit | undefined)[], ranks: readonly number[], unitsBefore: readonly (Unit | undefined)[]): Claim[] {
		const fresh = groupsByRoot([...affected].sort((x, y) => ranks[x] - ranks[y]), this.groups);
		// A group's first unit, in the folder's order, places it: by article id and offset, then (as a stable sort keeps them) by rank.
		const before = (x: Group, y: Group) => order(units[x.ids[0]]!, units[y.ids[0]]!) || ranks[x.ids[0]] - ranks[y.ids[0]];
		const groups = fresh.map((ids) => ({ ids, members: ids.map((id) => memberOf(units[id]!, ids.length === 1 ? 1 : this.bestScore[id])) })).sort(before);
		// A kept group's units are all unaffected, and still there (a unit gone marks its set as affected).
		const kept = this.groupList.filter((group) => inA[group.ids[0]] !== 1 && units[group.ids[0]] === unitsBefore[group.ids[0]]);
		this.groupList = mergeSorted(kept, groups, before);
		return this.groupList.map((group, n) => {
			const id = claimIds[n] ?? (claimIds[n] = `c${n + 1}`);
			if (group.claim?.id !== id) {
				group.claim = { id, kind: units[group.ids[0]]!.kind, members: group.members };
			}
			return group.claim;
		});
	}
}

/** Claim ids by place ("c1", "c2", …), made once. */
const claimIds: string[] = [];
