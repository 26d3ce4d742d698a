import type { DiscrepancyKind, Severity } from '../types';
import type { DiscrepancyDraft } from './context';
import { hashJoined } from './hash';
import type { Made } from './madeDiscrepancies';
import type { Slot } from './mergeSlots';

const severityRank: Record<Severity, number> = { high: 300, medium: 200, low: 100 };

/** Within one severity, what a fact-checker reads first: figures and quotes before names and omissions. */
const kindRank: Record<DiscrepancyKind, number> = { figure: 50, quote: 40, attribution: 30, entity: 20, omission: 0 };

/** What `finalize` reads of a draft besides its fields: its merge key, rank and id's hash. */
export interface DraftKeys {
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
 * Per draft object, its keys, read once: the editor's comparison passes most drafts of the last
 * comparison again after an edit (those of the claims it did not touch), each the same object.
 * A draft is never changed once made. The keys are held by the draft itself, under a symbol and
 * not enumerable (no copy, clone or JSON of the draft sees them): a weak map of 65,000 drafts
 * (1,000 articles) costs ten times as much to read.
 */
const draftKeys = Symbol('finalize keys');

type Keyed = DiscrepancyDraft & { [draftKeys]?: DraftKeys };

export function keysOf(draft: DiscrepancyDraft): DraftKeys {
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

function rankOf(draft: DiscrepancyDraft): number {
	return severityRank[draft.severity] + kindRank[draft.kind] + draft.weight * 10 + draft.strength * 5;
}
