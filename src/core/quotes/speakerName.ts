import * as lexicalTypeModule from '../entities/lexicalType';
import * as englishWordsLexicon from '../text/lexicon/englishWords';
import * as peopleLexicon from '../text/lexicon/people';
import * as timeLexicon from '../text/lexicon/time';
import * as titlesLexicon from '../text/lexicon/titles';
import * as wordSetsLexicon from '../text/lexicon/wordSets';
import * as givenNamesModule from '../text/givenNames';
import type { ArticleWordFacts } from './articleWordFacts';
import * as nameKindsModule from './nameKinds';
import * as pronounsModule from './pronouns';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { lexicalType } = lexicalTypeModule;
const { isEnglishWord } = englishWordsLexicon;
const { roleNouns } = peopleLexicon;
const { titleWords } = titlesLexicon;
const { weekdays } = timeLexicon;
const { wordKey } = wordSetsLexicon;
const { isPersonName } = nameKindsModule;
const { mayNamePerson } = pronounsModule;
const { genderOfFirstName } = givenNamesModule;

/**
 * Whether a name found where a speaker stands can speak at all: "Port Director Lena Voss" or
 * "the Harbour Authority" can, "Lantern Strait", "Tuesday" or "Meanwhile" (capitalised at a
 * sentence's start) cannot.
 */

// The `\p{…}` pattern of the rule below, built once: under tsx (the tests, the bench) a literal
// with `\p{…}` inside a function is rebuilt at every call (see `entities/wordShapes.ts`).
/** Capitals only ("NATO"). */
const allCapitalsPattern = /^\p{Lu}{2,}$/u;
/** A word's possessive ending ("Monday’s"). */
const possessivePattern = /['’]s$/u;

/**
 * A name that can speak: a person, or an organisation that issues statements ("the DNC", "The
 * Harbour Authority"), but no place, date or ordinary word capitalised at a sentence's start
 * ("Officials hailed the “new dawn”"). `facts` tells what the article makes of a single word.
 */
export function mayBeSpeakerName(name: string, facts: ArticleWordFacts): boolean {
	// "Port Director Jim Dale", "Republican Gov. Dan Dukes": the words after the last title name the person.
	const words = name.split(' ');
	// "Monday’s speech represents “a test”": what a day owns is a thing, and says nothing.
	if (words.length > 1 && possessivePattern.test(words[0]) && weekdays.has(words[0].toLowerCase().replace(possessivePattern, ''))) {
		return false;
	}
	let title = words.length - 2;
	while (title >= 0 && !titleWords.has(words[title].toLowerCase().replace(/\.$/, '')) && !roleNouns.has(words[title].toLowerCase())) {
		title--;
	}
	const parts = title >= 0 && words.length - title > 2 ? words.slice(title + 1) : words;
	// A capitalised everyday word ("Officials", "Tramp") speaks only when the article uses it as a
	// surname elsewhere ("Donna Tramp", "Mr. Tramp").
	if (parts.length === 1 && isEnglishWord(parts[0].toLowerCase()) && !facts.of(parts[0]).surname) {
		return false;
	}
	if (parts === words && isEverydayPair(parts, facts)) {
		return false;
	}
	const isAcronym = parts.length === 1 && allCapitalsPattern.test(parts[0]);
	return isPersonLike(parts.join(' '), facts) || ((isAcronym || mayNamePerson(parts)) && lexicalType(parts.map(wordKey)) !== 'place');
}

/** A name of two words or more that is no organisation or place, or a single known surname. */
function isPersonLike(name: string, facts: ArticleWordFacts): boolean {
	const parts = name.toLowerCase().split(/\s+/);
	if (!isPersonName(parts)) {
		return false;
	}
	return parts.length >= 2 || titleWords.has(parts[0]) || facts.of(name).surname;
}


/**
 * Whether two capitalised words read as a given name and a surname are two everyday words:
 * "Ferry Strike Ends." ("Ferry" is a given name, "strike" an everyday noun). Such a pair names a
 * person only when the article uses the second word alone inside a sentence ("Strike said") or the
 * pair in running prose ("Rose Hale ended the talks"); a title before it ("Captain Ferry Strike")
 * is read before this.
 */
export function isEverydayPair(parts: string[], facts: ArticleWordFacts): boolean {
	return (
		parts.length === 2 &&
		genderOfFirstName(parts[0]) !== undefined &&
		isEnglishWord(parts[0].toLowerCase()) &&
		isEnglishWord(parts[1].toLowerCase()) &&
		!facts.of(parts[1]).alone &&
		!facts.inProse(parts.join(' '))
	);
}
