import * as englishWordsLexicon from '../text/lexicon/englishWords';
import * as titlesLexicon from '../text/lexicon/titles';
import * as givenNamesModule from '../text/givenNames';
import * as peopleLexicon from '../text/lexicon/people';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { isEnglishWord } = englishWordsLexicon;
const { nameSuffixes } = titlesLexicon;
const { genderOfFirstName } = givenNamesModule;
const { firstNames } = peopleLexicon;

/**
 * What keeps two names that look alike from being read as one name spelt two ways
 * (`grouping.ts`): each guard answers one pattern of real reporting where the spellings are
 * close and the names are not one.
 */

/**
 * Whether two name words are one word in two numbers or two genders: "Islamist" / "Islamists",
 * "Latino" / "Latinos", "Latina" / "Latino". A plural is a group of those the singular names,
 * never a misspelling of it.
 *
 * @param a A name word, as a `nameKey`.
 * @param b Another.
 */
export function twoNumbersOfOneWord(a: string, b: string): boolean {
	return pluralOf(a, b) || pluralOf(b, a) || twoGenders(a, b);
}

/**
 * Whether `plural` is `word` in the plural: "latinos" of "latino", "boxes" of "box". A word
 * ending in "s" takes "es" ("bus" / "buses"), so "ross" is no plural of "ros": one letter written
 * twice or once, the commonest slip of all.
 */
function pluralOf(plural: string, word: string): boolean {
	return plural === `${word}es` || (plural === `${word}s` && !word.endsWith('s'));
}

/**
 * "Latina" / "Latino", "Mario" / "Maria": the same word for a woman and a man, or two given
 * names, never one name misspelt. So are two given names, one of them common (`firstNames`), that
 * the maintained list gives two genders ("Paul" / "Paula", "Daniel" / "Daniela"): a judge "Paula
 * Orlek" and her husband "Paul", or a man "Daniel" beside a "Daniela Clinic", are two names,
 * however alike they sound. A name the list does not know ("Vargue") is no evidence either way.
 */
function twoGenders(a: string, b: string): boolean {
	if (a.length === b.length && a.length >= 4 && a.slice(0, -1) === b.slice(0, -1) && /^[ao]$/.test(a.at(-1)!) && /^[ao]$/.test(b.at(-1)!)) {
		return true;
	}
	// One of them a name news writes most (`firstNames`): the maintained list also holds rare names
	// that are places' too ("Tennessee" m, a misspelt "Tenessee" f), which say nothing of a gender.
	if (!firstNames.has(a) && !firstNames.has(b)) {
		return false;
	}
	const x = genderOfFirstName(a);
	const y = x === undefined ? undefined : genderOfFirstName(b);
	return y !== undefined && x !== y;
}

/**
 * Whether a name ends in a generation ("Jr.", "Sr.", "III"): "Ivo Strel Jr." is the son of
 * "Ivo Strel", so when a folder names both, the bare "Strel" and "Ivo Strel" are the father's.
 *
 * @param words A name's words, as `nameKey` words.
 */
export function hasGeneration(words: readonly string[]): boolean {
	return words.length > 1 && nameSuffixes.has(words[words.length - 1]);
}

/**
 * Whether a person's form is another full form with an everyday word after it: a headline in
 * capitals on every word, quoted in a sentence ("‘Ada Quell Wins’ draws more readers"), lends the
 * name its verb ("Ada Quell Wins"). That is the name read too far, no spelling of it: such a form
 * is held by the form it extends.
 *
 * @param key A form's `nameKey`.
 * @param other Another form's `nameKey`.
 */
export function headingWordAfter(key: string, other: string): boolean {
	const words = key.split(' ');
	return other.includes(' ') && words.length === other.split(' ').length + 1 && key.startsWith(`${other} `) && isEnglishWord(words[words.length - 1]);
}
