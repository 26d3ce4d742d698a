/**
 * Abbreviations as the sentence splitter reads them (`text/sentenceEnds.ts`): which full stops
 * never end a sentence, and which end one only when an ordinary word follows.
 */
import { dottedAbbreviations } from './abbreviations';
import { union, wordSet } from './wordSets';

/**
 * Abbreviations that stand before a name or a number and never end a sentence: "Gov. Ames",
 * "Dr. Okafor", "Sec. Lund", "St. Paul", "Mt. Hood", "vs. Boston", "approx. 40".
 */
export const titleAbbreviations = wordSet(`
	mr, mrs, ms, mmes, messrs, dr, prof, sen, sens, rep, reps, gov, govs, gen, gens, col, lt, sgt, cpl, pvt, capt, adm, cmdr, maj,
	det, insp, supt, rev, fr, msgr, hon, pres, amb, atty, sec, st, mt, ft, vs, approx
`);

/** Abbreviations that end a sentence unless a number follows: "No. 5", "Vol. 2", "p. 14" (but "She said no. Then …"). */
export const numberAbbreviations = wordSet('no, nos, vol, vols, pp, p, fig, figs, art, ch, pt, ext, tel, ed');

/**
 * Abbreviations whose full stop may also end the sentence: "Acme Inc. The firm …" ends after
 * "Inc.", "Acme Inc. Chairman …" does not (see `sentenceEnds.ts`). Besides these, a single
 * letter ("J. M. Kaye") and a word with inner full stops ("U.S.", "p.m.") are read the same way.
 */
export const ambiguousAbbreviations = union(
	dottedAbbreviations,
	wordSet('jr, sr, inc, corp, co, ltd, llc, plc, bros, dept, univ, assn, ave, blvd, rd, etc, al, cf, eds'),
);

/**
 * States abbreviated as news agencies write them after a town, read as `ambiguousAbbreviations`
 * only when capitalised: "Peoria, Ill." and "Olympia, Wash.", but "she fell ill." is a word.
 */
export const placeAbbreviations = wordSet('del, ga, ill, ind, mass, miss, mo, pa, wash, ark, ia, la, me, nh, nj, ny, nc, sc, nd, sd, wva');
