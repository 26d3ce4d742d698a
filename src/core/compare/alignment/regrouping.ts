import { nearMissReading } from '../anchors';
import type { Unit } from '../units';
import { ClaimGroups } from './claimGroups';
import { EdgeComponents } from './edgeComponents';
import { EdgeOrder } from './edgeOrder';
import { type GroupingInput, nearMissOf } from './grouping';
import { mergeSkipping } from './sortedMerge';
import { ChangeTracker } from './nearMissChanges';
import { type Choices, NearMissOrder } from './nearMissOrder';
import { type Loose, PairReading, sameRow } from './pairReading';
import { byPlace, sortByPlace } from './placeOrder';
import type { Claim, NearMiss, UnitTable } from './types';

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
	/** Each unit's edges and pairs, as last read. */
	private readonly pairs = new PairReading();
	/** The connected sets of edges. */
	private readonly components = new EdgeComponents();
	/** Every unit's row of edges, in the order grouping takes them. */
	private readonly edgeOrder = new EdgeOrder();
	/** The groups, merged along the edges, and the claims made of them. */
	private readonly groups = new ClaimGroups();
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
		for (const id of touched) {
			this.pairs.noteBest(id, table, input);
			this.groups.forgetYears(id);
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
			const before = this.pairs.rows[id];
			this.pairs.readPairs(id, table, input, newLoose);
			if (ranks[id] !== this.ranks[id] || !sameRow(before, this.pairs.rows[id]!, ranks, this.ranks)) {
				rowMoved[id] = 1;
				rowsRead.push(id);
			}
		}
		for (const id of touched) {
			if (!units[id]) {
				this.pairs.forget(id);
				this.groups.forgetGroupYears(id);
				rowMoved[id] = 1;
			}
		}
		this.edgeOrder.update(rowMoved, rowsRead, this.pairs.rows, ranks);

		const affected = this.components.affectedBy(touched, units, this.pairs.edgesOf);
		this.regrouped = { units: affected.length, of: units.length, touched: touched.length, reread: reread.length };
		const inA = new Uint8Array(size);
		for (const id of affected) {
			inA[id] = 1;
		}
		this.groups.merge(affected, inA, table, this.edgeOrder);
		const claims = this.groups.claims(affected, inA, units, ranks, this.units);

		const order = new NearMissOrder(matches, chosen, ranks);
		for (const pair of newLoose) {
			pair.first = order.listKey(pair.a);
			pair.second = order.pairKey(pair.a, pair.b);
		}
		sortByPlace(newLoose);
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
				const reading = this.groups.sameGroup(a, b) ? 'none' : nearMissReading(score, this.groups.yearsOfGroup(a, units), this.groups.yearsOfGroup(b, units));
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
}
