/** Words of time: weekdays, months, feasts and relative days. */
import { words, wordSet } from './wordSets';

/** The names of days and months, full and short: dates, each read by the date finders ("said Friday" / "said Monday"). */
export const dayAndMonthNames = wordSet(`
	monday, tuesday, wednesday, thursday, friday, saturday, sunday, mon, tue, tues, wed, thu, thur, thurs, fri, sat,
	january, february, march, april, may, june, july, august, september, october, november, december,
	jan, feb, mar, apr, jun, jul, aug, sep, sept, oct, nov, dec
`);

/** Weekdays, months and feasts: capitalised, but dates, not names ("On Wednesday", "last December"). */
export const timeWords: ReadonlySet<string> = new Set([...dayAndMonthNames, ...wordSet('christmas, easter, thanksgiving, halloween, ramadan, eid, hanukkah, diwali, weekend, am, pm, a.m., p.m.')]);

/** Words before a weekday that date it from the article's day ("last Thursday", "this Monday", "next Friday"). */
export const relativeDayWords = words('last this next past coming');

/** Days and relative days that start an adverbial ("said Tuesday that"). */
export const weekdays = words('monday tuesday wednesday thursday friday saturday sunday last earlier yesterday today');

/** Prepositions that open a short phrase of time or place between a subject and its verb ("Ruiz on Thursday said"). */
export const timePrepositions = words('on in at during');

/** Nouns of a span of time that end an adverbial after a verb ("said this week that", "argued last night that"). */
export const timeSpanNouns = words('day days week weeks month months year years night morning afternoon evening weekend decade time');

/**
 * Parts of an event that scope a figure: "in the first round", "during the second half", "on the
 * third day", "in the sixth" (a round or an inning left unsaid). With an ordinal any of these; alone
 * only those that never name a whole event (`eventPartsAlone`): "during the round" is part of a
 * fight, "in the quarter" is a company's whole reporting period.
 */
export const eventParts = words('round rounds half halves quarter quarters period periods inning innings set sets lap laps stage stages leg legs day days session sessions heat heats frame frames game games');

/** Parts of an event that scope a figure without an ordinal: "landed 28 punches during the round". */
export const eventPartsAlone = words('round half inning innings lap heat');

/** Time zones written after a time of day: "6:40pm PST", "02:40 GMT". */
export const timeZones = words('gmt utc bst cet cest eet eest wet pst pdt mst mdt cst cdt est edt akst hst ist jst aest aedt');

/**
 * Words that place a span of time rather than tell what it is of: "the last two decades of his
 * reign" and "the last six decades of it" share "last" as any two spans do, not a claim.
 */
export const spanEdges = words('last past next first final previous recent coming following');

/**
 * Days named from the day the article was dated ("today", "this morning", "last night"): read
 * against a page's stamp, which may be the next day's in another time zone or an update's.
 */
export const relativeDays = /^(?:today|tonight|yesterday|tomorrow|last night|this (?:morning|afternoon|evening))\b/i;
