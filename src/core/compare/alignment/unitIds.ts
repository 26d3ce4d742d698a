import type { Unit } from '../units';

/** Unit ids gathered once each, in the order first added, with a flag per id. */
export interface UnitIds {
	/** 1 at each id added. */
	flags: Uint8Array;
	ids: number[];
	/** Adds a unit's id, unless it is there already or the unit was let go. */
	add(id: number): void;
}

/**
 * Unit ids gathered once each, flagged by id rather than kept in a set: an edit that moves a common
 * word's weight at 1,000 articles reaches thousands of units. An id whose unit was let go
 * (`undefined`) is passed over.
 */
export function unitIds(units: readonly (Unit | undefined)[]): UnitIds {
	const flags = new Uint8Array(units.length);
	const ids: number[] = [];
	return {
		flags,
		ids,
		add: (id) => {
			if (!flags[id] && units[id]) {
				flags[id] = 1;
				ids.push(id);
			}
		},
	};
}
