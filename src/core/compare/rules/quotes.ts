import type { Severity } from '../../types';
import type { ChangeKind } from '../wordDiff';

/**
 * The quote kind's rules and constants (`discrepancies/quotes.ts`), in one place, each justified
 * by an example input.
 */
export const quoteRules = {
	/**
	 * Severity of a quote by its most serious change: "we must" / "we should", an added "not", a
	 * dropped "brutally" change what was said (high); "40 ships" / "45 ships" or another name inside
	 * the quote is worth a look (medium); another word is low unless `wordSeverity` lifts it.
	 */
	severityOf: {
		negation: 'high',
		modal: 'high',
		intensifier: 'high',
		number: 'medium',
		name: 'medium',
		word: 'low',
		inflection: undefined,
	} as Record<ChangeKind, Severity | undefined>,
	/**
	 * Below this share of words in common, two versions of a quote are different translations (or
	 * different quotes) rather than one wording with a changed word: only modal, negation and
	 * intensifier changes are still reported then, and as medium.
	 */
	minOverlapForWordChanges: 0.6,
	/**
	 * A changed word with this many words shared on each side is a rewording, however much the two
	 * versions differ elsewhere ("I only wanted to tell the families that I will never bring shame
	 * to …" / "I will never bring disgrace to …").
	 */
	minSharedAround: 3,
	/**
	 * Words both versions share right before and right after a changed word for the change to be a
	 * quote worded otherwise (medium), not a quote cut or tidied (low). A content word in another's
	 * place needs one on each side: "“I believe the pier will hold”" / "“I think the pier will hold”",
	 * "“our port has reached the end of its means”" / "“our port is at the end of its means”".
	 * Content words left out of the middle (or added there) need two on each side: "“the harbour must
	 * open its gates to every trader”" / "“the harbour must open to every trader”"; a clause dropped
	 * where the quote begins ("“I only wanted to say that we are sorry”" / "“We are sorry”") shares
	 * a word at most before it, and is a quote cut, which reporters do. Read on the low quotes of the
	 * labelled clusters: with one word each side for both, four of ten lifted were cuts and joins;
	 * with these, four of four lifted are real.
	 */
	rewordedInside: { substituted: 1, leftOut: 2 },
	/** Above this share of words in common, a changed modal, negation or intensifier is the one real difference: high. */
	closeWordingOverlap: 0.75,
	/** Below this, the two are not the same words at all (a paraphrase that happens to align). */
	minOverlap: 0.35,
	/** Words two versions of unequal length must share to be one quote: "I certainly wouldn't." / "I wouldn't trust the pier," share two. */
	minSharedWords: 3,
	/** Words after which the next word is a verb: an auxiliary, a modal or the "to" of an infinitive ("has been founded", "to stress"). */
	verbCues: new Set(['to', 'be', 'been', 'being', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must', 'do', 'does', 'did']),
};
