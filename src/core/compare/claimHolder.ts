import type { DiscrepancyDraft } from './context';
import { sameKeysAs } from './draftKeys';

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

/** The holder a draft's claim id is read from (`heldBy`), or `undefined` for a draft whose own id holds. */
export function holderOf(draft: DiscrepancyDraft): ClaimHolder | undefined {
	return (draft as Held)[claimHolder];
}
