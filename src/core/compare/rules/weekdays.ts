import type { Figure } from '../../types';

/**
 * The weekday rules and constants (`discrepancies/weekdays.ts`), each justified by an example input.
 */
export const weekdayRules = {
	/** The days a passage may name ("on Tuesday", "said Friday", "Sunday night", "Friday's game"). */
	days: new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']),
	/**
	 * Words a day carries that say which part of it, not what happened: "Sunday night" and
	 * "Saturday morning" share "night"/"morning" with any other day, so they are no evidence that
	 * the two days are the same event's.
	 */
	partsOfDay: new Set(['morning', 'afternoon', 'evening', 'night', 'nights', 'tonight', 'early', 'late', 'overnight']),
	/**
	 * Words either side of a day, up to the clause's end (a comma, colon, semicolon, bracket or
	 * dash), read as what happened on it: "Vey died peacefully in her sleep [Friday] in Tarn,
	 * family spokesman Al Dorr said" gives die, peac, sleep, not the spokesman. Names are left out:
	 * "hopped on a jet Wednesday night, headed for Hale Recovery" and "checked into Hale Recovery
	 * Center Thursday morning" name one clinic for two events.
	 */
	window: 8,
	/**
	 * How many words back a day set off by commas, whose clause holds no word of what happened,
	 * looks for its verb: "checked into the Hale Clinic in Orla Bay, Tarnia, on Thursday night,"
	 * reaches "checked" in ten.
	 */
	setOffReach: 16,
	/**
	 * Words that may stand before a day that opens its sentence and dates all of it ("On Saturday,
	 * the actor was handed the part when he was unveiled as the new lead"; "Early on Friday,", "Last
	 * Tuesday,"): the words after its comma, `setOffReach` at most, tell what happened that day.
	 */
	openingDayWords: new Set(['on', 'early', 'late', 'last', 'this', 'and', 'but', 'then']),
	/**
	 * Words before a day that make it a reference time, not when something happened: "As of
	 * Wednesday, Quell had 90% of the delegates she needs" states a tally on that day; "since
	 * Monday", "until Friday", "by Sunday" give the edge of a stretch or a deadline. Such a day is
	 * not set against another outlet's "after the votes are counted Tuesday".
	 */
	referenceBefore: new Set(['since', 'until', 'till', 'through', 'by']),
	/** Two words before a day that do the same ("as of Wednesday"). */
	referencePairs: new Set(['as of']),
	/**
	 * Words that open a clause about another time, which ends the day's words either side: "was
	 * charged with arson Saturday after setting fire to the depot" tells the charge on Saturday,
	 * the fire came before; "was charged with arson after a fire at the depot Friday" puts the
	 * fire on Friday, not the charge.
	 */
	otherEventAfter: new Set(['after', 'before', 'following', 'when', 'while', 'because', 'since', 'until']),
	/** What ends a clause between two words ("…in Tarn, family spokesman…"). */
	clauseBreak: /[,;:()\u2013\u2014]/,
	/**
	 * Content words beside the day that two outlets must share for their days to be one event's
	 * however differently the sentences go on: "the singer was sentenced Sunday to life in prison"
	 * / "Marsh was sentenced Saturday morning to two life terms" share "sentenced" and "life".
	 * Only against a day that two outlets or more agree on: one outlet against one other may tell
	 * two events with common words ("fans jeered the team in Tuesday's defeat" / "an aide said on
	 * Friday that the team's defeats were not the reason" share "team" and "defeat").
	 */
	sharedEventWords: 2,
	/**
	 * Figures that tell one event when two passages give them, counted as shared words: a score, a
	 * sum or a toll ("lost 104-97 at home" / "the 104-97 home defeat"), not a date or a span of years, an ordinal or a number
	 * under ten ("a third game", "two people") that any two stories may share, nor a span of time,
	 * which an age is: "Ada Vey, 38, was fired on Thursday" / "Vey, 38, was arrested after Monday's
	 * shooting" name the same person on two days.
	 */
	tellingFigure: (figure: Figure): boolean => !['date', 'time', 'ordinal', 'duration'].includes(figure.kind) && figure.unit !== 'date' && figure.value >= 10,
	/**
	 * Sentences too different to be one claim (the aligner's near misses, whether each is the
	 * other's best match or only one is) need one word more, and are listed on it alone: "checked
	 * into the Hale Clinic on Saturday for an undisclosed complaint" / "… on Friday for an
	 * undisclosed complaint" share checked, undisclosed, complaint. Listing one-sided near misses
	 * too added nothing to the default list of any untouched folder (dev, tuning, held-out and story
	 * clusters) and three planted days (ECB+ tuning 2, held out 1).
	 */
	sharedEventWordsApart: 3,
	/**
	 * Aligned passages (aligner similarity 0.3 and up) that put one event on another day, after the
	 * same word or beside one shared word, are listed: "checked into the clinic on Thursday night,
	 * her lawyer said" / "checked into the clinic on Sunday night, her lawyer said".
	 */
	listedSimilarity: 0.3,
	/**
	 * One outlet against one other needs a verb both sentences share beside the day below this
	 * similarity: "stood before a judge Monday on an arson count" / "was charged Saturday with
	 * arson" (0.29 alike) share the charge, not the event. Near copies of one sentence ("drowned
	 * early Thursday off Tarn" / "drowned early Friday off Tarn") tell one event
	 * whatever the tagger makes of their verbs: without this floor, three of 44 moved days in near
	 * copies went low in `npm run eval`.
	 */
	verbNeededBelow: 0.5,
	/**
	 * Against a day two outlets or more agree on, a shared word beside the day lists it from this
	 * similarity: "three people died when a bank in the capital burned Friday" / "three people were
	 * killed when protesters set fire to a bank on Wednesday" (two outlets) share "bank" beside
	 * the day, in passages of similarity 0.2 to 0.3.
	 */
	agreedSimilarity: 0.2,
	/**
	 * Below this, passages are too loosely alike for their days to be one claim's on a single shared
	 * word: "officials met on Monday" / "the vote came on Friday, officials said" may be two
	 * events. Between the two, a day differs at low severity.
	 */
	minSimilarity: 0.15,
	/**
	 * Ledes, the articles' first sentences, tell the story's own event (`discrepancies/ledeDays.ts`):
	 * one lede's day is set against a day the ledes of `agreed` articles agree on when it stands
	 * beside `sharedWords` of the same words as one of them ("stopping Brisk in the seventh round …
	 * on Saturday" / "stopping him in seven rounds on Monday"; one shared word set a charge's day
	 * against the shooting's, "a man" in both). Two ledes alone may
	 * each lead with another moment of a story that ran over days.
	 */
	ledes: { agreed: 3, sharedWords: 2 },
	/**
	 * Passages of one claim that give a second day at least this often tell a story of several
	 * days, not an outlet's slip: "opened fire at the party on Friday" (four outlets) / "was charged
	 * on Saturday with murder" (four outlets) / "appeared in court on Monday" (one). An outlet that
	 * moves the event is one against the others, or two.
	 */
	storyDays: 3,
};
