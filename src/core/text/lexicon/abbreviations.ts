/** Acronyms and abbreviations: which are names, which are not, and which keep their full stop. */
import { wordSet } from './wordSets';

/** Upper-case tokens that are not names: roles, units, time zones and common abbreviations ("CEO", "GMT", "COVID"). */
export const commonAcronyms = wordSet(`
	ceo, cfo, coo, cto, mp, mep, mvp, gm, am, pm, gmt, utc, est, edt, pst, pdt, cet, bst, et, pt, km, kg, mph, tv,
	gdp, dna, hiv, aids, covid, sars, ok, faq, pdf, url, id, vip, suv, dvd, cd, iq, lgbt, lgbtq, rip, ufo, ai, it,
	pr, hr, ko, kos, tko, rbi, era, ii, iii, iv, vs, usd, eur, gbp, rpm, ad, bc, pc, ps, pps, r&d, q&a, m&a, b&b
`);

/** Acronyms long enough to pass for ordinary words in capitals that are still names ("UNESCO", "NASDAQ"). */
export const longAcronyms = wordSet('unesco, unicef, nasdaq, interpol, frontex, asean, mercosur, gazprom, rosneft');

/** Acronyms that became ordinary words: a lower-case "aids" or "laser" is never the acronym. */
export const lexicalisedAcronyms = wordSet('aids, laser, radar, scuba, swat, nimby, yolo, sonar, taser, gif, jpeg, sars, covid, posh, snafu');

/** Abbreviations whose full stop belongs to the word ("St. Louis", "Mt. Everest", "Sen. Roe"). */
export const dottedAbbreviations = wordSet(`
	st, mt, ft, jr, sr, dr, mr, mrs, ms, prof, sen, rep, gov, gen, col, capt, lt, sgt, cpl, adm, cmdr, det, rev, fr,
	maj, inc, corp, co, ltd, bros, ave, rd, jan, feb, mar, apr, jun, jul, aug, sep, sept, oct, nov, dec, mon, tue,
	tues, wed, thu, thur, thurs, fri, sat, ala, ariz, calif, colo, conn, fla, kan, ky, md, mich, minn, mont, neb,
	nev, okla, ore, tenn, tex, vt, va, wis, wyo
`);

/**
 * A name's words written short, with their full form: "Mt Orren" is "Mount Orren", "Tarn Medical
 * Assn" the "Tarn Medical Association". Two outlets that write one name short and in full name
 * one place or body.
 */
export const nameWordAbbreviations: ReadonlyMap<string, string> = new Map([
	['mt', 'mount'],
	// Street types: "12th St" / "12th Street", "Orla Ave" / "Orla Avenue".
	['st', 'street'],
	['ave', 'avenue'],
	['rd', 'road'],
	['blvd', 'boulevard'],
	['hwy', 'highway'],
	['pkwy', 'parkway'],
	['sq', 'square'],
	['ft', 'fort'],
	['assn', 'association'],
	['assoc', 'association'],
	['univ', 'university'],
	['dept', 'department'],
	['natl', 'national'],
	['intl', 'international'],
	['govt', 'government'],
	['hosp', 'hospital'],
	['inst', 'institute'],
]);
