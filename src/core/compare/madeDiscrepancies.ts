import type { Discrepancy } from '../types';
import { holderOf } from './claimHolder';
import type { DiscrepancyDraft } from './context';
import type { DraftKeys } from './draftKeys';
import { confidenceOf } from './rules/confidence';

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

/** The discrepancy of a draft under an id: the one made last of the same draft under the same id and claim, if it serves, else a new one (kept for the next call). */
export function madeOf(draft: DiscrepancyDraft, keys: DraftKeys, id: string, serves: (made: Made) => boolean): Made {
	const holder = holderOf(draft);
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
export function discrepancyOf(draft: DiscrepancyDraft, id: string, rank: number): Discrepancy {
	const made: Record<string, unknown> = { id };
	const fields = draft as unknown as Record<string, unknown>;
	for (const field in fields) {
		if (field !== 'weight' && field !== 'strength' && Object.prototype.hasOwnProperty.call(fields, field)) {
			made[field] = fields[field];
		}
	}
	const holder = holderOf(draft);
	if (holder !== undefined) {
		made.claim = holder.claim;
	}
	made.confidence = confidenceOf(draft.kind, draft.severity);
	made.rank = Math.round(rank * 100) / 100;
	return made as unknown as Discrepancy;
}
