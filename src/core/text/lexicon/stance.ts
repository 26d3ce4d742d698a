/** Words that change what a quote commits to: modal verbs, negations, intensifiers (read by the word diff of quotes). */
import { words } from './wordSets';

/** Modal verbs: "should" / "must" / "could" changes what was promised or demanded. */
export const modals = words("should must shall will would can could may might ought won't can't cannot shouldn't mustn't wouldn't couldn't");

/** Negations: adding or dropping one reverses the sense ("we will" / "we will not"). */
export const negations = words("not no never nothing nobody none neither nor cannot can't won't don't doesn't didn't isn't aren't wasn't weren't shouldn't mustn't wouldn't couldn't haven't hasn't");

/**
 * Words that only strengthen what they qualify: "very, very aggressive", "strongly supported".
 * NOTE: small words like "so", "much", "all", "even" are left out: translations add and drop
 * them freely, and a reader would not call that a changed quote.
 */
export const intensifiers = words('very really truly highly extremely absolutely utterly totally completely entirely fully deeply greatly strongly firmly seriously gravely');

/**
 * Words in -ly that are no manner adverbs, so no intensifiers when dropped from a quote ("only",
 * "early", "July", "family", "Italy", "likely", "reply"): every other adverb in -ly is one
 * ("brutally", "deliberately").
 */
export const notAdverbs = words('only early july family italy likely unlikely reply supply apply rely fly daily weekly monthly yearly rally ally belly holy jolly lonely friendly elderly assembly nearly');

/** Words that join an intensifier to its sentence without adding meaning ("and brutally"). */
export const connectives = words('and but or also then');
