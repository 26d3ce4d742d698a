import { MatchTable } from './matchTable';

/**
 * The matches in the order a fresh aligner makes them: each unit, in the folder's order, notes
 * its own choices (and each chosen unit notes it back). The near misses come in this order, and
 * the finders that merge what they find keep the first of equals, so an aligner brought up to
 * date edit by edit must give them in the same order. Units [1, 2] where 1 chose 2 and 2 chose 1
 * give 1 → [2], 2 → [1], 1 first.
 *
 * @param unitsInOrder Each article's unit ids, the articles in the folder's order.
 * @param chosen Per unit, the units its own last search chose.
 * @param matches The matches, for their scores.
 */
export function inChoiceOrder(unitsInOrder: readonly (readonly number[])[], chosen: readonly (readonly number[] | undefined)[], matches: MatchTable, units: number): MatchTable {
	const ordered = new MatchTable();
	// Per unit: its place + 1 in the list of the unit being read (its score there), and whether it is
	// already in that unit's new list (marked with the unit's id + 1): no list is searched.
	const placeInOwn = new Int32Array(units);
	const noted = new Int32Array(units);
	for (const ids of unitsInOrder) {
		for (const id of ids) {
			const mine = chosen[id];
			if (!mine || mine.length === 0) {
				continue;
			}
			const own = matches.get(id)!;
			for (let i = 0; i < own.length; i++) {
				placeInOwn[own.ids[i]] = i + 1;
			}
			const mark = id + 1;
			const current = ordered.get(id);
			for (let i = 0; current && i < current.length; i++) {
				noted[current.ids[i]] = mark;
			}
			for (const other of mine) {
				// Noted already (the other chose this one first): with the same score, as matches are symmetric.
				if (noted[other] !== mark) {
					const score = own.scores[placeInOwn[other] - 1];
					// Each list ends as long as the unit's list in `matches` (the same matches, in another order): made that long at once.
					ordered.append(id, other, score, own.length);
					ordered.append(other, id, score, matches.get(other)!.length);
					noted[other] = mark;
				}
			}
			for (let i = 0; i < own.length; i++) {
				placeInOwn[own.ids[i]] = 0;
			}
		}
	}
	return ordered;
}
