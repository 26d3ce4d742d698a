/**
 * Whether a capitalised word names a unit or a scale rather than a person: a word after
 * "degrees" ("54 degrees Fahrenheit", "12 degrees Celsius") or before "scale" ("6.1 on the
 * Richter scale"). The units keep the names of the people who made them; a reader does not meet
 * Fahrenheit in the story, and an outlet that converts to the other scale names no other person.
 *
 * @param text The article's text.
 * @param start Where the name starts.
 * @param end Where it ends.
 */
export function namesAScale(text: string, start: number, end: number): boolean {
	return degreesBefore.test(text.slice(Math.max(0, start - 12), start)) || scaleAfter.test(text.slice(end, end + 8));
}

const degreesBefore = /\bdegrees?\s+$/i;

const scaleAfter = /^\s+scale\b/i;
