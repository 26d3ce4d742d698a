import * as englishWordsLexicon from '../text/lexicon/englishWords';
import type { Attribution, Token } from './attributionTypes';
import type { ArticleText } from './articleText';
import * as functionWordsLexicon from '../text/lexicon/functionWords';
import * as peopleLexicon from '../text/lexicon/people';
import * as titlesLexicon from '../text/lexicon/titles';
import * as timeLexicon from '../text/lexicon/time';
import * as placesLexicon from '../text/lexicon/places';
import { numberWords } from '../text/lexicon/numbers';
import * as phrasesModule from './phrases';
import * as speechTokensModule from './speechTokens';
import { describedSubject } from './describedSubject';
import { subjectBeforeAgent } from './agentOfParticiple';
import { subjectBeforeRelativeClause } from './relativeSubject';
import { appositiveSubject, isDashAt, nameBeforeBareRole, subjectBeforeDashes, unclosedRelative } from './appositiveSubject';

/**
 * The subject of a speech verb, read on the words before it: a name ("Admiralty adviser Oleg
 * Varnak told"), a role, a pronoun ("he added"), a name with an apposition between commas or
 * dashes (the subject a participle hangs on is read in `participleSubject.ts`).
 */

// NOTE: imports read once, as in `entities/tokens.ts`.
const { isEnglishWord } = englishWordsLexicon;
const { adverbs, auxiliaryNames, determiners, phraseStopWords: functionWords, twoWordAdverbs } = functionWordsLexicon;
const { personPronouns } = peopleLexicon;
const { titleWords } = titlesLexicon;
const { timePrepositions, timeSpanNouns, timeWords } = timeLexicon;
const { placePrepositions } = placesLexicon;
const { nounPhraseBefore } = phrasesModule;
const { findLast, span } = speechTokensModule;

// The `\p{…}` patterns of the rules below, built once: under tsx (the tests, the bench) a literal
// with `\p{…}` inside a function is rebuilt at every call (see `entities/wordShapes.ts`).
/** A capital first ("Ortiz"). */
const capitalStartPattern = /^\p{Lu}/u;
/** A word with a contraction ("she’d", "Ortiz’s"). */
const contractedWordPattern = /^(\p{L}+)['’](?:s|d|ll|ve)$/u;

/**
 * Past a short phrase of time or place between a subject and its verb: "Ruiz on Thursday
 * ratcheted up …", "Ortiz in Dover attacked …" (a preposition, then capitalised words or digits).
 *
 * @returns The index after the phrase, or `at` when none stands there.
 */
export function pastTimePhrase(tokens: Token[], at: number, limit: number): number {
	if (!timePrepositions.has(tokens[at]?.lower ?? '')) {
		return at;
	}
	let k = at + 1;
	while (k < limit && k <= at + 3 && tokens[k].word && (tokens[k].cap || determiners.has(tokens[k].lower) || /^\d/.test(tokens[k].text))) {
		k++;
	}
	return k > at + 1 && k < limit && tokens[k - 1].cap ? k : at;
}

/**
 * Back past a phrase of time that ends at `i` ("on Friday", "on Tuesday night", "in March"): a
 * preposition of time, then up to three words, one a word of time.
 *
 * @returns The index before the preposition, or `i` when no such phrase ends there.
 */
function pastTimeBack(tokens: Token[], i: number, floor: number): number {
	for (let p = i - 1; p >= floor && p >= i - 3; p--) {
		if (timePrepositions.has(tokens[p].lower)) {
			const words = tokens.slice(p + 1, i + 1);
			const timed = words.every((token) => token.word) && words.some((token) => timeWords.has(token.lower) || timeSpanNouns.has(token.lower));
			return timed && p - 1 >= floor && !afterPreposition(tokens, p - 1, floor) ? p - 1 : i;
		}
	}
	return i;
}

/** Words that count a span of time before "ago" ("two weeks ago", "a year ago", "several days ago"). */
const agoCounts = new Set(['a', 'an', 'several', 'few', 'some', 'many']);

/** Words that hedge such a count ("less than two weeks ago", "just a year ago"). */
const agoHedges = new Set(['than', 'less', 'more', 'just', 'only', 'about', 'nearly', 'almost', 'barely', 'over']);

/**
 * Back past a phrase of time ending in "ago" at `i`: "The port board barely ten days ago said"
 * (a count, a noun of time, "ago", and words that hedge the count before them).
 *
 * @returns The index before the phrase, or `i` when none ends there.
 */
function pastAgo(tokens: Token[], i: number, floor: number): number {
	if (tokens[i]?.lower !== 'ago' || !timeSpanNouns.has(tokens[i - 1]?.lower.replace(/s$/, '') ?? '')) {
		return i;
	}
	const count = tokens[i - 2];
	if (!count || !(agoCounts.has(count.lower) || numberWords.has(count.lower) || /^\d+$/.test(count.text))) {
		return i;
	}
	let k = i - 3;
	while (k > floor && agoHedges.has(tokens[k].lower)) {
		k--;
	}
	return k >= floor ? k : i;
}

/**
 * Whether the capitalised words ending at `j` follow a preposition: "made the announcement on
 * Bluesky on Friday and said" names where, not who ("Bluesky" is no subject).
 */
function afterPreposition(tokens: Token[], j: number, floor: number): boolean {
	let r = j;
	while (r > floor && tokens[r - 1].cap && tokens[r - 1].word) {
		r--;
	}
	const before = tokens[r - 1];
	return before !== undefined && r - 1 >= floor && (timePrepositions.has(before.lower) || placePrepositions.has(before.lower));
}

/**
 * A lower-case word in the past tense that takes the phrase after it as its object: "posted" in
 * "Ada Vos posted the trailer then wrote" (a verb of speech too: "said" in "she said the words").
 */
function isObjectOf(tokens: Token[], at: number): boolean {
	const token = tokens[at];
	// "he looked up, furrowed his brow and said": a verb of a list has its subject further back.
	const listed = tokens[at - 1]?.text === ',';
	return token !== undefined && token.word && !token.cap && !listed && !functionWords.has(token.lower) && !determiners.has(token.lower) && (token.verb || /ed$/.test(token.lower));
}

/**
 * "Pia Lund, chair and CEO of Quay Merchants Guild stated, “…”": an appositive whose closing comma
 * is missing. The phrase before the verb is the object of a role ("of", "at", "for"), and the
 * clause opens with a name, a comma and that role in lower case: the name speaks.
 */
function unclosedAppositive(tokens: Token[], first: number, floor: number): { attribution: Attribution; first: number } | undefined {
	if (!['of', 'at', 'for'].includes(tokens[first - 1]?.lower ?? '')) {
		return undefined;
	}
	let comma = first - 2;
	while (comma > floor && tokens[comma].word && (!tokens[comma].cap || titleWords.has(tokens[comma].lower)) && first - comma <= 8) {
		comma--;
	}
	if (tokens[comma]?.text !== ',' || comma === first - 2) {
		return undefined;
	}
	const name = nounPhraseBefore(tokens, comma - 1, floor);
	const opens = name && (name.first === floor || !tokens[name.first - 1].word);
	return name && opens && capitalStartPattern.test(name.named.name) ? { attribution: { speaker: name.named, adjacent: true }, first: name.first } : undefined;
}

/**
 * The subject of the speech verb at `v`: a name ("Admiralty adviser Oleg Varnak told"), a
 * role ("the Admiralty chief said"), a pronoun ("he added"), or a name with an apposition
 * ("Ivan Orlov, a palace aide, told"; "Marr, who has …, told").
 *
 * @param floor First token the subject may use.
 * @param copula `true` to accept "is"/"was" before the verb ("Lu is quoted by …").
 * @returns The attribution and the index of the subject's first token.
 */
export function verbSubject(article: ArticleText, tokens: Token[], v: number, floor: number, copula = false): { attribution: Attribution; first: number } | undefined {
	let i = v - 1;
	while (i >= floor) {
		const lower = tokens[i].lower;
		// "She regularly tells", "He memorably promised": any adverb in -ly stands between; a
		// capitalised auxiliary is a surname ("“…,” Will wrote"), no word between.
		const surname = tokens[i].cap && auxiliaryNames.has(lower);
		if ((adverbs.has(lower) && !surname) || (lower.endsWith('ly') && (isEnglishWord(lower) || article.isAdverb(tokens[i]))) || (copula && ['is', 'was'].includes(lower))) {
			i--;
		} else if (i > floor && twoWordAdverbs.has(`${tokens[i - 1].lower}_${lower}`)) {
			i -= 2;
		} else if (i > floor && lower === 'part' && twoWordAdverbs.has(`${tokens[i - 2]?.lower}_${tokens[i - 1].lower}`)) {
			i -= 3;
		} else {
			break;
		}
	}
	// "which Vos on Friday declared", "an email sent by Lund on Tuesday night warned": a phrase of
	// time between the subject and its verb.
	i = pastTimeBack(tokens, i, floor);
	i = pastAgo(tokens, i, floor);
	// "Sen. Ivo Marsh (D-Kent) said": a party and a state in brackets stand between name and verb.
	if (i > floor && tokens[i].text === ')') {
		const open = findLast(tokens, i, (token) => token.text === '(');
		if (open > floor && i - open <= 8) {
			i = open - 1;
		}
	}
	if (i < floor) {
		return undefined;
	}
	const token = tokens[i];
	// "he laughed and said", "Ortiz paused and added": two verbs share the subject.
	if (token.lower === 'and' && i - 1 > floor && tokens[i - 1].word && !tokens[i - 1].cap && /(?:ed|[^s]s)$/.test(tokens[i - 1].lower)) {
		return verbSubject(article, tokens, i - 1, floor, copula);
	}
	// "She posted the trailer and wrote": the first verb's object stands before "and".
	const object = token.lower === 'and' && i - 1 > floor ? nounPhraseBefore(tokens, i - 1, floor) : undefined;
	if (object && object.first - 1 > floor && !capitalStartPattern.test(object.named.name) && isObjectOf(tokens, object.first - 1)) {
		return verbSubject(article, tokens, object.first - 1, floor, copula);
	}
	// "Ortiz knocked Lund on trade and called him …": the first verb's object and a phrase of its own stand before "and".
	for (let k = i - 2; token.lower === 'and' && k > floor && k >= i - 6 && tokens[k].word; k--) {
		if (isObjectOf(tokens, k) && tokens[k + 1].cap) {
			return verbSubject(article, tokens, k, floor, copula);
		}
	}
	// "Brask — tipped by the Gazette as the pick — told Orr: “…”": an apposition between dashes.
	const dashed = isDashAt(tokens, i) ? subjectBeforeDashes(tokens, i, floor) : undefined;
	if (dashed) {
		return dashed;
	}
	// "…Edda Faro, who told the board: “…”", "Tom Brandt - who once said he would “…” - ": "who" stands for
	// the name before its comma or dash.
	if (token.lower === 'who' && [',', '-', '—', '–'].includes(tokens[i - 1]?.text ?? '') && i - 2 >= floor && tokens[i - 2].cap) {
		let named = nounPhraseBefore(tokens, i - 2, floor);
		// "Sen. Ivo Marsh of Kent, who …": the person before "of", not the place.
		if (named && tokens[named.first - 1]?.lower === 'of' && tokens[named.first - 2]?.cap) {
			named = nounPhraseBefore(tokens, named.first - 2, floor);
		}
		if (named && capitalStartPattern.test(named.named.name)) {
			return { attribution: { speaker: named.named, adjacent: true }, first: named.first };
		}
	}
	// "he's said", "she’d told": the pronoun of a contraction.
	const contracted = contractedWordPattern.exec(token.lower)?.[1];
	if (personPronouns.has(token.lower) || (contracted && personPronouns.has(contracted))) {
		const pronoun = contracted ? { start: token.start, end: token.start + contracted.length } : span(token);
		return { attribution: { speaker: { name: article.text.slice(pronoun.start, pronoun.end), span: pronoun, pronoun: token.start }, adjacent: true }, first: i };
	}
	if (token.text === ',') {
		return appositiveSubject(tokens, i, floor);
	}
	// "a harbour official who was not cleared to talk about the plan said": the official speaks.
	const relative = subjectBeforeRelativeClause(tokens, i + 1, floor);
	if (relative) {
		// "“…,” Tom Vos, the engineer who rebuilt the old tug tweeted": a description set off after a
		// name, its closing comma missing, is that name's appositive.
		const named = tokens[relative.first - 1]?.text === ',' ? unclosedRelative(tokens, i + 1, floor) : undefined;
		return named ?? { attribution: { speaker: relative.named, adjacent: true }, first: relative.first };
	}
	const phrase = nounPhraseBefore(tokens, i, floor);
	if (!phrase) {
		return undefined;
	}
	// "A letter obtained by the Courier warns": the letter warns, not the Courier.
	const beforeAgent = subjectBeforeAgent(article.text, tokens, phrase.first, floor);
	if (beforeAgent) {
		return { attribution: { speaker: beforeAgent.named, adjacent: true }, first: beforeAgent.first };
	}
	// "Ada Vos posted the trailer then wrote", "She posted the trailer and wrote": a lower-case phrase
	// right after a verb is that verb's object; both verbs share the subject before it.
	// "“…,” Ida Vos, the harbour guru who founded the pier watch tweeted": when that verb has no
	// subject of its own, it was a "who" clause whose closing comma is missing.
	if (phrase.first - 1 > floor && !capitalStartPattern.test(phrase.named.name) && isObjectOf(tokens, phrase.first - 1)) {
		return verbSubject(article, tokens, phrase.first - 1, floor, copula) ?? unclosedRelative(tokens, phrase.first, floor);
	}
	const appositive = unclosedAppositive(tokens, phrase.first, floor) ?? unclosedRelative(tokens, phrase.first, floor) ?? nameBeforeBareRole(tokens, phrase.first, floor);
	if (appositive) {
		return appositive;
	}
	// "Senator Ida Lund of Kent said": the person before "of" speaks, not the place; named with it,
	// as after a quote ("“…,” Senator Ida Lund of Kent said").
	const owner = tokens[phrase.first - 1]?.lower === 'of' && capitalStartPattern.test(phrase.named.name) && tokens[phrase.first - 2]?.cap ? nounPhraseBefore(tokens, phrase.first - 2, floor) : undefined;
	if (owner && capitalStartPattern.test(owner.named.name)) {
		const whole = { start: owner.named.span.start, end: phrase.named.span.end };
		return { attribution: { speaker: { name: article.text.slice(whole.start, whole.end), span: whole }, adjacent: true }, first: owner.first };
	}
	// "“…,” a spokesman for Kent Docks said", "a man in the crowd yelled": the role speaks, with its complement.
	const described = describedSubject(article.text, tokens, phrase.first, i, floor);
	if (described) {
		return { attribution: { speaker: described.named, adjacent: true }, first: described.first };
	}
	// "Tom Brandt in Dover said": where the person stands, between the name and its verb.
	const located = placePrepositions.has(tokens[phrase.first - 1]?.lower ?? '') && tokens[phrase.first - 2]?.cap ? nounPhraseBefore(tokens, phrase.first - 2, floor) : undefined;
	if (located && capitalStartPattern.test(located.named.name) && tokens[phrase.first - 2].word) {
		return { attribution: { speaker: located.named, adjacent: true }, first: located.first };
	}
	return { attribution: { speaker: phrase.named, adjacent: true }, first: phrase.first };
}
