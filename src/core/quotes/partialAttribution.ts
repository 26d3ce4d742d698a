import * as wordsModule from '../text/words';
import type { Speaker } from '../types';
import type { Attribution, QuoteSpan, Token, Who } from './attributionTypes';
import * as clauseAfterModule from './clauseAfter';
import * as clauseNearestModule from './clauseNearest';
import * as clauseSubjectModule from './clauseSubject';
import { maxReach, type ArticleText } from './articleText';
import * as peopleLexicon from '../text/lexicon/people';
import * as speechLexicon from '../text/lexicon/speech';
import * as nameKindsModule from './nameKinds';
import * as phrasesModule from './phrases';
import { isPassive } from './relayPhrases';
import * as speechTokensModule from './speechTokens';
import * as partialQuotesModule from './partialQuotes';
import * as structureAttributionModule from './structureAttribution';
import * as verbSubjectModule from './verbSubject';
import { participleSubject } from './participleSubject';

/**
 * The speaker of a word or two set off in a sentence: the subject of the sentence a person speaks
 * ("Brandt called the vote a “farce”"), or of the verb of speech or characterising before it
 * ("Vance belittled the loans, calling them a “paperwork error”").
 */

// NOTE: imports read once, as in `entities/tokens.ts`.
const { wordStartAfter } = wordsModule;
const { tailAttribution } = clauseAfterModule;
const { conjoinedClauseSubject, nearestSubject, relativeClauseSubject, reportingVerbSubject } = clauseNearestModule;
const { subjectBefore } = clauseSubjectModule;
const { roleNouns } = peopleLexicon;
const { characterisingVerbs } = speechLexicon;
const { isOrganization, isSingular, lastWord } = nameKindsModule;
const { whoOf } = phrasesModule;
const { findLast, tokenize } = speechTokensModule;
const { openingName, standsInSpeechClause } = partialQuotesModule;
const { firstReading, isReportingVerb } = structureAttributionModule;
const { verbSubject } = verbSubjectModule;

// Built once: under tsx (the tests) a literal with `\p{…}` inside a function is rebuilt at every call (see `entities/wordShapes.ts`).
/** A capital first ("Ortiz"). */
const capitalStartPattern = /^\p{Lu}/u;

/** The preposition that ties a role to whom it serves ("spokesman for Ivo Marr", "an aide to the mayor"). */
const roleOfPattern = / (?:for|of|to) /;

/**
 * The speaker of a word or two set off in a sentence whose subject is a person: the subject
 * ("Brandt called the vote a “farce”" → Brandt), "he" resolved, never a description ("the city's
 * “historic” harbour" stays a scare quote).
 */
export function readPartial(article: ArticleText, quote: QuoteSpan): Speaker | undefined {
	const sentence = article.sentenceAt(quote.start);
	if (!sentence || sentence.end < quote.inner.end) {
		return undefined;
	}
	const tokens = article.taggedSentence(article.sentenceIndexAt(quote.start));
	const { accepted: subject } = firstReading(
		[
			() => tailAttribution(tokens, quote.end, isReportingVerb),
			() => relativeClauseSubject(tokens, quote.start),
			() => conjoinedClauseSubject(tokens, quote.start),
			() => reportingVerbSubject(tokens, quote.start, isReportingVerb),
			() => subjectBefore(tokens, quote.start),
			() => nearestSubject(tokens, quote.start),
		],
		(found) => found.kind !== 'description' && (found.kind !== 'name' || article.people.mayBeSpeaker(found.name)),
	);
	return subject && article.people.resolve(whoOf(subject));
}

/** A word or two set off after a verb of speech in its sentence (`standsInSpeechClause`). */
export function inSpeechClause(article: ArticleText, quote: QuoteSpan): boolean {
	const sentence = article.sentenceAt(quote.start);
	return sentence !== undefined && standsInSpeechClause(article.text, sentence.start, quote.start);
}

/**
 * The subject of the last verb of speech or of characterising before a quote in its sentence
 * ("De Vries, on the radio, called Orr a “blowhard”", "Vance belittled it, calling it a “…”"),
 * passives left out ("was described as “…”" names no speaker there).
 *
 * @param loose `true` to take that subject whatever it is ("Officials hailed the “new dawn”" →
 *   Officials), as a hint; else only one who can be said to speak (`isCharacteriser`).
 */
export function readCharacterising(article: ArticleText, quote: QuoteSpan, loose = false): Attribution | undefined {
	const sentence = article.sentenceAt(quote.start);
	if (!sentence) {
		return undefined;
	}
	const tokens = tokenize(article.text, Math.max(sentence.start, wordStartAfter(article.text, quote.start - maxReach)), quote.start);
	for (let v = tokens.length - 1; v >= 0; v--) {
		const token = tokens[v];
		if (!token.word || token.cap || !(token.verb || token.participle || characterisingVerbs.has(token.lower)) || isPassive(tokens, v)) {
			continue;
		}
		const subject = token.participle || token.lower.endsWith('ing') ? participleSubject(article, tokens, v, 0) : verbSubject(article, tokens, v, 0);
		const who = subject?.attribution.speaker;
		// Issue 13, item 2: "The dockers' union called the levy ‘a disgrace’" is the union's speech;
		// "Officials hailed the “new dawn”" names nobody one, and leaves a scare quote.
		if (who && (loose || isCharacteriser(article, who))) {
			return { ...subject.attribution, adjacent: false };
		}
		if (subject) {
			return undefined;
		}
	}
	const opening = openingName(article.taggedSentence(article.sentenceIndexAt(quote.start)), quote.start);
	return opening && article.people.mayBeSpeaker(opening.name) ? { speaker: opening, adjacent: false } : undefined;
}

/**
 * The speaker of a word or two set off after an infinitive that goes on from "with" and a
 * participle: "The board denied the leak happened, with Ada Vos taking to the radio to call the
 * claim “absurd”" → Ada Vos, not the board whose speech the sentence reports.
 */
export function readWithClause(article: ArticleText, quote: QuoteSpan): Attribution | undefined {
	const sentence = article.sentenceAt(quote.start);
	if (!sentence) {
		return undefined;
	}
	const tokens = tokenize(article.text, Math.max(sentence.start, wordStartAfter(article.text, quote.start - maxReach)), quote.start);
	const v = findLast(tokens, tokens.length, (token) => token.word && !token.cap && (token.verb || characterisingVerbs.has(token.lower)));
	const subject = v > 0 && tokens[v - 1].lower === 'to' ? absoluteSubject(article, tokens, v - 1) : undefined;
	const who = subject?.attribution.speaker;
	return who && isCharacteriser(article, who) ? { ...subject.attribution, adjacent: false } : undefined;
}

/** The most words between a participle and the "to" of the verb it leads to ("taking to the radio to"). */
const maxParticipleReach = 6;

/**
 * The subject of a participle after "with" that an infinitive goes on from: "The board denied it,
 * with Ada Vos taking to the radio to call the claim “absurd”" → Ada Vos, not the board.
 *
 * @param to The index of the infinitive's "to".
 */
function absoluteSubject(article: ArticleText, tokens: Token[], to: number): ReturnType<typeof verbSubject> {
	for (let w = to - 1; w >= 0 && w >= to - maxParticipleReach && tokens[w].word; w--) {
		if (!tokens[w].cap && tokens[w].lower.endsWith('ing') && tokens[w].lower.length > 4) {
			const subject = verbSubject(article, tokens, w, 0);
			return subject && tokens[subject.first - 1]?.lower === 'with' ? subject : undefined;
		}
	}
	return undefined;
}

/**
 * Who can be said to speak a word they characterise something with: a person named, "he" or
 * "she", an organisation ("the Dockers Union", "Vos's office"), or a singular role or body ("the
 * minister", "the union"); not a plural ("officials"), a pair ("Vos and Lund") or a thing.
 */
function isCharacteriser(article: ArticleText, who: Who): boolean {
	if (who.pronoun !== undefined) {
		return !who.role;
	}
	if (capitalStartPattern.test(who.name)) {
		return article.people.mayBeSpeaker(who.name) || isOrganization(who.name);
	}
	// "A spokesman for Ivo Marr called the report “absurd”": the role is the head, not the name it serves.
	const own = who.name.split(roleOfPattern)[0];
	const head = lastWord(own);
	return !who.name.includes(' and ') && ((roleNouns.has(head) && isSingular(own)) || (isOrganization(who.name) && !head.endsWith('s')));
}
