import type { DiscrepancyDraft } from '../context';
import { mergeKeyOf } from '../draftKeys';
import type { Found } from './judging';

/**
 * One merge key's place in a fold (`NearMissFold`): the draft kept so far and its rank, and the
 * call that last wrote it.
 */
interface FoldSlot {
	call: number;
	draft: DiscrepancyDraft | undefined;
	rank: number;
}

/** What a fold reads of a near miss's record, read once per record: the slot and rank of each of its figure drafts. */
export interface RecordFold {
	/** The slot table it was read for (`NearMissFold.generation`). */
	generation: number;
	slots: FoldSlot[];
	ranks: number[];
}

/** Slot tables numbered across every fold, so that a record read for one table is never read as another's. */
let generations = 0;

/**
 * The near misses' figure drafts as `finalize` reads them: per merge key, the first draft of the
 * highest rank, the keys in the order first met. `finalize` keeps, of each merge key, the first
 * draft of the highest rank, and orders the keys as first met; so a run of drafts in its input
 * can be replaced by this fold of the run and nothing it gives changes. A key met before the run
 * keeps its draft unless the fold's outranks it, as the run's first draft of that rank would; a key
 * first met in the run is met at its first draft there. At 1,000 articles the near misses give
 * 58,000 figure drafts over a few thousand keys: most near misses of wire copy repeat a figure of a
 * claim (the same odd "27%" met by every copy of the other sentence). The fold reads each record's
 * keys once, so its walk over the records costs a few reads per draft, not `finalize`'s.
 *
 * Example: drafts [a: "27%" odd in X (low), b: "27%" odd in X (medium), c: "9" odd in Y, d: "27%"
 * odd in X (medium)] fold to [b, c]: b outranks a, d only equals b, and "27%" is met before "9".
 */
export class NearMissFold {
	private slots = new Map<string, FoldSlot>();
	private generation = ++generations;
	private calls = 0;

	/**
	 * The fold of the figure drafts of some records, taken in order.
	 *
	 * @param records The near misses' records, in the list's order.
	 * @returns Per merge key, the first of its drafts of the highest rank, in the order the keys are first met.
	 */
	drafts(records: readonly Found[]): DiscrepancyDraft[] {
		const call = ++this.calls;
		const met: FoldSlot[] = [];
		for (const record of records) {
			const drafts = record.figures;
			if (drafts.length === 0) {
				continue;
			}
			const fold = this.foldOf(record);
			for (let i = 0; i < drafts.length; i++) {
				const slot = fold.slots[i];
				const rank = fold.ranks[i];
				if (slot.call !== call) {
					slot.call = call;
					slot.draft = drafts[i];
					slot.rank = rank;
					met.push(slot);
				} else if (rank > slot.rank) {
					slot.draft = drafts[i];
					slot.rank = rank;
				}
			}
		}
		const folded = new Array<DiscrepancyDraft>(met.length);
		for (let i = 0; i < met.length; i++) {
			folded[i] = met[i].draft!;
			met[i].draft = undefined;
		}
		// The slots of keys gone are let go now and then: the records still listed read their keys again.
		if (this.slots.size > 4 * met.length + 100_000) {
			this.slots = new Map();
			this.generation = ++generations;
		}
		return folded;
	}

	/** A record's slots and ranks in the current table. */
	private foldOf(record: Found): RecordFold {
		let fold = record.fold;
		if (fold?.generation !== this.generation) {
			const slots: FoldSlot[] = [];
			const ranks: number[] = [];
			for (const draft of record.figures) {
				const { key, rank } = mergeKeyOf(draft);
				let slot = this.slots.get(key);
				if (!slot) {
					slot = { call: -1, draft: undefined, rank: 0 };
					this.slots.set(key, slot);
				}
				slots.push(slot);
				ranks.push(rank);
			}
			fold = { generation: this.generation, slots, ranks };
			record.fold = fold;
		}
		return fold;
	}
}
