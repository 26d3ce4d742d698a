import * as spanIndexModule from '../spanIndex';
import * as wordsModule from '../text/words';
import type { Quote } from '../types';
import type { Attribution, QuoteSpan } from './attributionTypes';
import { lastMarkOf, maxReach, type ArticleText } from './articleText';
import { readAfter } from './attributionAfter';
import { readBefore } from './attributionBefore';
import { readAccording } from './relayPhrases';
import * as speechTokensModule from './speechTokens';
import * as verbObjectModule from './verbObject';
import { namerInRelative } from './relativeNamer';

/**
 * The attribution that touches a quote: a reporting verb and its subject right after it ("“…,”
 * said Lund", "“…,” he added") or right before it ("Marrek told Lund: “…”"), the quote before it in
 * the same sentence, or the last speaker when the quote stands alone.
 */

// NOTE: imports read once, as in `entities/tokens.ts`.
const { firstStartingAt } = spanIndexModule;
const { wordStartAfter } = wordsModule;
const { tokenize } = speechTokensModule;
const { readSourceAfter } = verbObjectModule;

/** A lower-case word or a comma after a quote ("“Vos for Mayor” pins", "“The Crane,” said"). */
const lowerAfterPattern = /^[\s,]*[\p{Ll},]/u;

/** The most words of a quote read as part of an attribution around it ("“Vos for Mayor” pins"). */
const maxInsideWords = 5;

/** Whether a quote holds a few words and no end of a sentence: a title or a slogan, not speech. */
function isFewWords(text: string, quote: QuoteSpan): boolean {
	const words = text.slice(quote.inner.start, quote.inner.end).trim();
	return words.split(/\s+/).length <= maxInsideWords && !/[.?!]/.test(words);
}

/** Where the sentence a quote's attribution follows in ends. */
function sentenceAfterEnd(article: ArticleText, quote: QuoteSpan): number {
	return article.sentenceAfterQuote(quote)?.end ?? quote.end;
}

/**
 * Reads the attribution of a direct quote: after it in its sentence, else before it, else
 * shared with the quote before it in the same sentence, else carried over from the last
 * quote when this one stands alone.
 *
 * @param quote The quote.
 * @param previous The speech quote before it, as attributed.
 * @param lastSpoken The last speech quote that got a speaker.
 */
export function readAround(article: ArticleText, quote: QuoteSpan, previous: Quote | undefined, lastSpoken: Quote | undefined): Attribution | undefined {
	const startParagraph = article.paragraphAt(quote.start);
	const endParagraph = article.paragraphAt(quote.end - 1);
	const following = article.quotes[firstStartingAt(article.quotes, quote.end)];
	// "“…,” Tom Orr, wearing “Vos for Mayor” pins, said": a few words quoted inside the attribution
	// (a title, a slogan) do not end it; the next quote after them does.
	// A quoted word between two words of a name is a nickname ("Ada “Dot” Vos"), which ends the reading.
	const inside = following && sentenceAfterEnd(article, quote) > following.end && isFewWords(article.text, following) && lowerAfterPattern.test(article.text.slice(following.end, following.end + 3));
	const next = inside ? article.quotes[firstStartingAt(article.quotes, following.end)] : following;
	const sentenceAfter = article.sentenceAfterQuote(quote);
	const afterEnd = Math.min(sentenceAfter?.end ?? quote.end, article.parsed.paragraphs[endParagraph].end, next?.start ?? Infinity, quote.end + maxReach);
	const after = tokenize(article.text, quote.end, afterEnd);

	const sentenceBefore = article.sentenceAt(quote.start);
	const previousEnd = previous && article.paragraphAt(previous.end - 1) === startParagraph ? previous.end : 0;
	const beforeStart = Math.max(sentenceBefore?.start ?? quote.start, previousEnd, article.parsed.paragraphs[startParagraph].start, wordStartAfter(article.text, quote.start - maxReach));
	const before = tokenize(article.text, beforeStart, quote.start);

	// "Brandt said, “Why now?” He went on, “…”": a question introduced by its speaker keeps them; the
	// words after it begin the next sentence.
	const introduced = /[?!]$/.test(lastMarkOf(article.text, quote)) ? readBefore(article, before) : undefined;
	// "In a clip that Judge Ada Vos called “vile,” Lund vowed …": the words a relative clause's
	// verb of naming takes are its subject's, not the main clause's after the quote.
	const named = namerInRelative(article, before);
	const found = named ?? (introduced?.adjacent && introduced.speaker ? introduced : undefined) ?? readAfter(article, after, quote) ?? introduced ?? readBefore(article, before);
	if (found) {
		found.source ??= readSourceAfter(after);
		return found;
	}
	const according = readAccording(after, after[0]?.text === ',' ? 1 : 0, after.length);
	if (according) {
		// "“…,” according to the Admiralty": nobody else is named, so the Admiralty speaks.
		return { speaker: according, adjacent: true };
	}
	if (previous?.speaker && previousEnd > (sentenceBefore?.start ?? quote.start)) {
		// "…that “a new model …” which includes a “determination …”": one verb, two quotes.
		return { speaker: { ...previous.speaker }, adjacent: false };
	}
	// A quote standing alone right after a quote with a speaker: the same person goes on.
	const alone = !before.some((token) => token.word) && !after.some((token) => token.word);
	// "“…,” said Bell.¶Vos recalled the winter. “…”": a sentence of the quote's paragraph stands between,
	// and the structure reads who that sentence is about.
	const told = article.sentenceIndexAt(quote.start) - 1;
	const between = told >= 0 && article.parsed.sentences[told].start >= (lastSpoken?.end ?? 0) && article.paragraphAt(article.parsed.sentences[told].start) === startParagraph;
	if (alone && !between && lastSpoken?.speaker && previous === lastSpoken && startParagraph - article.paragraphAt(lastSpoken.end - 1) <= 1) {
		return { speaker: { name: lastSpoken.speaker.name, span: lastSpoken.speaker.span, via: 'previous' }, adjacent: false };
	}
	return undefined;
}
