import type { Unit } from '../units';
import type { GroupingInput } from './grouping';
import type { MatchList } from './matchList';
import { bestFlag, edgeFlag, looseFlag, mutualFlag, pairFlags } from './pairFlags';
import type { NearMiss, UnitTable } from './types';

/** A pair kept for a second look (`pairFlags`'s `looseFlag`), with its place among the near misses. */
export interface Loose {
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

/**
 * The editor's grouping's reading of each unit's match list (`Regrouping`): which entries are its
 * edges and which pairs are kept for a second look, each judged as `groupClaims` judges it, kept
 * per unit between edits so that an edit reads again only the lists it reaches.
 */
export class PairReading {
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
	readonly edgesOf: (number[] | undefined)[] = [];
	/** Per unit, the edges it is first of in the folder's order: the other unit and the score, by turns. */
	readonly rows: (number[] | undefined)[] = [];
	/** Best score per article number, while one list's flags are worked out. */
	private scratch = new Float64Array(0);

	/** Works out which entries of a touched unit's list are its best in their article (none once the unit is gone). */
	noteBest(id: number, table: UnitTable, input: GroupingInput): void {
		this.ownBest[id] = table.units[id] ? this.bestFlags(input.matches.get(id), table) : undefined;
	}

	/** Forgets a unit gone. */
	forget(id: number): void {
		this.edgesOf[id] = undefined;
		this.rows[id] = undefined;
		this.placesBack[id] = undefined;
		this.looseOf[id] = undefined;
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
	readPairs(id: number, table: UnitTable, input: GroupingInput, loose: Loose[]): void {
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
}

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
export function sameRow(before: readonly number[] | undefined, row: readonly number[], ranks: readonly number[], ranksBefore: readonly number[]): boolean {
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
