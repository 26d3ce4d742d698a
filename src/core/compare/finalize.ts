import type { Discrepancy, Span } from '../types';
import { SpanIndex } from '../spanIndex';
import type { DiscrepancyDraft } from './context';
import { type DraftKeys, keysOf } from './draftKeys';
import { SummaryOrder } from './incremental/summaryOrder';
import { discrepancyOf, madeOf, type Reuse } from './madeDiscrepancies';
import { letGoOfSlots, type Slot, slotOf, wholeSlotOf } from './mergeSlots';

/** Orders summaries as `localeCompare` does (the same default collation), without setting one up per call. */
const collator = new Intl.Collator();
const summaryOrder = new SummaryOrder(collator);

/** The calls of `finalize` so far: the number of the current one marks the slots it wrote (`Slot.call`). */
let calls = 0;

/**
 * Merges duplicates and ranks. Two drafts that point at the same odd passage say one thing:
 * a garbled agency name is an entity problem first, so the attribution it also causes goes, when
 * the name's draft is listed.
 *
 * @param reuse Whether a discrepancy an earlier call made of the same draft, under the same id
 * and claim, may be given again (what the caller added to it still holds), and where each one's
 * record goes; none is given again unless told.
 */
export function finalize(drafts: DiscrepancyDraft[], reuse?: Reuse): Discrepancy[] {
	// Per merge key, the first draft of the highest rank; the keys in the order first met.
	const call = ++calls;
	const met: Slot[] = [];
	for (const draft of drafts) {
		const keys = keysOf(draft);
		const slot = slotOf(keys);
		if (slot.call !== call) {
			slot.call = call;
			slot.draft = draft;
			slot.keys = keys;
			slot.rank = keys.rank;
			met.push(slot);
		} else if (keys.rank > slot.rank) {
			slot.draft = draft;
			slot.keys = keys;
			slot.rank = keys.rank;
		}
	}
	// Each kept draft with its keys, read once (a draft's keys are a property of one of many shapes of draft).
	const byKey: WithKeys[] = met.map((slot) => ({ draft: slot.draft!, keys: slot.keys! }));
	for (const slot of met) {
		slot.draft = undefined;
		slot.keys = undefined;
	}
	// Two drafts of one kind at the very same passages say one thing, whichever side each finder
	// read as odd: "Lenz Dies at 91" / "Lenz Dies at 93", one outlet each, is an age to the ages
	// finder and a figure to the figure finder, and each may call the other outlet odd.
	const bestOfWhole: WithKeys[] = [];
	for (const entry of byKey) {
		const slot = wholeSlotOf(entry.keys);
		if (slot.call !== call) {
			slot.call = call;
			slot.draft = entry.draft;
			slot.rank = entry.keys.rank;
			bestOfWhole.push(entry);
		} else if (entry.keys.rank > slot.rank) {
			slot.draft = entry.draft;
			slot.rank = entry.keys.rank;
		}
	}
	const best = byKey.filter((entry) => entry.keys.wholeSlot!.draft === entry.draft);
	for (const entry of bestOfWhole) {
		entry.keys.wholeSlot!.draft = undefined;
	}
	letGoOfSlots(met.length);
	// Only a listed one: a swap judged low ("Different person: A.J. Vey / A.J. Lenz", in loosely alike
	// passages) does not outrank the same quote given to two speakers.
	const entityOdd = oddSpansByArticle(best.map(({ draft }) => draft).filter((draft) => draft.kind === 'entity' && draft.severity !== 'low'));
	const kept = best.filter(
		({ draft }) => draft.kind !== 'attribution' || !draft.mentions.some((mention) => mention.odd && entityOdd.get(mention.article)?.overlaps(mention)),
	);
	// Ids: the hash of the passages, numbered when two discrepancies share it ("quote-1a2b3c4d-2").
	// The next number per hash is remembered, so a thousand look-alike passages cost a thousand steps.
	const taken = new Map<string, number>();
	// Ties of rank in the collator's order of their summaries, as places read once (`SummaryOrder`).
	const places = summaryOrder.placesOf(kept.map(({ draft }) => draft.summary));
	const placed = kept.map((entry, i) => ({ draft: entry.draft, keys: entry.keys, place: places[i], rank: entry.keys.rank }));
	placed.sort((x, y) => y.rank - x.rank || x.place - y.place);
	const discrepancies = new Array<Discrepancy>(placed.length);
	for (let i = 0; i < placed.length; i++) {
		const { draft, keys } = placed[i];
		const count = (taken.get(keys.base) ?? 0) + 1;
		taken.set(keys.base, count);
		const id = count === 1 ? keys.base : `${keys.base}-${count}`;
		if (reuse) {
			const made = madeOf(draft, keys, id, reuse.serves);
			reuse.made[i] = made;
			discrepancies[i] = made.discrepancy;
		} else {
			discrepancies[i] = discrepancyOf(draft, id, keys.rank);
		}
	}
	if (reuse) {
		reuse.made.length = placed.length;
	}
	return discrepancies;
}

/** A draft with its keys. */
interface WithKeys {
	draft: DiscrepancyDraft;
	keys: DraftKeys;
}

/** The odd spans of some drafts, per article. */
function oddSpansByArticle(drafts: DiscrepancyDraft[]): Map<string, SpanIndex<Span>> {
	const byArticle = new Map<string, Span[]>();
	for (const mention of drafts.flatMap((draft) => draft.mentions.filter((candidate) => candidate.odd))) {
		const list = byArticle.get(mention.article) ?? [];
		list.push(mention);
		byArticle.set(mention.article, list);
	}
	return new Map([...byArticle].map(([article, spans]) => [article, new SpanIndex(spans)]));
}
