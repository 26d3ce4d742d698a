import type { Unit, UnitKind } from '../units';
import type { AskedIndex } from './askedIndex';
import { maxPostings } from './partialScores';
import { unitIds } from './unitIds';

/** How far ahead an edited article's old units are searched for one with a new unit's features. */
const lookAhead = 16;

/**
 * Pairs an edited article's new units with its old ones: each new unit takes the next old one
 * with the same features, looked for a few places ahead (an edit changes a sentence and its
 * quote, which stand apart in the list of units). Old [s1, s2, q1] and new [s1, s2′, q1] give
 * [id(s1), -1, id(q1)]: s2′ is new, s2 goes.
 *
 * @param old The old units' ids, in the article's order.
 * @param units The new units.
 * @param unitOf The old unit of an id.
 * @returns Per new unit, the id it keeps, or -1.
 */
export function pairUnits(old: readonly number[], units: readonly Unit[], unitOf: (id: number) => Unit): number[] {
	const ids: number[] = [];
	let next = 0;
	for (const unit of units) {
		let found = -1;
		for (let at = next; at < old.length && at < next + lookAhead; at++) {
			if (sameFeatures(unitOf(old[at]), unit)) {
				found = at;
				break;
			}
		}
		if (found >= 0) {
			ids.push(old[found]);
			next = found + 1;
		} else {
			ids.push(-1);
		}
	}
	return ids;
}

/** Whether two units are of one kind with the same features and counts, in the same order. */
function sameFeatures(before: Unit, unit: Unit): boolean {
	if (before.kind !== unit.kind || before.features.size !== unit.features.size) {
		return false;
	}
	const a = before.features.entries();
	for (const [feature, count] of unit.features) {
		const [otherFeature, otherCount] = a.next().value!;
		if (feature !== otherFeature || count !== otherCount) {
			return false;
		}
	}
	return true;
}

/**
 * Whether two versions of a passage are the same in everything a finder reads of it: offsets,
 * words, names, figures and quote (its speaker and source with theirs). Its features are already
 * known to be the same.
 */
export function sameUnit(a: Unit, b: Unit): boolean {
	if (a.start !== b.start || a.end !== b.end || a.index !== b.index || a.stamp !== b.stamp || a.entities.size !== b.entities.size || ![...a.entities].every((key) => b.entities.has(key))) {
		return false;
	}
	return JSON.stringify([a.tokens, a.names, a.figures, a.quote]) === JSON.stringify([b.tokens, b.names, b.figures, b.quote]);
}

/** What changed since the last matching, as the aligner tracked it. */
export interface PendingChanges {
	/** Every unit by id (`undefined` once removed). */
	units: readonly (Unit | undefined)[];
	/** Units added, and units removed. */
	added: readonly number[];
	removed: readonly number[];
	/** Features whose posting lists changed in length class (their weights changed: `lengthClass`). */
	features: ReadonlySet<number>;
	/** Features whose posting lists changed in length within their class (their weights the same), with their newest entries before. */
	recounted: ReadonlyMap<number, readonly number[]>;
	/** Features whose posting lists had a unit replaced by another, their length and weight the same, with their newest entries before. */
	moved: ReadonlyMap<number, readonly number[]>;
	postings: readonly (readonly number[])[];
	/** Kinds whose number of live units changed as weights read it (`coarseCount`: every weight of that kind changed). */
	kindsChanged: readonly UnitKind[];
}

/**
 * The units whose weighted features changed: the new units, those that share a feature whose
 * posting list changed in length (its weight changed), and every unit of a kind whose number of
 * units changed. A sentence added with "dockers" marks every sentence with "dockers"; a sentence
 * of "dockers" edited from "rose 14%" to "rose 15%" marks those with "14%" or "15%", not those
 * with "dockers" (as many have it as before).
 *
 * @returns Their ids (in the order touched) and a flag per unit id.
 */
export function touchedUnits(changes: PendingChanges): { touched: number[]; flags: Uint8Array } {
	const { units } = changes;
	const { flags, ids: touched, add: touch } = unitIds(units);
	if (changes.added.length === 0 && changes.removed.length === 0 && changes.features.size === 0 && changes.moved.size === 0) {
		return { touched, flags };
	}
	for (const id of changes.added) {
		touch(id);
	}
	for (const feature of changes.features) {
		for (const id of changes.postings[feature]) {
			touch(id);
		}
	}
	if (changes.kindsChanged.length > 0) {
		for (let id = 0; id < units.length; id++) {
			if (units[id] && changes.kindsChanged.includes(units[id]!.kind)) {
				touch(id);
			}
		}
	}
	return { touched, flags };
}

/** What an incremental aligner noted of each unit's last search. */
export interface LastSearches {
	/** Per unit, the candidates its last search scored exactly, read by the units scored (`AskedIndex.askersOf`). */
	asked: Pick<AskedIndex, 'askersOf'>;
	/** Per unit, the lists its last search read only the newest entries of (it had fewer than three rare features), else undefined. */
	rarest: readonly (readonly number[] | undefined)[];
	/** Per unit, the cut-off of its last search (`SearchResult.cutoff`). */
	cutoffs: readonly (number | undefined)[];
	/** A feature's weight now. */
	weight(feature: number): number;
	/**
	 * Calls `flag` with each unit whose search would meet one of the new units at a partial score
	 * at or above its last cut-off (`CandidateSearch.reachedBy`).
	 */
	reachedBy(added: readonly number[], flag: (id: number) => void): void;
}

/**
 * The units to search again in an incremental aligner: those touched; those whose last search
 * scored one of them or a unit now gone (that score changed); those a new unit would enter the
 * exact scoring of (`reachedBy`); and those that read only the newest entries of a list that had
 * a unit replaced (the others that hold the list's feature never read the list). Any other unit's candidates, their partial scores and their exact scores are
 * what they were, and a new candidate below its cut-off is never scored exactly.
 */
export function unitsToSearch(changes: PendingChanges, touched: { touched: number[]; flags: Uint8Array }, last: LastSearches): number[] {
	const { units } = changes;
	const research = [...touched.touched];
	const flags = new Uint8Array(touched.flags);
	const flag = (id: number) => {
		if (!flags[id] && units[id]) {
			flags[id] = 1;
			research.push(id);
		}
	};
	// The units that scored a changed or gone unit, in the order of their ids (those changed are flagged already).
	const gone = new Uint8Array(units.length);
	for (const id of changes.removed) {
		gone[id] = 1;
	}
	const changed = touched.flags;
	for (const id of last.asked.askersOf([...touched.touched, ...changes.removed], (other) => changed[other] === 1 || gone[other] === 1)) {
		flag(id);
	}
	let live = 0;
	for (const unit of units) {
		if (unit) {
			live++;
		}
	}
	// Every unit searched again already (a folder's first matching, or a kind's count changed)?
	if (research.length === live) {
		return research;
	}
	last.reachedBy(changes.added, flag);
	// (A list that changed in length within its class leaves every search's choice of lists as it was: `rarestLists` reads lengths by their class.)
	newestChanged(changes, last, flag);
	return research;
}

/**
 * Flags the units whose search reads only the newest entries of a list that had a unit replaced or
 * changed in length within its class (its weight the same either way), when those entries changed
 * other than by a passage giving way to its new version (then the searches that scored the old one
 * are searched again already), or when a new version enters them at a partial score at or above
 * the search's cut-off. A list of 900 entries that lost an old one reads its newest 128 as before.
 */
function newestChanged(changes: PendingChanges, last: LastSearches, flag: (id: number) => void): void {
	const { rarest, cutoffs } = last;
	const added = new Set(changes.added);
	const removed = new Set(changes.removed);
	/** Per new unit, the lists whose newest entries it entered. */
	const entered = new Map<number, number[]>();
	for (const [feature, before] of [...changes.moved, ...changes.recounted]) {
		const list = changes.postings[feature];
		const after = list.slice(-maxPostings);
		const old = new Set(before);
		const now = new Set(after);
		const coming = after.filter((id) => !old.has(id));
		const going = before.filter((id) => !now.has(id));
		if (coming.length === 0 && going.length === 0) {
			continue;
		}
		if (coming.every((id) => added.has(id)) && going.every((id) => removed.has(id))) {
			for (const id of coming) {
				(entered.get(id) ?? entered.set(id, []).get(id)!).push(feature);
			}
			continue;
		}
		for (const id of list) {
			if (rarest[id]?.includes(feature)) {
				flag(id);
			}
		}
	}
	const features = new Set([...entered.values()].flat());
	for (const feature of features) {
		for (const id of changes.postings[feature]) {
			const lists = rarest[id];
			if (!lists?.includes(feature)) {
				continue;
			}
			// The partial score a search of `id` gives each new unit it meets: the weights of the lists it reads where that unit entered.
			for (const [unit, enteredLists] of entered) {
				let partial = 0;
				for (const read of lists) {
					if (enteredLists.includes(read)) {
						const weight = last.weight(read);
						partial += weight * weight;
					}
				}
				const cutoff = cutoffs[id];
				if (partial > 0 && (cutoff === undefined || partial >= cutoff * (1 - 1e-9)) && changes.units[unit]!.article !== changes.units[id]!.article) {
					flag(id);
				}
			}
		}
	}
}
