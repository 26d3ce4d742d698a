import type { NearMiss } from '../aligner';
import { nearMissChanges, type NearMissPlace, placeBefore, placeOf } from '../alignment/nearMissChanges';
import { mergeSkipping } from '../alignment/sortedMerge';
import type { Unit } from '../units';
import type { Found } from './judging';
import { flagsOf, stillHolds, type Update } from './reads';
import { readNearMissScore } from '../nearMissScore';

/**
 * The draft cache's records of the near misses (`DraftCache`), kept while each near miss stays
 * listed. When the aligner's regrouping says which near misses came, went and moved since the list
 * last read (`nearMissChanges`), only those, and the records whose reads the edit may have moved
 * (the suspects), are looked at: an edit in one of 1,000 articles moves a few dozen of a quarter
 * of a million. Otherwise (a first comparison, a list with date echoes) every near miss is looked
 * up. Example: the list [n1, n2, n3] read, then [n1, n4, n3] reported as n4 come and n2 gone: n4
 * is judged (or takes the record of the same pair under another object), n2's record is let go,
 * and the records of n1 and n3 are kept unread unless the edit changed a passage they read.
 */
export class NearMissRecords {
	/** Each record by its near miss's two passages (a near miss object made again for the same pair finds it). */
	private readonly byUnits = new WeakMap<Unit, Map<Unit, Found>>();
	/**
	 * The last list read in full and its records, side by side: the grouping keeps most near miss
	 * objects and their order, so most are found at the next place without a look-up.
	 */
	private lastNearMisses: readonly NearMiss[] = [];
	private lastRecords: readonly Found[] = [];
	private spareRecords: Found[] = [];
	/** The number of the last list read (`NearMissChanges.serial`), if a regrouping made it. */
	private serial: number | undefined;
	/** A record stands in the list last read while its `listed` is this (the comparison of the last full read). */
	private generation = -2;
	/** The records of the list last read that found anything, in the list's order (and the list before, written over next). */
	private finding: Found[] = [];
	private spareFinding: Found[] = [];

	/** Whether a record stands in the list last read. */
	live(found: Found): boolean {
		return found.listed === this.generation;
	}

	/**
	 * The records of a list of near misses that found anything, in the list's order.
	 *
	 * @param round This comparison's number (`Found.suspect`).
	 * @param suspects The near misses' records whose reads the edit may have moved (marked `suspect` = round).
	 * @param judge Judges a near miss afresh (and notes the record).
	 */
	read(list: readonly NearMiss[], round: number, update: Update, suspects: readonly Found[], judge: (nearMiss: NearMiss) => Found): Found[] {
		const changes = nearMissChanges(list);
		const last = this.serial;
		this.serial = changes?.serial;
		if (changes === undefined || last === undefined || (changes.serial !== last && changes.since !== last)) {
			return this.readAll(list, round, update, judge);
		}
		// The same list as last read: only the suspects to check.
		const none: readonly NearMiss[] = [];
		const same = changes.serial === last;
		return this.readChanges(same ? none : changes.came, same ? none : changes.went, same ? none : changes.moved, round, update, suspects, judge);
	}

	/** Reads the changes alone (`read`). */
	private readChanges(came: readonly NearMiss[], went: readonly NearMiss[], moved: readonly NearMiss[], round: number, update: Update, suspects: readonly Found[], judge: (nearMiss: NearMiss) => Found): Found[] {
		const generation = this.generation;
		const gone = new Set(went);
		// Whether a record that found anything was let go (the list of those is then written again).
		let lost = false;
		// The records to place again in the list of those that found anything (come, judged again or moved).
		const placed = new Set<Found>();
		for (const nearMiss of came) {
			// A new object for a pair judged before (its score or flags may have moved).
			const before = this.byUnits.get(nearMiss.a)?.get(nearMiss.b);
			const holds = before !== undefined && before.listed === generation && stillHolds(before.reads, update, () => [readNearMissScore(nearMiss)], flagsOf(nearMiss, before.flagsRead ?? []));
			const found = holds ? before : judge(nearMiss);
			this.adopt(found, nearMiss);
			found.listed = generation;
			placed.add(found);
		}
		for (const found of suspects) {
			const nearMiss = found.nearMiss!;
			if (found.listed !== generation || placed.has(found) || gone.has(nearMiss)) {
				continue;
			}
			// The same object as when last checked, the same score and flags: only the similarities it read may have moved.
			if (!stillHolds(found.reads, update, () => found.reads.scores ?? [], found.reads.flags)) {
				const fresh = judge(nearMiss);
				this.adopt(fresh, nearMiss);
				fresh.listed = generation;
				found.listed = -1;
				lost ||= found.any;
				placed.add(fresh);
			}
		}
		for (const nearMiss of moved) {
			const found = recordOf(nearMiss);
			if (found !== undefined && found.nearMiss === nearMiss && found.listed === generation) {
				placed.add(found);
			}
		}
		for (const nearMiss of went) {
			const found = recordOf(nearMiss);
			// (A record a new object of the same pair took over holds that object now.)
			if (found !== undefined && found.nearMiss === nearMiss && found.listed === generation) {
				found.listed = -1;
				lost ||= found.any;
			}
		}
		// The records put in place again, at their places now; their old entries, and those let go, are skipped.
		const added: Found[] = [];
		const places = new Map<Found, NearMissPlace>();
		for (const found of placed) {
			found.placedAgain = round;
			if (found.any && found.listed === generation) {
				places.set(found, placeOf(found.nearMiss!)!);
				added.push(found);
			}
		}
		if (added.length > 0 || lost) {
			// The list is searched by halving, so each old entry is compared by the place it was put at (the list is
			// in that order; those kept have not moved), a record placed again by its place now. Its new place is
			// noted only after the merge: noted before, its old entry would stand out of order in the list searched
			// (a record of [p1, p2, p3] moved from p2 to past p3 would send a search between p1 and p3 astray).
			const now = (found: Found) => places.get(found)!;
			const skip = (found: Found) => found.listed !== generation || found.placedAgain === round;
			added.sort((x, y) => placeBefore(now(x), now(y)));
			const finding = mergeSkipping(this.finding, skip, added, (x, y) => placeBefore(now(x), y.at!), this.spareFinding);
			for (const found of added) {
				found.at = now(found);
			}
			this.spareFinding = this.finding;
			this.finding = finding;
		}
		// The list read in full last is not this one: the next full read looks each near miss up.
		this.lastNearMisses = [];
		this.spareRecords = this.lastRecords.length > 0 ? (this.lastRecords as Found[]) : this.spareRecords;
		this.lastRecords = [];
		return this.finding;
	}

	/** Reads every near miss of the list, in order (`read`). */
	private readAll(nearMissList: readonly NearMiss[], round: number, update: Update, judge: (nearMiss: NearMiss) => Found): Found[] {
		const last = this.generation;
		const previous = this.lastNearMisses;
		const previousRecords = this.lastRecords;
		let next = 0;
		// The list of two full reads ago, written over: a quarter of a million places at 1,000 articles, not made anew.
		const records = this.spareRecords;
		records.length = nearMissList.length;
		const finding: Found[] = [];
		for (let i = 0; i < nearMissList.length; i++) {
			const nearMiss = nearMissList[i];
			// The same near miss object as when last read: the same score and flags (the aligner makes a new one when they change).
			let at = next;
			const end = Math.min(previous.length, next + lookAhead);
			while (at < end && previous[at] !== nearMiss) {
				at++;
			}
			let record: Found | undefined;
			if (at < end) {
				record = previousRecords[at];
				next = at + 1;
			} else {
				record = recordOf(nearMiss);
				// Found further on (many near misses went before it): the walk goes on from there.
				if (record !== undefined && record.place >= next && previous[record.place] === nearMiss) {
					next = record.place + 1;
				}
			}
			let found = record !== undefined && record.listed === last && record.nearMiss === nearMiss ? record : undefined;
			let holds = true;
			if (found !== undefined) {
				if (found.suspect === round) {
					const kept = found;
					holds = stillHolds(kept.reads, update, () => kept.reads.scores ?? [], kept.reads.flags);
				}
			} else {
				// A new object for a pair judged before (its score or flags may have moved).
				const byUnits = this.byUnits.get(nearMiss.a)?.get(nearMiss.b);
				if (byUnits !== undefined && byUnits.listed === last) {
					found = byUnits;
					holds = stillHolds(byUnits.reads, update, () => [readNearMissScore(nearMiss)], flagsOf(nearMiss, byUnits.flagsRead ?? []));
				}
			}
			if (!found || !holds) {
				found = judge(nearMiss);
			}
			this.adopt(found, nearMiss);
			found.listed = round;
			found.place = i;
			records[i] = found;
			if (found.any) {
				found.at = placeOf(nearMiss);
				finding.push(found);
			}
		}
		this.generation = round;
		this.lastNearMisses = nearMissList;
		this.spareRecords = previousRecords === records ? [] : (previousRecords as Found[]);
		this.lastRecords = records;
		this.spareFinding = this.finding;
		this.finding = finding;
		return finding;
	}

	/** Makes a record the one of a near miss object (found by it, and by its passages). */
	private adopt(found: Found, nearMiss: NearMiss): void {
		if (found.nearMiss !== nearMiss) {
			found.nearMiss = nearMiss;
			keepRecord(nearMiss, found);
			const { a, b } = nearMiss;
			(this.byUnits.get(a) ?? this.byUnits.set(a, new Map()).get(a)!).set(b, found);
		}
	}
}

/** How far ahead among the last list's near misses the next one is looked for (those between went). */
const lookAhead = 16;

/**
 * Each near miss's record, held by the near miss object under a symbol and not enumerable (no
 * copy, comparison or JSON of the near miss sees it): a weak map of the quarter of a million near
 * misses of 1,000 articles costs more to read, and to collect, than a property.
 */
const nearMissRecord = Symbol('draft record');

type Recorded = NearMiss & { [nearMissRecord]?: Found };

function recordOf(nearMiss: NearMiss): Found | undefined {
	return (nearMiss as Recorded)[nearMissRecord];
}

function keepRecord(nearMiss: NearMiss, found: Found): void {
	if (Object.prototype.hasOwnProperty.call(nearMiss, nearMissRecord)) {
		(nearMiss as Recorded)[nearMissRecord] = found;
	} else {
		Object.defineProperty(nearMiss, nearMissRecord, { value: found, writable: true, enumerable: false, configurable: false });
	}
}
