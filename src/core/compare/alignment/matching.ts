import { type Unit, type UnitKind, unitKinds } from '../units';
import { AskedIndex } from './askedIndex';
import { touchedUnits, unitsToSearch } from './edits';
import { FeatureIndex } from './featureIndex';
import { MatchTable } from './matchTable';
import { coarseCount } from './rarity';
import { CandidateSearch } from './search';
import type { UnitTable } from './types';
import { VectorSpace } from './vectors';

/**
 * The aligner's matching: the feature index, the vectors, the search and the matches, and (with
 * `incremental`) what each unit's last search read. Units new and gone are noted as they come
 * (`add`, `remove`) and matched at the next `matchChanged`: an edit that changes one sentence of
 * one article searches again that sentence and the few units its features reach, not the folder.
 */
export class Matching {
	/** The feature numbers, posting lists and weights; with `space`, `searcher` and `matches`, let go by `letGo`. */
	index = new FeatureIndex();
	space = new VectorSpace(this.index);
	private searcher: CandidateSearch;
	/** Best match of each unit in each other article, kept symmetric. */
	matches = new MatchTable();
	/** Per unit (incremental only): the units whose exact score its last search computed, and those it chose. */
	private readonly asked = new AskedIndex();
	readonly chosen: (number[] | undefined)[] = [];
	/** Per unit (incremental only): its last search's cut-off, and the lists it read only the newest entries of. */
	private readonly cutoffs: (number | undefined)[] = [];
	private readonly rarest: (number[] | undefined)[] = [];
	/** Since the last matching: units gone, units new; live counts at that matching. */
	private pendingRemoved: number[] = [];
	private pendingAdded: number[] = [];
	private matchedLive: Record<UnitKind, number> = { sentence: 0, headline: 0, quote: 0 };
	/** Live units whose weighted features changed in the last update (`changedUnits`), as ids until first asked. */
	private lastChanged: Set<Unit> | number[] = [];
	/** Unit objects let go (removed, or replaced by another version) since the last matching, and in the last update. */
	private pendingGone: Unit[] = [];
	private lastGone: ReadonlySet<Unit> = new Set();

	/**
	 * @param table The aligner's units, read as they are at each call.
	 * @param incremental Whether to search again only what an edit can change (`AlignerOptions`).
	 */
	constructor(
		private readonly table: UnitTable,
		private readonly incremental: boolean,
	) {
		this.searcher = new CandidateSearch(table, this.index, this.space);
		this.matches.trackChanges = incremental;
	}

	/** Adds a unit into each of its features' posting lists at its place (`ranks`), to be matched. */
	add(id: number, unit: Unit, ranks: readonly number[]): void {
		this.index.add(id, unit, ranks);
		this.pendingAdded.push(id);
	}

	/** Takes a unit out of every posting list and every match, and forgets its last search. */
	remove(id: number, unit: Unit): void {
		this.index.remove(id, unit);
		this.matches.deleteUnit(id);
		this.pendingGone.push(unit);
		this.asked.set(id, undefined);
		this.chosen[id] = undefined;
		this.cutoffs[id] = undefined;
		this.rarest[id] = undefined;
		this.pendingRemoved.push(id);
	}

	/** Notes a unit object let go for another version of the passage, which keeps its id. */
	replaced(unit: Unit): void {
		this.pendingGone.push(unit);
	}

	/**
	 * Searches again every unit whose best matches the changes since the last search can have
	 * changed, and only those (with `incremental`; else every unit): see `touchedUnits` and
	 * `unitsToSearch`.
	 *
	 * @param allUnits Every unit's id, the articles in the folder's order (what is searched without `incremental`).
	 */
	matchChanged(allUnits: () => number[]): void {
		const units = this.table.units;
		const live = this.index.live;
		const { counted, recounted, moved } = this.index.takeChangedFeatures();
		const changes = {
			units,
			added: this.pendingAdded,
			removed: this.pendingRemoved,
			features: counted,
			recounted,
			moved,
			postings: this.index.postings,
			kindsChanged: unitKinds.filter((kind) => coarseCount(live[kind]) !== coarseCount(this.matchedLive[kind])),
		};
		const nothing = changes.added.length === 0 && changes.removed.length === 0 && changes.features.size === 0 && changes.recounted.size === 0 && changes.moved.size === 0;
		const touched = touchedUnits(changes);
		// Read by the editor's draft cache (incremental); else built only if asked (a whole folder's units at first).
		this.lastChanged = this.incremental ? new Set(touched.touched.map((id) => units[id]!)) : touched.touched;
		this.lastGone = this.incremental ? new Set(this.pendingGone) : new Set();
		this.pendingGone = [];
		let research: number[];
		if (nothing) {
			research = [];
		} else if (!this.incremental) {
			this.matches.clear();
			research = allUnits();
		} else {
			research = unitsToSearch(changes, touched, {
				asked: this.asked,
				rarest: this.rarest,
				cutoffs: this.cutoffs,
				weight: (feature) => this.index.weight(feature),
				reachedBy: (added, flag) => this.searcher.reachedBy(added, this.cutoffs, flag),
			});
		}
		if (!this.incremental) {
			this.searchAll(research);
		} else {
			this.searchAgain(research);
		}
		if (research.length > 0) {
			this.matches.trim();
		}
		this.pendingAdded = [];
		this.pendingRemoved = [];
		this.matchedLive = { ...live };
	}

	/** Searches units afresh, the match table having been cleared, and notes their choices. */
	private searchAll(research: readonly number[]): void {
		const { starts, chosen, scores } = this.searcher.searchAll(research);
		// Each unit's list holds at most what it chose and what chose it.
		const capacities = new Int32Array(this.table.units.length);
		for (let at = 0; at < research.length; at++) {
			capacities[research[at]] += starts[at + 1] - starts[at];
		}
		for (const other of chosen) {
			capacities[other]++;
		}
		this.matches.reserve(capacities);
		research.forEach((id, at) => this.matches.noteChoices(id, chosen.subarray(starts[at], starts[at + 1]), scores.subarray(starts[at], starts[at + 1])));
	}

	/** Searches units again (incremental), noting what each search read, and notes the choices that changed. */
	private searchAgain(research: readonly number[]): void {
		// A unit searched again that chose what it chose, at the scores noted, leaves its matches as they are (the
		// editor's grouping groups again around the units whose matches changed: after a one-word edit, a few).
		const renoted: { id: number; chosen: number[]; scores: number[] }[] = [];
		for (const id of research) {
			const found = this.searcher.search(id, true);
			this.asked.set(id, found.asked);
			this.cutoffs[id] = found.cutoff;
			this.rarest[id] = found.rarest;
			if (!this.matches.holdsChoices(id, this.chosen[id], found)) {
				renoted.push({ id, chosen: found.chosen, scores: found.scores });
			}
		}
		for (const { id } of renoted) {
			this.matches.dropChoices(id, this.chosen);
			this.chosen[id] = [];
		}
		for (const { id, chosen, scores } of renoted) {
			this.chosen[id] = chosen;
			this.matches.noteChoices(id, chosen, scores);
		}
	}

	/** The units the last `matchChanged` found touched (`touchedUnits`), for `Aligner.changedUnits`. */
	changedUnits(): ReadonlySet<Unit> {
		if (Array.isArray(this.lastChanged)) {
			const units = this.table.units;
			this.lastChanged = new Set(this.lastChanged.map((id) => units[id]!));
		}
		return this.lastChanged;
	}

	/** The unit objects let go up to the last `matchChanged`, for `Aligner.goneUnits`. */
	goneUnits(): ReadonlySet<Unit> {
		return this.lastGone;
	}

	/** Lets go of the index, the vectors and the matches once no unit is matched again (`Aligner.compact`); what the last update changed stays readable. */
	letGo(): void {
		this.index = new FeatureIndex();
		this.space = new VectorSpace(this.index);
		this.searcher = new CandidateSearch(this.table, this.index, this.space);
		this.matches = new MatchTable();
	}
}
