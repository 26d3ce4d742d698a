import { nearMissReading, yearAnchors } from '../anchors';
import type { Unit } from '../units';
import { EdgeOrder } from './edgeOrder';
import { bestFlag, edgeFlag, type GroupingInput, groupsByRoot, looseFlag, memberOf, mergeEdges, mutualFlag, nearMissOf, order, pairFlags, UnionFind } from './grouping';
import type { MatchList } from './matchTable';
import { mergeSkipping, mergeSorted } from './sortedMerge';
import { ChangeTracker } from './nearMissChanges';
import { type Choices, NearMissOrder } from './nearMissOrder';
import { byPlace, sortByPlace } from './placeOrder';
import type { Claim, ClaimMember, NearMiss, UnitTable } from './types';

/** A pair kept for a second look (`pairFlags`'s `looseFlag`), with its place among the near misses. */
interface Loose {
	a: number;
	b: number;
	score: number;
	mutual: boolean;
	best: boolean;
	outbid: boolean;
	/** Its place in the order a fresh aligner gives the near misses (`NearMissOrder`). */
	first: number;
	second: number;
	/** Whether it is a near miss now: its passages in two claims of years that may meet. */
	kept: boolean;
	nearMiss?: NearMiss;
}

/** A claim's units in the folder's order, and its members. */
interface Group {
	ids: number[];
	members: ClaimMember[];
	/** The claim last made of it, kept while its number stays (40,000 claims at 1,000 articles, most unchanged by an edit). */
	claim?: Claim;
}

/**
 * `groupClaims` for the editor's aligner, done again after an edit only where the edit reaches.
 * Grouping merges along the edges (matches strong enough for one claim) strongest first, and what
 * one connected set of edges makes depends on those edges alone. So the units whose matches
 * changed (`MatchTable.takeChanged`), or whose passage or place did, mark the sets of edges to
 * merge again: the sets they were in, and all they reach through the edges now. The other claims
 * and near misses are kept. Units A1, B1, C1 joined by edges and D1, E1 joined by one: an edit
 * that changes D1's matches merges {D1, E1} again and keeps {A1, B1, C1}.
 *
 * What it gives is what `groupClaims` gives the same matches read in a fresh aligner's order
 * (`inChoiceOrder`); the near misses come in that order (`NearMissOrder`).
 */
export class Regrouping {
	/** What each unit id held at the last grouping: the unit and its rank. */
	private units: (Unit | undefined)[] = [];
	private ranks: number[] = [];
	/** Per unit, for each entry of its match list: whether the score is its best in that entry's article. */
	private ownBest: (Uint8Array | undefined)[] = [];
	/**
	 * Per unit, for each entry of its match list: where the unit stood in that entry's list when
	 * last looked up (a guess, checked before use). Only the lists an edit changed move their
	 * entries, so most guesses hold and few lists are searched: 3 → [9, 12] keeps 3's place in 9's
	 * list and in 12's.
	 */
	private placesBack: (Int32Array | undefined)[] = [];
	/** Per unit, the pairs kept for a second look of which it was first when last read (`readPairs`). */
	private looseOf: (Loose[] | undefined)[] = [];
	/** Per unit, the units it shares an edge with. */
	private edgesOf: (number[] | undefined)[] = [];
	/** Per unit, the edges it is first of in the folder's order: the other unit and the score, by turns. */
	private rows: (number[] | undefined)[] = [];
	/** Per unit, its connected set of edges (a number), and the units of each set. */
	private componentOf: number[] = [];
	private components = new Map<number, number[]>();
	private nextComponent = 0;
	private readonly groups = new UnionFind(0);
	/** Every unit's row of edges, in the order grouping takes them. */
	private readonly edgeOrder = new EdgeOrder();
	private bestScore = new Float64Array(0);
	private readonly groupYears = new Map<number, string[]>();
	private years: (string[] | undefined)[] = [];
	/** The claims' groups, in the claims' order. */
	private groupList: Group[] = [];
	/** The pairs kept for a second look, in the near misses' order. */
	private loose: Loose[] = [];
	private last: { claims: Claim[]; nearMisses: NearMiss[] } | undefined;
	/** The number of the last list of near misses (`nearMissChanges`). */
	private serial = -1;
	/**
	 * The lists of pairs and near misses of the grouping before the last, written over by the next:
	 * at 1,000 articles 370,000 and 240,000 places, not made anew per edit. (The last grouping's
	 * lists are still read: the draft cache walks the last near misses beside the new ones.)
	 */
	private spareLoose: Loose[] = [];
	private spareNearMisses: NearMiss[] = [];
	/** How many units the last call grouped again, of how many (for the bench and the tests). */
	regrouped = { units: 0, of: 0, touched: 0, reread: 0 };
	/** Best score per article number, while one list's flags are worked out. */
	private scratch = new Float64Array(0);

	/**
	 * Groups the matches into claims and near misses.
	 *
	 * @param input What `groupClaims` reads (`matches` being the aligner's own table).
	 * @param chosen Per unit, what its own last search chose (the near misses' order reads it).
	 * @param changed The units whose lists or choices changed since the last call (`MatchTable.takeChanged`).
	 */
	group(table: UnitTable, input: GroupingInput, chosen: Choices, changed: readonly number[]): { claims: Claim[]; nearMisses: NearMiss[] } {
		const { units, ranks } = table;
		const { matches } = input;
		const size = units.length;
		// L: the units whose matches, passage or place changed (new and gone ones too).
		const inL = new Uint8Array(size);
		const touched: number[] = [];
		const mark = (id: number) => {
			if (!inL[id]) {
				inL[id] = 1;
				touched.push(id);
			}
		};
		for (const id of changed) {
			if (id < size) {
				mark(id);
			}
		}
		for (let id = 0; id < size; id++) {
			if (units[id] !== this.units[id] || (units[id] && ranks[id] !== this.ranks[id])) {
				mark(id);
			}
		}
		if (this.last && touched.length === 0) {
			this.regrouped = { units: 0, of: size, touched: 0, reread: 0 };
			return this.last;
		}
		this.groups.grow(size);
		if (this.bestScore.length < size) {
			const bestScore = new Float64Array(Math.max(size, this.bestScore.length * 2));
			bestScore.set(this.bestScore);
			this.bestScore = bestScore;
		}
		for (const id of touched) {
			this.ownBest[id] = units[id] ? this.bestFlags(matches.get(id), table) : undefined;
			this.years[id] = undefined;
		}
		// D: those and the units they match, whose edges and pairs read their best scores.
		const inD = new Uint8Array(size);
		const reread: number[] = [];
		const markRead = (id: number) => {
			if (!inD[id]) {
				inD[id] = 1;
				if (units[id]) {
					reread.push(id);
				}
			}
		};
		for (const id of touched) {
			markRead(id);
			const list = matches.get(id);
			for (let i = 0; units[id] && list && i < list.length; i++) {
				markRead(list.ids[i]);
			}
		}
		const newLoose: Loose[] = [];
		// The units whose row of edges changed, or whose edges' places did (a rank moved): their edges go and come in the kept order.
		const rowMoved = new Uint8Array(size);
		const rowsRead: number[] = [];
		for (const id of reread) {
			const before = this.rows[id];
			this.readPairs(id, table, input, newLoose);
			if (ranks[id] !== this.ranks[id] || !sameRow(before, this.rows[id]!, ranks, this.ranks)) {
				rowMoved[id] = 1;
				rowsRead.push(id);
			}
		}
		for (const id of touched) {
			if (!units[id]) {
				this.edgesOf[id] = undefined;
				this.rows[id] = undefined;
				this.placesBack[id] = undefined;
				this.looseOf[id] = undefined;
				this.groupYears.delete(id);
				rowMoved[id] = 1;
			}
		}
		this.edgeOrder.update(rowMoved, rowsRead, this.rows, ranks);

		const affected = this.affectedBy(touched, units);
		this.regrouped = { units: affected.length, of: units.length, touched: touched.length, reread: reread.length };
		const inA = new Uint8Array(size);
		for (const id of affected) {
			inA[id] = 1;
		}
		this.merge(affected, inA, table);
		const claims = this.claims(affected, inA, units, ranks);

		const order = new NearMissOrder(matches, chosen, ranks);
		for (const pair of newLoose) {
			pair.first = order.listKey(pair.a);
			pair.second = order.pairKey(pair.a, pair.b);
		}
		sortByPlace(newLoose);
		const yearsOfGroup = (id: number) => {
			const root = this.groups.find(id);
			return this.groupYears.get(root) ?? this.yearsOf(root, units);
		};
		// Written by place, the length set at the end (emptied first, the array would let its room go).
		const nearMisses = this.spareNearMisses;
		let kept = 0;
		// Which near misses come, go and move, for the draft cache (`nearMissChanges`).
		const changes = new ChangeTracker(this.last !== undefined);
		const skip = (pair: Loose) => {
			if (inD[pair.a] !== 1) {
				return false;
			}
			if (pair.kept) {
				changes.mayGo(pair.nearMiss!);
			}
			return true;
		};
		// The pairs merged and read as near misses in one walk (a third of a million pairs at 1,000 articles, each read once).
		const loose = mergeSkipping(this.loose, skip, newLoose, byPlace, this.spareLoose, (pair) => {
			const { a, b, score } = pair;
			if (inD[a] || inA[a] || inA[b]) {
				let was = pair.kept;
				// As in `groupClaims`: a pair kept apart for its years is listed for its years alone, when alike enough.
				const reading = this.groups.find(a) === this.groups.find(b) ? 'none' : nearMissReading(score, yearsOfGroup(a), yearsOfGroup(b));
				const yearsAlone = reading === 'years';
				pair.kept = reading !== 'none';
				// A near miss whose years came apart or together since it was listed is another near miss: the old one goes.
				if (pair.kept && pair.nearMiss && (pair.nearMiss.echo === true) !== yearsAlone) {
					if (was && !inD[a]) {
						changes.unlisted(pair.nearMiss);
					}
					pair.nearMiss = undefined;
					was = false;
				}
				if (pair.kept) {
					const nearMiss = (pair.nearMiss ??= nearMissOf(units[a]!, units[b]!, score, pair.mutual, pair.best, pair.outbid, yearsAlone));
					if (inD[a]) {
						changes.listedAgain(nearMiss, pair);
					} else if (!was) {
						changes.listed(nearMiss, pair);
					}
				} else if (was && !inD[a]) {
					changes.unlisted(pair.nearMiss!);
				}
			}
			if (pair.kept) {
				nearMisses[kept++] = pair.nearMiss!;
			}
		});
		nearMisses.length = kept;
		this.serial = changes.done(nearMisses, this.serial);
		this.spareLoose = this.loose;
		this.loose = loose;
		this.spareNearMisses = this.last?.nearMisses ?? [];
		for (const id of touched) {
			this.units[id] = units[id];
			this.ranks[id] = ranks[id];
		}
		this.last = { claims, nearMisses };
		return this.last;
	}

	/** A unit's own years (`yearAnchors`), read once while the unit stays. */
	private yearsOf(id: number, units: readonly (Unit | undefined)[]): string[] {
		return (this.years[id] ??= yearAnchors(units[id]!));
	}

	/** For each entry of a list: whether its score is the unit's best in that entry's article (as `BestScores.isBestOf`). */
	private bestFlags(list: MatchList | undefined, table: UnitTable): Uint8Array {
		const flags = new Uint8Array(list?.length ?? 0);
		if (!list) {
			return flags;
		}
		const articles = table.unitArticles;
		if (this.scratch.length < table.articleCount()) {
			this.scratch = new Float64Array(Math.max(table.articleCount(), this.scratch.length * 2));
		}
		const best = this.scratch;
		for (let i = 0; i < list.length; i++) {
			const article = articles[list.ids[i]];
			best[article] = Math.max(best[article], list.scores[i]);
		}
		for (let i = 0; i < list.length; i++) {
			const score = list.scores[i];
			flags[i] = score > 0 && best[articles[list.ids[i]]] === score ? 1 : 0;
		}
		for (let i = 0; i < list.length; i++) {
			best[articles[list.ids[i]]] = 0;
		}
		return flags;
	}

	/** Works out a unit's edges, and the edges and pairs kept for a second look of which it is first in the folder's order. */
	private readPairs(id: number, table: UnitTable, input: GroupingInput, loose: Loose[]): void {
		const { units, ranks } = table;
		const { matches, threshold, mutualThreshold } = input;
		const list = matches.get(id);
		const edges: number[] = [];
		const row: number[] = [];
		const own = this.ownBest[id]!;
		const before = this.looseOf[id];
		const firstOf: Loose[] = [];
		let at = 0;
		let back = this.placesBack[id];
		if (list && back?.length !== list.length) {
			back = this.placesBack[id] = new Int32Array(list.length);
		}
		for (let i = 0; list && i < list.length; i++) {
			const other = list.ids[i];
			const score = list.scores[i];
			// Each pair judged as `groupClaims` judges it: the unit first in the folder's order as a.
			const first = ranks[id] <= ranks[other];
			// Of a pair the unit is second of, only whether it is an edge: at the claim threshold, whatever the best scores.
			if (!first && score >= threshold) {
				edges.push(other);
				continue;
			}
			const mine = own[i] === 1;
			const theirs = this.ownBest[other]![placeIn(matches.get(other)!, id, back!, i)] === 1;
			const flags = first ? pairFlags(units[id]!, units[other]!, score, mine, theirs, threshold, mutualThreshold) : pairFlags(units[other]!, units[id]!, score, theirs, mine, threshold, mutualThreshold);
			const edge = (flags & edgeFlag) !== 0;
			if (edge) {
				edges.push(other);
				if (first) {
					row.push(other, score);
				}
			}
			if (first && (flags & looseFlag) !== 0) {
				const read: Loose = { a: id, b: other, score, mutual: (flags & mutualFlag) !== 0, best: (flags & bestFlag) !== 0, outbid: edge, first: 0, second: 0, kept: false, nearMiss: undefined };
				// Mostly in the same order as at the last reading: looked for first next to the last one found.
				const found = before === undefined ? -1 : before[at]?.b === other ? at : before.findIndex((old) => old.b === other);
				if (found >= 0) {
					read.nearMiss = sameNearMiss(before![found], read, units);
					at = found + 1;
				}
				loose.push(read);
				firstOf.push(read);
			}
		}
		this.looseOf[id] = firstOf.length > 0 ? firstOf : undefined;
		this.edgesOf[id] = edges;
		this.rows[id] = row;
	}

	/**
	 * The units to group again: those of the sets of edges the touched units were in, and all
	 * units reachable from them through the edges now. Their old sets are forgotten, their new
	 * ones numbered.
	 */
	private affectedBy(touched: readonly number[], units: readonly (Unit | undefined)[]): number[] {
		// Flags by unit id, not sets: thousands of units at 1,000 articles after an edit that moves a common word's weight.
		const seen = new Uint8Array(units.length);
		const affected: number[] = [];
		const add = (id: number) => {
			if (!seen[id] && units[id]) {
				seen[id] = 1;
				affected.push(id);
			}
		};
		for (const id of touched) {
			const component = this.componentOf[id];
			if (component !== undefined && component >= 0) {
				for (const member of this.components.get(component) ?? []) {
					add(member);
				}
				this.components.delete(component);
			}
			this.componentOf[id] = -1;
			add(id);
		}
		// (An array's iterator reads its length at each step: the units added on the way are visited too.)
		for (const id of affected) {
			const component = this.componentOf[id];
			if (component !== undefined && component >= 0) {
				this.components.delete(component);
			}
			for (const other of this.edgesOf[id]!) {
				add(other);
			}
		}
		// The new sets: each unit reached from another through the edges now.
		const numbered = new Uint8Array(units.length);
		for (const start of affected) {
			if (numbered[start]) {
				continue;
			}
			const component = this.nextComponent++;
			const members = [start];
			numbered[start] = 1;
			for (const member of members) {
				this.componentOf[member] = component;
				for (const other of this.edgesOf[member]!) {
					if (!numbered[other]) {
						numbered[other] = 1;
						members.push(other);
					}
				}
			}
			this.components.set(component, members);
		}
		return affected;
	}

	/** Merges the affected units again along their edges, each starting alone (`mergeEdges`), the edges read out of the kept order. */
	private merge(affected: readonly number[], inA: Uint8Array, table: UnitTable): void {
		for (const id of affected) {
			this.groups.reset(id);
			this.bestScore[id] = 0;
			this.groupYears.delete(id);
		}
		const { a, b, scores } = this.edgeOrder;
		mergeEdges(table, { edgeA: a, edgeB: b, edgeScores: scores, edges: this.edgeOrder.of(inA) }, { groups: this.groups, bestScore: this.bestScore, groupYears: this.groupYears, yearsOf: (id) => this.yearsOf(id, table.units) });
	}

	/** The claims: the kept groups, and the affected units' new ones, in the order of their first member (`groupClaims`'s). */
	private claims(affected: readonly number[], inA: Uint8Array, units: readonly (Unit | undefined)[], ranks: readonly number[]): Claim[] {
		const fresh = groupsByRoot([...affected].sort((x, y) => ranks[x] - ranks[y]), this.groups);
		// A group's first unit, in the folder's order, places it: by article id and offset, then (as a stable sort keeps them) by rank.
		const before = (x: Group, y: Group) => order(units[x.ids[0]]!, units[y.ids[0]]!) || ranks[x.ids[0]] - ranks[y.ids[0]];
		const groups = fresh.map((ids) => ({ ids, members: ids.map((id) => memberOf(units[id]!, ids.length === 1 ? 1 : this.bestScore[id])) })).sort(before);
		// A kept group's units are all unaffected, and still there (a unit gone marks its set as affected).
		const kept = this.groupList.filter((group) => inA[group.ids[0]] !== 1 && units[group.ids[0]] === this.units[group.ids[0]]);
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

/**
 * The near miss object a pair read again had, when it is the same near miss: the same passages
 * (the same unit objects, in the same order), score and flags. A unit matching an edited one has
 * its pairs read again, most of them unchanged: 4–9 at 0.41, neither flag moved, keeps its object,
 * which the draft cache finds where it left it (a new object would be judged again by its units).
 *
 * @param old The same two units' pair at the last reading.
 */
function sameNearMiss(old: Loose, read: Loose, units: readonly (Unit | undefined)[]): NearMiss | undefined {
	const nearMiss = old.nearMiss;
	const same = nearMiss !== undefined && old.score === read.score && old.mutual === read.mutual && old.best === read.best && old.outbid === read.outbid;
	return same && nearMiss.a === units[read.a] && nearMiss.b === units[read.b] ? nearMiss : undefined;
}

/**
 * A unit's place in another's list (`MatchList.indexOf`), tried first at the place remembered in
 * `back[i]` and remembered again when searched. An id stands once in a list, so a guess that holds
 * is the place: 3 was at 0 in 9's list [3, 12] and still is; in [5, 3] it is searched for and found at 1.
 */
function placeIn(list: MatchList, id: number, back: Int32Array, i: number): number {
	const guess = back[i];
	if (guess >= 0 && guess < list.length && list.ids[guess] === id) {
		return guess;
	}
	return (back[i] = list.indexOf(id));
}

/**
 * Whether a unit's row of edges read again is the one it had, each edge at the same place in the
 * grouping's order: the same units at the same scores, none of them moved in the folder's order
 * (`ranks` now, `before` at the last grouping). A unit that matches an edited one has its row
 * read again, most often unchanged.
 */
function sameRow(before: readonly number[] | undefined, row: readonly number[], ranks: readonly number[], ranksBefore: readonly number[]): boolean {
	if (!before || before.length !== row.length) {
		return false;
	}
	for (let i = 0; i < row.length; i += 2) {
		if (before[i] !== row[i] || before[i + 1] !== row[i + 1] || ranks[row[i]] !== ranksBefore[row[i]]) {
			return false;
		}
	}
	return true;
}
