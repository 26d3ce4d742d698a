import { characterisingVerbs, speechVerbs } from '../text/lexicon/speech';
import type { TaggedToken } from '../text/tagger';
import type { Attribution, QuoteSpan } from './attributionTypes';
import type { ArticleText } from './articleText';
import { isVerbAt, readPhrase } from './clausePhrase';
import { whoOf } from './phrases';
import { isSureSpeaker } from './sureSpeaker';
import { openingParticiple } from './openingPhrase';

/**
 * A quote inside a clause opened by "when", "after", "because" … is said by that clause's own
 * subject, when a verb of speech or of characterising stands between them, not by the main
 * clause's subject nor by an attribution after the quote:
 *
 *   After Vos said sailors might do better at “smaller harbours,” Brandt said: “…”    → Vos
 *   When Brandt said he would “protect our fishing towns,” the crowd applauded.         → Brandt
 *   The feud began when Ada Vos, in reply to the mayor, accused him of “secrecy.”      → Ada Vos
 *
 * "After Vos spoke, the union urged its members to reject “…”" is the union's: a comma after the
 * clause's verb closes the clause before the quote (`mainClause.ts` reads that case).
 */

// The `\p{…}` pattern built once: under tsx a literal inside a function is rebuilt at every call (see `entities/wordShapes.ts`).
/** A letter anywhere. */
const letterPattern = /\p{L}/u;

/** One of `openers` as a whole word, to spare tagging sentences without one. */
const openerPattern = /\b(?:when|whenever|after|before|since|because|although|though|once|until|unless|if)\b/i;

/** A sentence that opens with a word in -ing, maybe after an opening conjunction or adverb ("Still, noting …"). */
const participleStartPattern = /^[^\p{L}]*(?:\p{L}+[^\p{L}]+){0,2}?\p{L}+ing\b/iu;

/** Words that open a subordinate clause with a subject of its own ("as" is read by `clauseSubject.ts`). */
const openers = new Set(['when', 'whenever', 'after', 'before', 'since', 'because', 'although', 'though', 'once', 'until', 'unless', 'if']);

/** The most tokens between the clause's opening word and the quote. */
const maxClause = 40;

/**
 * The subject of the subordinate clause the quote stands in, when that clause reports speech.
 *
 * @returns The attribution, or `undefined` when the quote stands in no such clause.
 */
export function subordinateSpeaker(article: ArticleText, quote: QuoteSpan): Attribution | undefined {
	// The tagger reads the sentence only when an opening word stands before the quote (most quotes have none).
	const sentence = article.sentenceAt(quote.start);
	if (!sentence || !openerPattern.test(article.text.slice(Math.max(sentence.start, quote.start - 400), quote.start))) {
		return undefined;
	}
	const tokens = article.taggedSentence(article.sentenceIndexAt(quote.start));
	let end = tokens.length;
	while (end > 0 && tokens[end - 1].end > quote.start) {
		end--;
	}
	// The quote's opening mark stands right after a word of the clause ("at “smaller harbours,”").
	if (end === 0 || !letterPattern.test(tokens[end - 1].text)) {
		return undefined;
	}
	let opener = end - 1;
	while (opener >= 0 && end - opener <= maxClause && !openers.has(tokens[opener].lower)) {
		opener--;
	}
	if (opener < 0 || end - opener > maxClause) {
		return undefined;
	}
	const phrase = readPhrase(tokens, opener + 1);
	if (!phrase) {
		return undefined;
	}
	const verb = verbAfter(tokens, phrase.next, end);
	if (verb < 0 || !reportsSpeech(tokens, verb, end)) {
		return undefined;
	}
	const subject = phrase.subject;
	const speaks = subject.kind === 'pronoun' || (subject.kind === 'description' ? isSureSpeaker(subject.name) : article.people.mayBeSpeaker(subject.name));
	return speaks ? { speaker: whoOf(subject), adjacent: false } : undefined;
}

/**
 * The clause's verb after its subject, past an appositive between commas ("Ada Vos, in reply to
 * the mayor, accused"); -1 when a comma stands between the verb and the quote (the clause closed).
 */
function verbAfter(tokens: TaggedToken[], from: number, end: number): number {
	let k = from;
	if (tokens[k]?.text === ',') {
		k = tokens.findIndex((token, i) => i > from && i < end && token.text === ',');
		if (k < 0) {
			return -1;
		}
		k++;
	}
	while (k < end && tokens[k].pos === 'ADV') {
		k++;
	}
	if (k >= end || (tokens[k].pos !== 'VERB' && tokens[k].pos !== 'AUX')) {
		return -1;
	}
	// "four months after Vos left office - the board told the court that “…”": a dash too.
	return tokens.slice(k, end).some((token) => [',', ';', '—', '–', '-', '(', ')'].includes(token.text)) ? -1 : k;
}

/**
 * Whether a finite verb of speech or of characterising stands from `verb` to the quote ("referred
 * to the flood and said he would"); a participle does not ("after the storm was like saying …":
 * "after" is a preposition there, and the participle no verb of a clause).
 */
function reportsSpeech(tokens: TaggedToken[], verb: number, end: number): boolean {
	for (let k = verb; k < end; k++) {
		const lower = tokens[k].lower;
		if (speechVerbs.has(lower) || (characterisingVerbs.has(lower) && !lower.endsWith('ing'))) {
			return true;
		}
	}
	return false;
}

/**
 * A quote inside a phrase that opens the sentence with a participle of speech is said by the
 * main clause's subject, after the phrase's comma:
 *
 *   Acknowledging that Brandt “says a lot of silly things,” though, Vos did suggest …   → Vos
 *
 * (Brandt, right before the quote, is only spoken of.)
 */
export function openingParticipleSpeaker(article: ArticleText, quote: QuoteSpan): Attribution | undefined {
	const sentence = article.sentenceAt(quote.start);
	if (!sentence || !participleStartPattern.test(article.text.slice(sentence.start, quote.start))) {
		return undefined;
	}
	const tokens = article.taggedSentence(article.sentenceIndexAt(quote.start));
	if (openingParticiple(tokens, quote.start) === undefined) {
		return undefined;
	}
	// The phrase's comma after the quote, past a sentence adverb set off by commas ("…,” though, Vos").
	let k = tokens.findIndex((token) => token.start >= quote.end);
	if (k < 0) {
		return undefined;
	}
	while (k < tokens.length && (tokens[k].text === ',' || tokens[k].pos === 'ADV' || tokens[k].lower === 'though')) {
		k++;
	}
	const before = tokens[k - 1];
	const phrase = before && (before.text === ',' || /[,]$/.test(article.text.slice(quote.inner.start, quote.inner.end).trimEnd())) ? readPhrase(tokens, k) : undefined;
	if (!phrase || !isVerbAt(tokens, phrase.next, Infinity)) {
		return undefined;
	}
	const subject = phrase.subject;
	const speaks = subject.kind === 'pronoun' || (subject.kind === 'description' ? isSureSpeaker(subject.name) : article.people.mayBeSpeaker(subject.name));
	return speaks ? { speaker: whoOf(subject), adjacent: false } : undefined;
}
