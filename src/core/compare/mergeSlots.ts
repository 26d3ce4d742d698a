import type { DiscrepancyDraft } from './context';
import type { DraftKeys } from './draftKeys';

/**
 * One merge key's place in the current call of `finalize`: the draft kept so far and its rank. A
 * key is one slot while the slots last, reached from a draft's keys without a look-up by string
 * (the editor's comparison passes 65,000 drafts at 1,000 articles: most near misses repeat a
 * figure of a claim).
 */
export interface Slot {
	/** The slots' generation it belongs to. */
	generation: number;
	/** The call of `finalize` that last wrote it. */
	call: number;
	draft: DiscrepancyDraft | undefined;
	/** The kept draft's keys. */
	keys: DraftKeys | undefined;
	rank: number;
}

const slots = new Map<string, Slot>();
/** The slots of the whole keys (`DraftKeys.whole`), as those of the merge keys. */
const wholeSlots = new Map<string, Slot>();
let slotGeneration = 0;

/** The slot of a draft's merge key. */
export function slotOf(keys: DraftKeys): Slot {
	return slotFor(keys, 'slot', slots, keys.key);
}

/** The slot of a draft's whole key. */
export function wholeSlotOf(keys: DraftKeys): Slot {
	return slotFor(keys, 'wholeSlot', wholeSlots, keys.whole);
}

/** The slot a draft's keys hold in `field` while the slots last, else a new one of `key` in `table`. */
function slotFor(keys: DraftKeys, field: 'slot' | 'wholeSlot', table: Map<string, Slot>, key: string): Slot {
	let slot = keys[field];
	if (slot?.generation !== slotGeneration) {
		slot = newSlot(table, key);
		keys[field] = slot;
	}
	return slot;
}

function newSlot(table: Map<string, Slot>, key: string): Slot {
	let slot = table.get(key);
	if (!slot) {
		slot = { generation: slotGeneration, call: -1, draft: undefined, keys: undefined, rank: 0 };
		table.set(key, slot);
	}
	return slot;
}

/**
 * The keys of drafts gone are let go now and then; the drafts still held find their key's new slot by its string.
 *
 * @param met How many merge keys the current call of `finalize` met: the slots are let go once
 * they are more than 8 per key met, plus 200,000.
 */
export function letGoOfSlots(met: number): void {
	if (slots.size + wholeSlots.size > 8 * met + 200_000) {
		slots.clear();
		wholeSlots.clear();
		slotGeneration++;
	}
}
