import type { TaggedToken } from '../text/tagger';
import type { Quote, Speaker } from '../types';
import type { Attribution, QuoteSpan } from './attributionTypes';
import { subjectAfter, tailAttribution } from './clauseAfter';
import { headlineSpeaker, isTitleCase, nameBeforeColon, presentedBeforeColon, titleCaseHeadlineSpeaker, titleCaseTailSpeaker } from './clauseHeadline';
import { conjoinedClauseSubject, nearestSubject, relativeClauseSubject } from './clauseNearest';
import { subjectBefore, type ClauseSubject } from './clauseSubject';
import { wordsOwner } from './wordsOf';
import { listedBeforeColon } from './voxPop';
import { claimOwner, possessedWordsOwner } from './possessedWords';
import { lastMarkOf, type ArticleText } from './articleText';
import * as attributionBeforeModule from './attributionBefore';
import * as speechLexicon from '../text/lexicon/speech';
import * as phrasesModule from './phrases';
import * as sureSpeakerModule from './sureSpeaker';
import * as speechTokensModule from './speechTokens';

/**
 * The attribution by sentence structure, for a quote no reporting verb touches: the subject of
 * the clause it stands in (`clauseSubject.ts`), a headline's name, the sentence or paragraph that
 * introduces it ("Ortiz stated:"), a signature after it ("— Ada Brandt"), or the last speaker.
 */

// NOTE: imports read once, as in `entities/tokens.ts`.
const { readBefore } = attributionBeforeModule;
const { speechParticiples, speechVerbs } = speechLexicon;
const { nounPhraseAfter, whoOf } = phrasesModule;
const { isSureSpeaker } = sureSpeakerModule;
const { tokenize } = speechTokensModule;

// The `\p{…}` patterns of the rules below, built once: under tsx (the tests, the bench) a literal
// with `\p{…}` inside a function is rebuilt at every call (see `entities/wordShapes.ts`).
/** A capital first ("Ortiz"). */
const capitalStartPattern = /^\p{Lu}/u;
/** A letter anywhere. */
const letterPattern = /\p{L}/u;

/** A reporting verb, for the readings of sentence structure ("said", "added", "told"). */
export function isReportingVerb(token: TaggedToken): boolean {
	return speechVerbs.has(token.lower);
}

/**
 * The first reading of a quote's speaker that `accept` takes, the readings computed one at a time
 * in order of trust, and the first that found anyone at all.
 */
export function firstReading(readings: (() => ClauseSubject | undefined)[], accept: (subject: ClauseSubject) => boolean): { accepted?: ClauseSubject; first?: ClauseSubject } {
	let first: ClauseSubject | undefined;
	for (const read of readings) {
		const subject = read();
		first ??= subject;
		if (subject && accept(subject)) {
			return { accepted: subject, first };
		}
	}
	return { first };
}

/**
 * The attribution by sentence structure, when no reporting verb touches the quote: the subject
 * of the clause it stands in, whatever the verb ("Ortiz called the plan “reckless”"), a
 * headline's name ("Ortiz: ‘…’"), or, for a quote that is a whole paragraph, the person who
 * spoke last (`quotes/clauseSubject.ts`).
 */
export function readStructure(article: ArticleText, quote: QuoteSpan, lastSpoken: Quote | undefined): Attribution | undefined {
	const tokens = article.tokensAround(quote);
	const open = /[,?!—–―-]$/.test(lastMarkOf(article.text, quote));
	// The first reading that names someone who can speak: "The scheduling was so odd that a
	// spokesman for Rhee could only quip: “…”" passes over "scheduling" to the spokesman.
	const { accepted, first } = firstReading(
		[
			() => subjectAfter(tokens, quote.end, open),
			() => tailAttribution(tokens, quote.end, isReportingVerb),
			() => wordsOwner(tokens, quote.start),
			() => relativeClauseSubject(tokens, quote.start),
			() => conjoinedClauseSubject(tokens, quote.start),
			() => listedBeforeColon(tokens, quote.start),
			() => nameBeforeColon(tokens, quote.start),
			() => subjectBefore(tokens, quote.start),
			() => headlineSpeaker(tokens, quote.start),
			() => claimOwner(tokens, quote.start),
			() => nearestSubject(tokens, quote.start),
			() => possessedWordsOwner(tokens, quote.start, quote.end),
			() => article.mayBeSpeaker(presentedBeforeColon(tokens, quote.start)),
		],
		(subject) => (subject.kind !== 'description' || isSureSpeaker(subject.name)) && (subject.kind !== 'name' || article.people.mayBeSpeaker(subject.name)),
	);
	const subject = accepted ?? first;
	if (subject) {
		return { speaker: whoOf(subject), adjacent: false };
	}
	// "…the vote was “sad.” Adding, “…”": a participle of speech alone before it leaves the quote alone.
	const outside = tokens.filter((token) => (token.end <= quote.start || token.start >= quote.end) && letterPattern.test(token.text));
	const alone = outside.length === 0 || (outside.length === 1 && outside[0].end <= quote.start && speechParticiples.has(outside[0].lower));
	if (!alone) {
		return undefined;
	}
	const framed = readIntroduction(article, quote) ?? readSignature(article, quote);
	if (framed) {
		return framed;
	}
	const told = readSentenceBefore(article, quote);
	if (told) {
		return told;
	}
	const aboutBefore = sameParagraphSubject(article, quote);
	if (aboutBefore) {
		return aboutBefore;
	}
	if (lastSpoken?.speaker && article.paragraphAt(quote.start) - article.paragraphAt(lastSpoken.end - 1) <= 2) {
		return { speaker: { name: lastSpoken.speaker.name, span: lastSpoken.speaker.span, via: 'previous' }, adjacent: false };
	}
	// "Ortiz announced the suit on Monday. “We are asking the court …”": the person the sentence
	// before is about goes on speaking.
	const index = article.sentenceIndexAt(quote.start) - 1;
	const previous = index >= 0 ? article.parsed.sentences[index] : undefined;
	if (!previous || article.paragraphAt(quote.start) - article.paragraphAt(previous.start) > 1) {
		return undefined;
	}
	// "Lena Cole Wins The Harbour Vote¶“We will keep the port open.”": a headline in title case is
	// no sentence whose subject goes on speaking.
	const tagged = article.taggedSentence(index);
	if (isTitleCase(tagged)) {
		return undefined;
	}
	const carried = subjectBefore(tagged, previous.end);
	if (!carried || carried.kind === 'description' || (carried.kind === 'name' && !article.people.mayBeSpeaker(carried.name))) {
		return undefined;
	}
	return { speaker: { ...whoOf(carried), via: carried.kind === 'pronoun' ? undefined : 'previous' }, adjacent: false };
}

/**
 * A quote that opens its paragraph after a paragraph ending in a colon is introduced there:
 * "Dr. Vance stated:", "Ortiz continued:", "The Courier confirmed it, reporting:" (the
 * attribution of that sentence, else its subject).
 */
function readIntroduction(article: ArticleText, quote: QuoteSpan): Attribution | undefined {
	const index = article.paragraphAt(quote.start);
	const paragraph = article.parsed.paragraphs[index];
	const previous = article.parsed.paragraphs[index - 1];
	if (!previous || quote.start > paragraph.start || !article.text.slice(previous.start, previous.end).trimEnd().endsWith(':')) {
		return undefined;
	}
	const sentence = article.sentenceIndexAt(previous.end - 1);
	const start = Math.max(previous.start, article.parsed.sentences[sentence]?.start ?? previous.start);
	const found = readBefore(article, tokenize(article.text, start, previous.end));
	if (found?.speaker) {
		return { ...found, adjacent: false };
	}
	const subject = article.speakingSubject(subjectBefore(article.taggedSentence(sentence), previous.end));
	return subject && { speaker: whoOf(subject), adjacent: false };
}

/**
 * A quote that follows, in its paragraph, a sentence with a reporting verb is that sentence's
 * speaker's: "Ada Vos, who runs the ferry office, explained why the quays stand empty. “…”".
 */
function readSentenceBefore(article: ArticleText, quote: QuoteSpan): Attribution | undefined {
	const index = article.sentenceIndexAt(quote.start) - 1;
	const previous = index >= 0 ? article.parsed.sentences[index] : undefined;
	if (!previous || article.paragraphAt(previous.start) !== article.paragraphAt(quote.start) || article.quotes.some((other) => other.start >= previous.start && other.start < previous.end)) {
		return undefined;
	}
	const found = readBefore(article, tokenize(article.text, previous.start, previous.end));
	return found?.speaker && !found.speaker.pronoun ? { speaker: found.speaker, adjacent: false } : undefined;
}

/** A quote signed in the paragraph after it: "“…”" then "- Ada Brandt." or "— Ada Brandt, a farmer". */
function readSignature(article: ArticleText, quote: QuoteSpan): Attribution | undefined {
	const index = article.paragraphAt(quote.end - 1);
	const paragraph = article.parsed.paragraphs[index];
	const next = article.parsed.paragraphs[index + 1];
	if (!next || article.text.slice(quote.end, paragraph.end).trim() !== '' || next.end - next.start > 120) {
		return undefined;
	}
	const tokens = tokenize(article.text, next.start, next.end);
	if (!['-', '—', '–'].includes(tokens[0]?.text ?? '')) {
		return undefined;
	}
	const phrase = nounPhraseAfter(tokens, 1, tokens.length);
	return phrase && capitalStartPattern.test(phrase.named.name) && article.people.mayBeSpeaker(phrase.named.name) ? { speaker: phrase.named, adjacent: false } : undefined;
}
/**
 * "Ada Vos: Brandt Playing Games With The Port Is ‘Reckless’": in the article's headline, the name
 * before the colon speaks, whatever the clause after it reads as.
 */
export function readHeadlineColon(article: ArticleText, quote: QuoteSpan): Attribution | undefined {
	if (article.sentenceIndexAt(quote.start) !== 0 || article.paragraphAt(quote.start) !== 0) {
		return undefined;
	}
	const subject = headlineSpeaker(article.taggedSentence(0), quote.start);
	return subject && article.people.mayBeSpeaker(subject.name) ? { speaker: whoOf(subject), adjacent: true } : undefined;
}

/** The speaker a headline in title case names after the quote or first, for a quote in it (`titleCaseTailSpeaker`, `titleCaseHeadlineSpeaker`). */
export function readTitleCaseHeadline(article: ArticleText, quote: QuoteSpan): Speaker | undefined {
	const index = article.sentenceIndexAt(quote.start);
	const tokens = article.taggedSentence(index);
	const subject = titleCaseTailSpeaker(tokens, quote.end, (word) => speechVerbs.has(word)) ?? headlineSpeaker(tokens, quote.start) ?? titleCaseHeadlineSpeaker(tokens, quote.start);
	return subject && article.people.mayBeSpeaker(subject.name) ? article.people.resolve(whoOf(subject)) : undefined;
}

/**
 * "Ada Vos agreed. “…”": a quote alone after a sentence of its own paragraph whose subject is a
 * named person who may speak is that person's, rather than the last speaker's.
 */
function sameParagraphSubject(article: ArticleText, quote: QuoteSpan): Attribution | undefined {
	const index = article.sentenceIndexAt(quote.start) - 1;
	const previous = index >= 0 ? article.parsed.sentences[index] : undefined;
	if (!previous || article.paragraphAt(previous.start) !== article.paragraphAt(quote.start) || article.quotes.some((other) => other.start >= previous.start && other.start < previous.end)) {
		return undefined;
	}
	const carried = subjectBefore(article.taggedSentence(index), previous.end);
	return carried?.kind === 'name' && article.people.mayBeSpeaker(carried.name) ? { speaker: { ...whoOf(carried), via: 'previous' }, adjacent: false } : undefined;
}
