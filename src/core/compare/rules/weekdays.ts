/**
 * The weekday rules and constants (`discrepancies/weekdays.ts`), each justified by an example input.
 */
export const weekdayRules = {
	/** The days a passage may name ("on Tuesday", "said Friday", "Sunday night"). */
	days: new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']),
	/**
	 * Aligned passages (aligner similarity 0.3 and up) that put one event on another day, after the
	 * same word, are listed: "checked into the clinic on Thursday night, her lawyer said" / "checked
	 * into the clinic on Sunday night, her lawyer said". On the 16 dev clusters no untouched pair of
	 * aligned passages names two days this way, so a day that differs is rare and worth a look.
	 */
	listedSimilarity: 0.3,
	/**
	 * Below this, passages are too loosely alike for their days to be one claim's: "officials met
	 * on Monday" / "the vote came on Friday, officials said" may be two events. Between the two,
	 * a day differs at low severity.
	 */
	minSimilarity: 0.15,
};
