import type { Unit } from '../units';
import { pairUnits, sameUnit } from './edits';

/** The aligner's units as seen by one article's units coming in (`insertAll`, `replaceUnits`). */
export interface ArticleSlots {
	/** The units by id: a kept id takes the new version of its passage. */
	readonly units: (Unit | undefined)[];
	readonly ranks: number[];
	/** The rank of the article's unit at a place. */
	rank(place: number): number;
	/** Adds a unit at a rank (`Aligner.insert`), giving its id. */
	insert(unit: Unit, rank: number): number;
	/** Takes a unit out of every posting list and every match (`Aligner.removeUnit`). */
	remove(id: number): void;
	/** Notes a unit object let go for another version of its passage, which keeps its id (`Matching.replaced`). */
	replaced(unit: Unit): void;
}

/** A new article's units, ranked and indexed. */
export function insertAll(units: readonly Unit[], slots: ArticleSlots): number[] {
	return units.map((unit, i) => slots.insert(unit, slots.rank(i)));
}

/**
 * A changed article's units: the units before and after the edit whose features are the same,
 * in the same order, keep their number and their place in every posting list (the unit object
 * is replaced when its offsets or findings moved); the others go and come.
 *
 * @param old The article's unit ids before the edit.
 * @returns The article's unit ids after it, in the order of `units`.
 */
export function replaceUnits(old: readonly number[], units: readonly Unit[], slots: ArticleSlots): number[] {
	const ids = pairUnits(old, units, (id) => slots.units[id]!);
	const kept = new Set(ids.filter((id) => id >= 0));
	ids.forEach((id, i) => {
		// A passage the edit left as it was, where it was, stays the same object: what was found in it still holds.
		if (id >= 0 && !sameUnit(slots.units[id]!, units[i])) {
			slots.replaced(slots.units[id]!);
			slots.units[id] = units[i];
		}
	});
	for (const id of old) {
		if (!kept.has(id)) {
			slots.remove(id);
		}
	}
	// Ranks first (kept units may move within the article), then the new units go in their places.
	ids.forEach((id, i) => {
		if (id >= 0) {
			slots.ranks[id] = slots.rank(i);
		}
	});
	ids.forEach((id, i) => {
		if (id < 0) {
			ids[i] = slots.insert(units[i], slots.rank(i));
		}
	});
	return ids;
}
