import type { Gender } from './pronouns';

/**
 * A speaker described through the person it belongs to: "his lawyers", "her campaign", "his
 * longtime physician". The description alone ("lawyers") tells a reader nothing; with the person
 * "his" or "her" stands for, it does ("Brandt's lawyers").
 *
 *   Tom Brandt lost the appeal. “We will go on,” his lawyers said.   → Brandt's lawyers
 */

/** "his " or "her " right before the description, with nothing else between. */
const possessivePattern = /\b(his|her)\s+$/iu;

/** The most characters read back for the possessive: "his " and a line break. */
const lookBack = 6;

/**
 * The possessive determiner right before a description that starts at `start`: where it stands
 * and the gender it asks for ("his" → m, "her" → f). "their" and "its" are left out: a group or
 * an organisation, not a person the pronoun rules can find.
 *
 * @param text The article's prose.
 * @param start Where the description starts.
 */
export function possessiveBefore(text: string, start: number): { at: number; gender: Gender } | undefined {
	const before = text.slice(Math.max(0, start - lookBack), start);
	const found = possessivePattern.exec(before);
	if (!found) {
		return undefined;
	}
	return { at: start - before.length + found.index, gender: found[1].toLowerCase() === 'his' ? 'm' : 'f' };
}

/**
 * The description named with its person: "lawyers" and "Tom Brandt" → "Tom Brandt's lawyers".
 *
 * @param person The name the possessive stands for.
 * @param description The description as read, without the possessive.
 */
export function possessedName(person: string, description: string): string {
	return `${person}’s ${description}`;
}
