import { firstNames } from './lexicon/people';
import { languageModels } from './loadLanguageModels';

/** A gender a given name or a pronoun tells. */
export type Gender = 'm' | 'f';

/**
 * The gender a first name suggests, from a maintained list of given names in six languages
 * (`gender-detection-from-name`, English read first): "Lena" → f, "Paul" → m, "Ortiz" → none.
 */
export function genderOfFirstName(word: string): Gender | undefined {
	const found = languageModels().getGender(word, 'en');
	return found === 'male' ? 'm' : found === 'female' ? 'f' : undefined;
}

/**
 * Whether a word is a given name: one of the lexicon's (`firstNames`, the names news writes most,
 * read without loading anything) or one the maintained list gives a gender (`genderOfFirstName`:
 * "Odile", "Bastian", "Tamsin"). Many given names are words too ("May", "Will", "Grace"): a caller
 * asks only where a name is expected, such as the first word of a person's name the folder
 * already knows.
 *
 * @param word The word, in any case.
 */
export function isGivenName(word: string): boolean {
	return firstNames.has(word.toLowerCase()) || genderOfFirstName(word) !== undefined;
}
