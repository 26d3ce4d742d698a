import { firstNames } from './lexicon/people';
import { languageModels } from './loadLanguageModels';

/**
 * Whether a word is a given name: one of the lexicon's (`firstNames`, the names news writes most,
 * read without loading anything) or of the maintained list of given names in six languages
 * (`gender-detection-from-name`: "Odile", "Bastian", "Tamsin"). Many given names are words too
 * ("May", "Will", "Grace"): a caller asks only where a name is expected, such as the first word
 * of a person's name the folder already knows.
 *
 * @param word The word, in any case.
 */
export function isGivenName(word: string): boolean {
	const key = word.toLowerCase();
	return firstNames.has(key) || languageModels().getGender(key, 'en') !== 'unknown';
}
