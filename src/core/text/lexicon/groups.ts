/**
 * Nouns for a group of people, which a "he" or "she" never stands for ("The crowd cheered. “…,”
 * he said" is someone else), beside the person and role nouns of `people.ts`.
 */
import { words } from './wordSets';

/** Heads of a noun phrase that names a group, or anyone at all ("the crowd", "the campaign", "everyone"). */
export const groupNouns = words(
	'people men women children couple crowd audience staff team family group panel jury public everyone nobody someone ' +
		'campaign friends police insiders officials sources analysts experts diplomats',
);
