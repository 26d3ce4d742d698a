import type { MatchTable } from './matchTable';

/** Per unit id, the units its own last search chose, in the order chosen. */
export type Choices = readonly (readonly number[] | undefined)[];

/** Room for a place within one search's choices: a search chooses at most a few dozen units. */
const room = 4096;

/**
 * The order in which a fresh aligner lists the matches (`inChoiceOrder`), as numbers, without
 * building its table: the near misses come in that order. A fresh aligner reads the units in the
 * folder's order; at a unit's turn it notes each of its choices in its own list and in the chosen
 * unit's list, each list made when first written to. So a list's place is the first turn that
 * writes to it (the unit's own turn, or the turn of a unit that chose it, then the place among
 * that unit's choices), and a match's place in a list is the turn that first notes the pair.
 *
 * Example: units 1, 2, 3 in that order, 1 choosing [3] and 2 choosing [3, 1]: at 1's turn the
 * lists of 1 and then 3 are made; at 2's turn 2's list is made; 1's list reads [3, 2].
 */
export class NearMissOrder {
	private readonly listKeys = new Map<number, number>();

	constructor(
		private readonly matches: MatchTable,
		private readonly chosen: Choices,
		private readonly ranks: readonly number[],
	) {}

	/** The place of a turn: the chooser's rank, then 0 for its own list, 1 + i for its i-th choice. */
	private turn(unit: number, place: number): number {
		if (place >= room) {
			throw new Error(`a search chose more than ${room - 1} units`);
		}
		return this.ranks[unit] * room + place;
	}

	/** The place of a unit's list among the lists. */
	listKey(id: number): number {
		let key = this.listKeys.get(id);
		if (key === undefined) {
			key = (this.chosen[id]?.length ?? 0) > 0 ? this.turn(id, 0) : Infinity;
			const list = this.matches.get(id);
			for (let i = 0; list && i < list.length; i++) {
				const other = list.ids[i];
				const at = this.chosen[other]?.indexOf(id) ?? -1;
				if (at >= 0) {
					key = Math.min(key, this.turn(other, 1 + at));
				}
			}
			this.listKeys.set(id, key);
		}
		return key;
	}

	/** The place of a match in either unit's list: the first turn that notes it. */
	pairKey(a: number, b: number): number {
		let key = Infinity;
		const byA = this.chosen[a]?.indexOf(b) ?? -1;
		if (byA >= 0) {
			key = this.turn(a, 1 + byA);
		}
		const byB = this.chosen[b]?.indexOf(a) ?? -1;
		if (byB >= 0) {
			key = Math.min(key, this.turn(b, 1 + byB));
		}
		return key;
	}
}
