import type { NearMiss } from './types';

/**
 * Which near misses one regrouping brought and took away (`Regrouping`), so that the editor's
 * draft cache looks at those alone instead of walking every near miss of the folder (a quarter of
 * a million at 1,000 articles, a few dozen of which an edit moves). Example: the list [n1, n2, n3]
 * grouped again as [n1, n4, n3] reports n4 as come and n2 as gone; n1 and n3, the same objects,
 * are not named.
 */
export interface NearMissChanges {
	/** The number of the list these changes lead to (`nearMissChanges`), one per grouping that changed it. */
	serial: number;
	/** The number of the list they lead from: they say nothing to a reader that last read another. */
	since: number;
	/** Near miss objects in the new list that were not in the old one. */
	came: readonly NearMiss[];
	/** Objects of the old list that are not in the new one. */
	went: readonly NearMiss[];
	/** Objects in both lists whose place among the others changed (`nearMissBefore`). */
	moved: readonly NearMiss[];
}

/** Each list of near misses a regrouping returned, with what changed since its list before. */
const changesOf = new WeakMap<readonly NearMiss[], NearMissChanges>();
/** Lists numbered across every regrouping, so that one regrouping's numbers never pass for another's. */
let serials = 0;

/** What changed in a list of near misses since the regrouping's list before (undefined for a list no regrouping made). */
export function nearMissChanges(list: readonly NearMiss[]): NearMissChanges | undefined {
	return changesOf.get(list);
}

/** Where a near miss stands among the others: the first unit's list, then the pair in it (`NearMissOrder`). */
export interface NearMissPlace {
	first: number;
	second: number;
}

/**
 * Each near miss's place, held by the object under a symbol and not enumerable (no copy,
 * comparison or JSON of the near miss sees it): the place of the pair that last listed it.
 */
const placeKey = Symbol('near miss place');

type Placed = NearMiss & { [placeKey]?: NearMissPlace };

/**
 * A near miss's place in the last list a regrouping listed it in (undefined for one no regrouping
 * listed). The object given is never changed: held, it keeps telling where the near miss stood in
 * that list, wherever a later grouping moves it.
 */
export function placeOf(nearMiss: NearMiss): NearMissPlace | undefined {
	return (nearMiss as Placed)[placeKey];
}

/**
 * Whether one place comes before another in a list of near misses (negative), after it
 * (positive): what the draft cache orders the few near misses it judged again by, among those it
 * kept. (1, 4) comes before (2, 0) and after (1, 3).
 */
export function placeBefore(p: NearMissPlace, q: NearMissPlace): number {
	return p.first - q.first || p.second - q.second;
}

/** `placeBefore` of two near misses' places now: both must stand in the last list. */
export function nearMissBefore(x: NearMiss, y: NearMiss): number {
	return placeBefore(placeOf(x)!, placeOf(y)!);
}

/**
 * Notes, during one regrouping's walk over its pairs, the near misses that come, go and move.
 * The walk reports every listed near miss whose pair was read again or whose listing may have
 * changed; the others stay where they were.
 */
export class ChangeTracker {
	private readonly gone = new Set<NearMiss>();
	private readonly came: NearMiss[] = [];
	private readonly moved: NearMiss[] = [];
	/** Near misses listed again before it was known whether they were listed (`listedAgain`), each with the place it had: by turns. */
	private readonly pending: (NearMiss | NearMissPlace | undefined)[] = [];

	/**
	 * @param collecting Whether to note the changes: not on a first grouping, which every reader
	 * reads in full (the places are noted all the same).
	 */
	constructor(private readonly collecting: boolean) {}

	/** A listed pair read again: its near miss goes, unless a pair read again lists it again (`listedAgain`). */
	mayGo(nearMiss: NearMiss): void {
		if (this.collecting) {
			this.gone.add(nearMiss);
		}
	}

	/**
	 * A pair read again, listed: its near miss stays (perhaps at another place) if it was listed,
	 * else it comes. Whether it was listed may be known only later in the walk (its old pair comes
	 * after it when its place moved ahead): such near misses are settled at the end.
	 */
	listedAgain(nearMiss: NearMiss, place: NearMissPlace): void {
		if (this.collecting) {
			const before = placeOf(nearMiss);
			if (this.gone.delete(nearMiss)) {
				this.stayed(nearMiss, before!, place);
			} else {
				this.pending.push(nearMiss, before);
			}
		}
		placed(nearMiss, place);
	}

	/** A near miss listed before and now: moved if its place changed. */
	private stayed(nearMiss: NearMiss, before: NearMissPlace, now: NearMissPlace): void {
		if (before.first !== now.first || before.second !== now.second) {
			this.moved.push(nearMiss);
		}
	}

	/** A pair not read again, listed now and not before (its groups parted, or years no longer conflict). */
	listed(nearMiss: NearMiss, place: NearMissPlace): void {
		if (this.collecting) {
			this.came.push(nearMiss);
		}
		placed(nearMiss, place);
	}

	/** A pair not read again, listed before and not now. */
	unlisted(nearMiss: NearMiss): void {
		if (this.collecting) {
			this.gone.add(nearMiss);
		}
	}

	/**
	 * Notes the changes as those of the new list.
	 *
	 * @param since The number of the list before (-1 for none).
	 * @returns The new list's number.
	 */
	done(list: readonly NearMiss[], since: number): number {
		for (let i = 0; i < this.pending.length; i += 2) {
			const nearMiss = this.pending[i] as NearMiss;
			if (this.gone.delete(nearMiss)) {
				this.stayed(nearMiss, this.pending[i + 1] as NearMissPlace, placeOf(nearMiss)!);
			} else {
				this.came.push(nearMiss);
			}
		}
		const serial = ++serials;
		changesOf.set(list, { serial, since: this.collecting ? since : -1, came: this.came, went: [...this.gone], moved: this.moved });
		return serial;
	}
}

/** Notes the place of the pair that lists a near miss now. */
function placed(nearMiss: NearMiss, place: NearMissPlace): void {
	const target = nearMiss as Placed;
	if (target[placeKey] === place) {
		return;
	}
	if (Object.prototype.hasOwnProperty.call(target, placeKey)) {
		target[placeKey] = place;
	} else {
		Object.defineProperty(target, placeKey, { value: place, writable: true, enumerable: false, configurable: false });
	}
}
