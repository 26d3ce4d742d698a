import type { Attribution, Token } from './attributionTypes';
import type { ArticleText } from './articleText';
import * as clauseSubjectModule from './clauseSubject';
import { nearestSubject } from './clauseNearest';
import * as functionWordsLexicon from '../text/lexicon/functionWords';
import * as peopleLexicon from '../text/lexicon/people';
import * as phrasesModule from './phrases';
import * as speechTokensModule from './speechTokens';
import { pastTimePhrase, verbSubject } from './verbSubject';

/**
 * The subject a participle of speech hangs on ("…, saying “…”"): its own subject ("with Ortiz
 * saying"), the subject of a speech verb right before it ("Brandt said, adding"), the subject of
 * the clause it hangs on, read by structure, or the name that opens the words before it.
 */

// NOTE: imports read once, as in `entities/tokens.ts`.
const { subjectBefore } = clauseSubjectModule;
const { determiners, phraseStopWords: functionWords, subordinators } = functionWordsLexicon;
const { personPronouns } = peopleLexicon;
const { nounPhraseBefore, whoOf } = phrasesModule;
const { findLast, span } = speechTokensModule;

/** A capital first ("Ortiz"). */
const capitalStartPattern = /^\p{Lu}/u;

/**
 * Whether the words from `from` up to `to` (excluded) are a role in lower case that opens the clause,
 * its first word capitalised for the sentence: "Former docker", "Longtime harbour pilot".
 */
function rolesOnly(tokens: Token[], from: number, to: number): boolean {
	const words = tokens.slice(from, to);
	return words.length > 0 && words.length <= 4 && words.every((token, i) => token.word && !token.verb && !token.participle && (i === 0 || !token.cap)) && !functionWords.has(words[0].lower);
}

/** The writer's "I" with a verb ("I'm", "I’ve"). */
const firstPersonPattern = /^I['’](?:m|ve|d|ll)$/u;

export function participleSubject(article: ArticleText, tokens: Token[], v: number, floor: number): { attribution: Attribution; first: number } | undefined {
	const direct = verbSubject(article, tokens, v, floor);
	// "…, with Ortiz saying “…”": the participle's own subject, right before it.
	if (direct && tokens[direct.first - 1]?.lower === 'with' && tokens[v - 1]?.text !== ',') {
		return direct;
	}
	// "Lund and Vos will meet, Brandt said, adding, “…”": a participle right after a speech verb and
	// its comma goes on with that verb's subject, not with the sentence's.
	const spoken = tokens[v - 1]?.text === ',' && tokens[v - 2]?.verb ? verbSubject(article, tokens, v - 2, floor) : undefined;
	if (spoken) {
		return { attribution: { ...spoken.attribution, adjacent: false }, first: spoken.first };
	}
	// "In an interview with the Courier, Brandt continued to question the levy, saying …", "Sen.
	// Ivo Marsh (D-Kent) on Saturday criticised the plan, saying …": the subject of the clause the
	// participle hangs on, read by the sentence's structure.
	const structural = article.speakingSubject(subjectBefore(article.taggedSentence(article.sentenceIndexAt(tokens[v].start)), tokens[v].start));
	const first = structural ? tokens.findIndex((token) => token.start === structural.span.start) : -1;
	if (structural && first >= floor) {
		return { attribution: { speaker: whoOf(structural), adjacent: false }, first };
	}
	// "“…,” the Republican candidate told KNT’ Face the Harbour, saying that …": the subject of the
	// reporting verb the participle's clause hangs on.
	const finite = findLast(tokens, v, (token) => token.verb);
	const shared = finite > floor ? verbSubject(article, tokens, finite, floor) : undefined;
	if (shared) {
		return { attribution: { ...shared.attribution, adjacent: false }, first: shared.first };
	}
	for (let i = v - 1; i >= floor; i--) {
		const token = tokens[i];
		const next = tokens[pastTimePhrase(tokens, i + 1, v)];
		// "Ivo Marr and other harbour masters shunned the mayor, claiming …": the one named among those who speak.
		if (token.cap && token.word && next.lower === 'and' && tokens[i + 2]?.lower === 'other') {
			const named = nounPhraseBefore(tokens, i, floor);
			if (named && named.named.name.split(' ').every((word) => capitalStartPattern.test(word))) {
				return { attribution: { speaker: named.named, adjacent: false }, first: named.first };
			}
		}
		// "The candidate told KNT’ Face the Harbour on Sunday, saying …": a name before an article is
		// no subject before its verb (here a show, the audience).
		if (!next.word || next.cap || functionWords.has(next.lower) || determiners.has(next.lower) || next.lower === tokens[v].lower) {
			continue;
		}
		if (personPronouns.has(token.lower)) {
			return { attribution: { speaker: { name: token.text, span: span(token), pronoun: token.start }, adjacent: false }, first: i };
		}
		// "I'm old enough to remember Mayor Vos going on the radio, declaring …": the writer is no speaker.
		if (token.cap && token.word && !token.possessive && !functionWords.has(token.lower) && !firstPersonPattern.test(token.text)) {
			const phrase = nounPhraseBefore(tokens, i, floor);
			const previous = phrase ? tokens[phrase.first - 1] : undefined;
			if ((previous?.lower === 'and' && tokens[phrase!.first - 2]?.cap) || phrase?.named.name.includes(' and ')) {
				// "Marrek and Ada Lund met, promising that …": two speakers, none to name.
				return undefined;
			}
			if (phrase && (!previous || !previous.word || previous.lower === 'but')) {
				return { attribution: { speaker: phrase.named, adjacent: false }, first: phrase.first };
			}
			// "Former docker and Dover Mayor Ada Vos trashed the plan, calling it …": a role in lower case
			// joined to the titled name by "and" is one person's two titles; the name speaks.
			if (phrase && previous?.lower === 'and' && rolesOnly(tokens, floor, phrase.first - 1) && capitalStartPattern.test(phrase.named.name)) {
				return { attribution: { speaker: phrase.named, adjacent: false }, first: floor };
			}
		}
	}
	return clauseOpeningSubject(article, tokens, v, floor);
}

/**
 * "As Mr. Vos sought to justify his comments labelling the board “weak” …": when nothing else
 * names anyone, the name that opens the clause nearest before the participle speaks; not a name
 * after a verb or a preposition ("helping Ada Vos win, saying …", "an aide inside Harbour House").
 */
function clauseOpeningSubject(article: ArticleText, tokens: Token[], v: number, floor: number): { attribution: Attribution; first: number } | undefined {
	const tagged = article.taggedSentence(article.sentenceIndexAt(tokens[v].start));
	const nearest = article.speakingSubject(nearestSubject(tagged, tokens[v].start));
	if (!nearest || (nearest.kind === 'name' && !nearest.name.split(' ').every((word) => capitalStartPattern.test(word)))) {
		return undefined;
	}
	const before = tagged[tagged.findIndex((token) => token.start === nearest.span.start) - 1];
	const opens = before === undefined || ['PUNCT', 'CCONJ', 'SCONJ'].includes(before.pos) || subordinators.has(before.lower);
	const at = opens ? tokens.findIndex((token) => token.start === nearest.span.start) : -1;
	return at >= floor ? { attribution: { speaker: whoOf(nearest), adjacent: false }, first: at } : undefined;
}
