import type { Discrepancy, DiscrepancyKind, Severity, Span } from '../types';
import { SpanIndex } from '../spanIndex';
import type { DiscrepancyDraft } from './context';
import { SummaryOrder } from './incremental/summaryOrder';
import { confidenceOf } from './rules/confidence';

const severityRank: Record<Severity, number> = { high: 300, medium: 200, low: 100 };

/** Within one severity, what a fact-checker reads first: figures and quotes before names and omissions. */
const kindRank: Record<DiscrepancyKind, number> = { figure: 50, quote: 40, attribution: 30, entity: 20, omission: 0 };

/** Orders summaries as `localeCompare` does (the same default collation), without setting one up per call. */
const collator = new Intl.Collator();
const summaryOrder = new SummaryOrder(collator);

/** What `finalize` reads of a draft besides its fields: its merge key, rank and id's hash. */
interface DraftKeys {
	key: string;
	/** Its kind and every passage it points at, odd or not. */
	whole: string;
	rank: number;
	base: string;
	/** The slot of its merge key (`slotOf`), and of its whole key, while the slots last. */
	slot?: Slot;
	wholeSlot?: Slot;
	/** The discrepancy last made of a draft with these keys (`madeOf`). */
	made?: Made;
}

/**
 * A discrepancy made of a draft, with the id and claim it was made under: the same draft under the
 * same id and claim gives the same discrepancy. The editor's comparison passes most drafts of the
 * last comparison again after an edit (65,000 at 1,000 articles), most under the same id: their
 * discrepancies are given again, not copied field by field again.
 */
export interface Made {
	draft: DiscrepancyDraft;
	id: string;
	claim: string | undefined;
	discrepancy: Discrepancy;
	/** What the caller noted of it (`assembleComparison`: where its missing outlets are read from), kept with it. */
	note: unknown;
	/** Whether the last call gave it again (else made it anew). */
	again: boolean;
}

/** What `finalize` reads and writes to give again the discrepancies it made before (`madeOf`). */
export interface Reuse {
	/** Whether a discrepancy made by an earlier call of the same draft, under the same id and claim, may be given again. */
	serves(made: Made): boolean;
	/** Written by the call: each discrepancy's record, in the order of the discrepancies. */
	made: Made[];
}

/**
 * Per draft object, its keys, read once: the editor's comparison passes most drafts of the last
 * comparison again after an edit (those of the claims it did not touch), each the same object.
 * A draft is never changed once made. The keys are held by the draft itself, under a symbol and
 * not enumerable (no copy, clone or JSON of the draft sees them): a weak map of 65,000 drafts
 * (1,000 articles) costs ten times as much to read.
 */
const draftKeys = Symbol('finalize keys');

type Keyed = DiscrepancyDraft & { [draftKeys]?: DraftKeys };

function keysOf(draft: DiscrepancyDraft): DraftKeys {
	let keys = (draft as Keyed)[draftKeys];
	if (!keys) {
		const { kind, mentions } = draft;
		// Where every mention stands, and where the odd ones do (all of them when none is odd): one
		// string per mention, sorted once; a claim of wire copies gives a draft hundreds of mentions.
		const places: string[] = new Array<string>(mentions.length);
		let odd = 0;
		for (let i = 0; i < mentions.length; i++) {
			const mention = mentions[i];
			places[i] = `${mention.article}:${mention.start}:${mention.end}`;
			odd += mention.odd ? 1 : 0;
		}
		const oddPlaces = odd > 0 && odd < mentions.length ? places.filter((_, i) => mentions[i].odd) : undefined;
		const whole = places.sort().join('|');
		const texts = mentions.map((mention) => `${mention.article}:${mention.text}`).sort();
		keys = {
			key: `${kind}|${oddPlaces ? oddPlaces.sort().join('|') : whole}`,
			whole: `${kind}|${whole}`,
			rank: rankOf(draft),
			base: `${kind}-${hashJoined(kind, texts)}`,
		};
		keep(draft, keys);
	}
	return keys;
}

function keep(draft: DiscrepancyDraft, keys: DraftKeys): void {
	Object.defineProperty(draft, draftKeys, { value: keys, enumerable: false, writable: false, configurable: false });
}

/**
 * One merge key's place in the current call of `finalize`: the draft kept so far and its rank. A
 * key is one slot while the slots last, reached from a draft's keys without a look-up by string
 * (the editor's comparison passes 65,000 drafts at 1,000 articles: most near misses repeat a
 * figure of a claim).
 */
interface Slot {
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
let calls = 0;

/** The slot of a draft's merge key. */
function slotOf(keys: DraftKeys): Slot {
	let slot = keys.slot;
	if (slot?.generation !== slotGeneration) {
		slot = newSlot(slots, keys.key);
		keys.slot = slot;
	}
	return slot;
}

/** The slot of a draft's whole key. */
function wholeSlotOf(keys: DraftKeys): Slot {
	let slot = keys.wholeSlot;
	if (slot?.generation !== slotGeneration) {
		slot = newSlot(wholeSlots, keys.whole);
		keys.wholeSlot = slot;
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
 * A draft's merge key and rank, as `finalize` reads them: worked out once and kept by the draft,
 * so that a finder that asks (`discrepancies/outranking.ts`) costs `finalize` nothing more.
 */
export function mergeKeyOf(draft: DiscrepancyDraft): { readonly key: string; readonly rank: number } {
	return keysOf(draft);
}

/**
 * Gives a copy of a draft that differs only in its claim's id the keys of the draft it copies:
 * none of them reads the claim (the editor's comparison renumbers the drafts of every claim after
 * one that came or went, thousands of drafts whose keys would otherwise be worked out again).
 */
export function sameKeysAs(copy: DiscrepancyDraft, original: DiscrepancyDraft): DiscrepancyDraft {
	keep(copy, keysOf(original));
	return copy;
}

/**
 * What holds the id of the claim a kept draft belongs to now: the editor's comparison keeps a
 * claim's drafts while claims before it come and go and the ids after them shift ("c12" found
 * before a claim ahead of it went is "c11" now). The draft keeps the id it was made with; the
 * discrepancy `finalize` makes of it gives the holder's. No draft is copied per shift (thousands
 * at 1,000 articles, after any edit that adds or removes a claim).
 */
export interface ClaimHolder {
	claim: string | undefined;
}

const claimHolder = Symbol('claim holder');

type Held = DiscrepancyDraft & { [claimHolder]?: ClaimHolder };

/**
 * A draft whose claim id `finalize` reads from a holder: the draft itself, or, when another holder
 * holds it already, a copy (with the draft's keys, `sameKeysAs`). The draft must name a claim.
 */
export function heldBy(draft: DiscrepancyDraft, holder: ClaimHolder): DiscrepancyDraft {
	const held = (draft as Held)[claimHolder];
	if (held === holder) {
		return draft;
	}
	const target = held === undefined ? draft : sameKeysAs({ ...draft }, draft);
	Object.defineProperty(target, claimHolder, { value: holder, enumerable: false, writable: false, configurable: false });
	return target;
}

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
	// The keys of drafts gone are let go now and then; the drafts still held find their key's new slot by its string.
	if (slots.size + wholeSlots.size > 8 * met.length + 200_000) {
		slots.clear();
		wholeSlots.clear();
		slotGeneration++;
	}
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

/** The discrepancy of a draft under an id: the one made last of the same draft under the same id and claim, if it serves, else a new one (kept for the next call). */
function madeOf(draft: DiscrepancyDraft, keys: DraftKeys, id: string, serves: (made: Made) => boolean): Made {
	const holder = (draft as Held)[claimHolder];
	const claim = holder !== undefined ? holder.claim : draft.claim;
	const made = keys.made;
	if (made !== undefined && made.draft === draft && made.id === id && made.claim === claim && serves(made)) {
		made.again = true;
		return made;
	}
	const fresh: Made = { draft, id, claim, discrepancy: discrepancyOf(draft, id, keys.rank), note: undefined, again: false };
	keys.made = fresh;
	return fresh;
}

/**
 * A draft as a discrepancy: its id first, then its fields in their order but the weight and the
 * strength (the claim's id read from its holder, `heldBy`), then its confidence and rank; what
 * `{ id, ...rest, confidence, rank }` of the draft less those two gives, copied field by field:
 * taking two fields out by destructuring goes the engine's slow way, and the editor's comparison
 * makes thousands of discrepancies per edit ({ kind, severity, …, weight, strength } gives
 * { id, kind, severity, …, confidence, rank }).
 */
function discrepancyOf(draft: DiscrepancyDraft, id: string, rank: number): Discrepancy {
	const made: Record<string, unknown> = { id };
	const fields = draft as unknown as Record<string, unknown>;
	for (const field in fields) {
		if (field !== 'weight' && field !== 'strength' && Object.prototype.hasOwnProperty.call(fields, field)) {
			made[field] = fields[field];
		}
	}
	const holder = (draft as Held)[claimHolder];
	if (holder !== undefined) {
		made.claim = holder.claim;
	}
	made.confidence = confidenceOf(draft.kind, draft.severity);
	made.rank = Math.round(rank * 100) / 100;
	return made as unknown as Discrepancy;
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

function rankOf(draft: DiscrepancyDraft): number {
	return severityRank[draft.severity] + kindRank[draft.kind] + draft.weight * 10 + draft.strength * 5;
}

/** FNV-1a, 32 bits, hex: a short id that stays the same while the passages' text does. */
export function hash(text: string): string {
	return hex(fnv(0x811c9dc5, text));
}

/** `hash` of `${head}|${parts.join('|')}`, without joining them into one string. */
export function hashJoined(head: string, parts: readonly string[]): string {
	let value = fnv(fnv(0x811c9dc5, head), '|');
	for (let i = 0; i < parts.length; i++) {
		value = fnv(i > 0 ? fnv(value, '|') : value, parts[i]);
	}
	return hex(value);
}

/** FNV-1a's steps over a text, from `value`. */
function fnv(value: number, text: string): number {
	for (let i = 0; i < text.length; i++) {
		value ^= text.charCodeAt(i);
		value = Math.imul(value, 0x01000193);
	}
	return value;
}

function hex(value: number): string {
	return (value >>> 0).toString(16).padStart(8, '0');
}
