import * as functionWordsLexicon from '../text/lexicon/functionWords';
import * as peopleLexicon from '../text/lexicon/people';
import * as titlesLexicon from '../text/lexicon/titles';
import type { WordFacts } from './attributionTypes';
import * as nameKindsModule from './nameKinds';
import * as speechTokensModule from './speechTokens';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { determiners } = functionWordsLexicon;
const { femaleWords, maleWords } = peopleLexicon;
const { titleWords } = titlesLexicon;
const { isPersonName } = nameKindsModule;
const { isLetter, wordsBefore } = speechTokensModule;

/** Words of kinship before a name: a relative, who may share the surname of someone of the other gender. */
const familyWords = new Set(['mother', 'father', 'sister', 'brother', 'daughter', 'son', 'wife', 'husband']);

/**
 * Whether an article uses a capitalised word as a surname, and which gender it gives it, from
 * every place the word stands: in "Ms. Ada Plover spoke first. Plover said …" the article makes
 * "Plover" a woman's surname, so "Plover" alone may speak and "she" may stand for her.
 */

// The `\p{…}` patterns of the rules below, built once: under tsx (the tests, the bench) a literal
// with `\p{…}` inside a function is rebuilt at every call (see `entities/wordShapes.ts`).
/** A capital first ("Ortiz"). */
const capitalStartPattern = /^\p{Lu}/u;
/** A lower-case letter first. */
const lowerStartPattern = /^\p{Ll}/u;
/** A capital, then a lower-case letter ("Ortiz", not "NATO"). */
const capitalisedStartPattern = /^\p{Lu}\p{Ll}/u;

/** A lower-case word that is no article, or a comma, colon or closing quotation mark, then spaces: a sentence goes on. */
const insideSentencePattern = /(?:(?:^|[^\p{L}])(\p{Ll}[\p{L}'’-]*)|[,;:”’"])[ \t]+$/u;
/** A space and a lower-case letter, or a comma: a clause or an apposition goes on. */
const proseAfterPattern = /^(?: \p{Ll}|,)/u;
/** Spaces, then a capital: the word goes on into a longer name. */
const capitalAfterPattern = /^[ \t]+\p{Lu}/u;

/**
 * Whether the capitalised word at `at` stands alone inside a sentence: "“…,” Pence said", "said
 * Pence" (not after "the", not at a sentence's start, no capitalised word right after it).
 */
function standsAlone(text: string, at: number, length: number): boolean {
	const before = insideSentencePattern.exec(text.slice(Math.max(0, at - 40), at));
	if (!before || (before[1] !== undefined && determiners.has(before[1]))) {
		return false;
	}
	return !capitalAfterPattern.test(text.slice(at + length, at + length + 4)) && !capitalStartPattern.test(text[at - 1] ?? '');
}

/** What one article tells of its capitalised words, each read on first need. */
export class ArticleWordFacts {
	private readonly facts = new Map<string, WordFacts>();

	private readonly prose = new Map<string, boolean>();

	constructor(private readonly text: string) {}

	/**
	 * Whether a name of capitalised words stands somewhere in running prose: a lower-case word or a
	 * comma right after it and no article before it ("Rose Hale ended the talks", "Rose Hale, the
	 * mayor,", not "Ferry Strike Ends" nor "in the Rose Garden on Monday").
	 */
	inProse(name: string): boolean {
		let found = this.prose.get(name);
		if (found === undefined) {
			found = false;
			for (let at = this.text.indexOf(name); at >= 0 && !found; at = this.text.indexOf(name, at + name.length)) {
				const previous = wordsBefore(this.text, at, 1)[0]?.toLowerCase();
				found = !isLetter(this.text[at - 1]) && proseAfterPattern.test(this.text.slice(at + name.length, at + name.length + 4)) && !(previous && determiners.has(previous));
			}
			this.prose.set(name, found);
		}
		return found;
	}

	/**
	 * What the article tells of a capitalised word wherever it stands: whether it ends a longer
	 * name or follows a title ("Aleksandr Varennikov", "President Lu"), and a gender told by a
	 * title or role before it ("Ms Ortiz", "Mr. Brandt", "actress Lena Ortiz").
	 */
	of(word: string): WordFacts {
		let facts = this.facts.get(word);
		if (facts) {
			return facts;
		}
		facts = { surname: false };
		for (let at = this.text.indexOf(word); at >= 0; at = this.text.indexOf(word, at + word.length)) {
			if (isLetter(this.text[at - 1]) || isLetter(this.text[at + word.length])) {
				continue;
			}
			const before = wordsBefore(this.text, at, 4);
			let capitals = 0;
			while (capitals < before.length && capitalStartPattern.test(before[capitals]) && !/['’]s$/.test(before[capitals])) {
				capitals++;
			}
			const run = [...before.slice(0, capitals).reverse(), word].map((part) => part.toLowerCase());
			while (run.length > 1 && determiners.has(run[0])) {
				run.shift();
			}
			if (run.length >= 2 && (isPersonName(run) || titleWords.has(run[0]))) {
				facts.surname = true;
			}
			// "… that Brandt would denounce …": capitalised after a lower-case word that is no article,
			// the everyday word is a name there ("the Post" is an organisation's).
			if (capitals === 0 && before.length > 0 && lowerStartPattern.test(before[0]) && (!determiners.has(before[0]) || before[0] === 'that') && capitalisedStartPattern.test(word)) {
				facts.surname = true;
			}
			if (!facts.alone && standsAlone(this.text, at, word.length)) {
				facts.alone = true;
			}
			const cue = [before[capitals]?.toLowerCase() ?? '', ...run].find((part) => maleWords.has(part) || femaleWords.has(part));
			// "his daughter Ada Brandt": a relative named in full most often shares the surname with the
			// person already named ("Tom Brandt … he said"), so the word tells nothing of a "Brandt" alone.
			if (cue && !facts.gender && !(run.length >= 2 && familyWords.has(cue))) {
				facts.gender = maleWords.has(cue) ? 'm' : 'f';
			}
		}
		this.facts.set(word, facts);
		return facts;
	}
}
