import type { Span } from '../../types';
import type { Unit, UnitKind } from '../units';

/** A unit's place in a claim, with how well it matches the rest of the claim. */
export interface ClaimMember extends Span {
	/** `Article.id`. */
	article: string;
	/** Sentence or quote. */
	kind: UnitKind;
	/** Index into the article's sentences or quotes. */
	index: number;
	/** Best similarity (0–1) to another member; 1 for a claim of one. */
	score: number;
}

/** Passages of different articles that report the same thing: at most one per article. */
export interface Claim {
	/** `c1`, `c2`, … in order of the first member's position. */
	id: string;
	/** Sentence or quote claim. */
	kind: UnitKind;
	/** One passage per article that reports it. */
	members: ClaimMember[];
}

/**
 * Two sentences that matched yet ended in different claims: below the claim threshold, or
 * outbid by other sentences of their articles ("…pour $48 billion …, and six shipyards will
 * share the orders" packs two claims; its match on the shipyards stays here).
 */
export interface NearMiss {
	a: Unit;
	b: Unit;
	score: number;
	/** Each is the other's best match in its article. */
	mutual: boolean;
	/** One of them (or each) is the other's best match. */
	best: boolean;
	/** Similar enough to be one claim, but other sentences of their articles took the places (kept only when both give figures or names). */
	outbid: boolean;
	/** Left apart by the aligner for their years, yet alike (`yearEchoSimilarity`), or dating one event with the same words around two years (`dateEchoes.ts`): read for its years only. */
	echo?: boolean;
}

/** Tuning of the aligner. */
export interface AlignerOptions {
	/** Least similarity for two passages to report the same claim (default: 0.3). */
	threshold?: number;
	/** Least similarity when each passage is the other's best match in its article (default: 0.22). */
	mutualThreshold?: number;
	/**
	 * Remember, per passage, the candidates its search scored and the matches it chose, so that an
	 * edit searches again only the passages whose result it can change (the editor's aligner;
	 * default: false, and then any change searches every passage again). Either way the result is
	 * the one a fresh aligner gives the same folder.
	 */
	incremental?: boolean;
}

/**
 * What the aligner knows of each unit, by the unit's internal number (its id): shared by the
 * modules of `alignment/`, owned and kept up to date by `Aligner`.
 */
export interface UnitTable {
	/** The unit, or `undefined` once removed. */
	readonly units: (Unit | undefined)[];
	/** The unit's article number (-1 once removed): compared in the search's inner loop. */
	readonly unitArticles: number[];
	/**
	 * The unit's place in the folder (the article's place × 2^20 + the unit's place in its
	 * article). Posting lists are kept in this order and every tie is broken by it, so an aligner
	 * brought up to date edit by edit gives the claims a fresh one gives the folder.
	 */
	readonly ranks: number[];
	/** How many article numbers have been given (numbers run from 0). */
	articleCount(): number;
}
