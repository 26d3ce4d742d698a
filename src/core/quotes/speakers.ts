import * as budgetModule from '../budget';
import * as datelinesModule from '../entities/datelines';
import * as spanIndexModule from '../spanIndex';
import * as englishWordsLexicon from '../text/lexicon/englishWords';
import type { TaggedToken } from '../text/tagger';
import * as taggerModule from '../text/tagger';
import * as wordsModule from '../text/words';
import * as wordTreeModule from '../text/wordTree';
import type { ParsedArticle, Quote, Sentence, Span, Speaker } from '../types';
import type { Attribution, Named, QuoteSpan, Token } from './attributionTypes';
import type { ClauseSubject } from './clauseSubject';
import * as clauseSubjectModule from './clauseSubject';
import * as speechLexicon from '../text/lexicon/speech';
import * as functionWordsLexicon from '../text/lexicon/functionWords';
import * as peopleLexicon from '../text/lexicon/people';
import * as titlesLexicon from '../text/lexicon/titles';
import * as timeLexicon from '../text/lexicon/time';
import { People, type ArticleView } from './people';
import * as phrasesModule from './phrases';
import * as placesModule from '../entities/places';
import * as sureSpeakerModule from './sureSpeaker';
import * as speechTokensModule from './speechTokens';
import * as partialQuotesModule from './partialQuotes';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { checkBudget } = budgetModule;
const { afterDateline } = datelinesModule;
const { firstStartingAt } = spanIndexModule;
const { isEnglishWord } = englishWordsLexicon;
const { tagRange } = taggerModule;
const { wordStartAfter } = wordsModule;
const { wholeWordTest } = wordTreeModule;
const { headlineSpeaker, nameBeforeColon, nearestSubject, presentedBeforeColon, relativeClauseSubject, subjectAfter, subjectBefore, tailAttribution, titleCaseHeadlineSpeaker } = clauseSubjectModule;
const { addresseeVerbs, bareClauseVerbs, characterisingVerbs, continuationVerbs, speechParticiples, speechVerbs } = speechLexicon;
const { adverbs, determiners, phraseStopWords: functionWords, twoWordAdverbs } = functionWordsLexicon;
const { personPronouns } = peopleLexicon;
const { titleWords } = titlesLexicon;
const { timePrepositions } = timeLexicon;
const { appositionStart, clauseAfter, isMedia, isOrganization, isPassive, isSingular, lastComma, nounPhraseAfter, nounPhraseBefore, phraseName, readAccording, readAccordingLead, readQuotedAsSaying, whoOf } = phrasesModule;
const { isKnownPlace } = placesModule;
const { isSureSpeaker, withSureSpeaker } = sureSpeakerModule;
const { findLast, isNameDot, named, span, tokenize } = speechTokensModule;
const { openingName, standsInSpeechClause } = partialQuotesModule;

// The `\p{…}` patterns of the rules below, built once: under tsx (the tests, the bench) a literal
// with `\p{…}` inside a function is rebuilt at every call (see `entities/wordShapes.ts`).
/** A capital first ("Ortiz"). */
const capitalStartPattern = /^\p{Lu}/u;
/** A letter anywhere. */
const letterPattern = /\p{L}/u;
/** A word, then a lower-case word ("she added"). */
const wordThenLowerWordPattern = /^\p{L}+['’]?\p{L}*\s+(\p{Ll}+)/u;
/** A word with a contraction ("she’d", "Ortiz’s"). */
const contractedWordPattern = /^(\p{L}+)['’](?:s|d|ll|ve)$/u;
/** One to four capitalised words and a lower-case word ("Dana Ortiz said."). */
const namesThenVerbPattern = /^\s*(?:\p{Lu}[\p{L}'’-]*\.?\s+){1,4}\p{Ll}+\.\s*$/u;

/**
 * A sentence worth reading for reported speech holds a speech verb, a participle or
 * "according" as a whole word: a fast test that spares tokenising the others.
 */
const reportedHint = wholeWordTest([...speechVerbs, ...speechParticiples, 'according']);

/**
 * Tells whether a speech verb introduces a quote directly, so that even one or two words are
 * speech: "“Absolutely not,” she said", "He replied: “No.”", "“Never,” according to Xi".
 *
 * @param parsed The parsed article.
 * @param quote The quote (its span, with the marks).
 * @param quotes The outermost quotes of the article, sorted: they bound the text read around it.
 * @returns `true` when the attribution touches the quote.
 */
export function isIntroducedBySpeech(parsed: ParsedArticle, quote: QuoteSpan, quotes: QuoteSpan[]): boolean {
	const found = new TextReader(parsed, quotes).readAround(quote, undefined, undefined);
	return found?.adjacent === true;
}

/**
 * Finds who speaks: for every direct speech quote, its speaker, addressee and relaying source,
 * read next to it ("“…,” said Xi, quoted by Xinhua"), through a pronoun ("“…,” he added"), or
 * carried over to a quote standing alone after another one; and the reported speech of
 * sentences without a direct quote ("Xi said he understood …", "…, according to the Kremlin").
 *
 * @param parsed The parsed article.
 * @param quotes The direct quotes, sorted by start (speech quotes of depth 0 get a speaker).
 * @returns The direct quotes with what was found, followed by the reported speech.
 */
export function attributeSpeech(parsed: ParsedArticle, quotes: Quote[]): Quote[] {
	const outer = quotes.filter((quote) => quote.depth === 0);
	const reader = new TextReader(parsed, outer);
	const speech = outer.filter((quote) => quote.kind === 'speech');
	const sentences = withoutOverlap(parsed.sentences, speech);
	const events: (Quote | Sentence)[] = [...speech, ...sentences].sort((a, b) => a.start - b.start);

	const attributed = new Map<Quote, Quote>();
	const reported: Quote[] = [];
	let previous: Quote | undefined;
	let lastSpoken: Quote | undefined;
	for (const event of events) {
		checkBudget();
		if ('kind' in event) {
			const around = reader.readAround(event, previous, lastSpoken);
			const found = around?.speaker ? around : (reader.readStructure(event, lastSpoken) ?? around);
			const quote = found ? reader.complete(event, found, previous) : event;
			attributed.set(event, quote);
			previous = quote;
			if (quote.speaker) {
				lastSpoken = quote;
			}
		} else {
			const quote = reader.readReported(event);
			if (quote) {
				reported.push(quote);
			}
		}
	}
	// A word or two set off inside a sentence someone speaks is a piece of what they said:
	// "Ortiz said the plan was “ongoing”", "She called the vote a “farce”", "“…,” Ortiz said,
	// calling the levy “a tax on ships.”"
	const spokenIn = new Map<number, Speaker>();
	for (const quote of attributed.values()) {
		if (quote.speaker) {
			spokenIn.set(reader.sentenceIndexAt(quote.end - 1), quote.speaker);
		}
	}
	let host = 0;
	for (const quote of outer) {
		if (quote.kind === 'title') {
			// "Mara Quill Says Levy ‘Will Sink The Port’": title case is the headline's style.
			const speaker = reader.readTitleCaseHeadline(quote);
			if (speaker) {
				attributed.set(quote, { ...quote, kind: 'speech', speaker });
			}
			continue;
		}
		if (quote.kind !== 'scare') {
			continue;
		}
		while (host < reported.length && reported[host].end < quote.end) {
			host++;
		}
		const around = reported[host] && reported[host].start <= quote.start ? reported[host].speaker : undefined;
		const speaker = around ?? spokenIn.get(reader.sentenceIndexAt(quote.start)) ?? reader.readPartial(quote);
		if (speaker) {
			attributed.set(quote, { ...quote, kind: 'speech', speaker });
			continue;
		}
		// "A lawyer close to the inquiry said the divers sought “lost cargo.”": the speech verb that the
		// sentence's structure missed, read as for any quote; its speaker may be only a hint.
		const found = reader.readAround(quote, undefined, undefined);
		const completed = found?.speaker ? reader.complete({ ...quote, kind: 'speech' }, found) : undefined;
		if (completed?.speaker) {
			attributed.set(quote, completed);
		} else if (reader.inSpeechClause(quote)) {
			// "Vance belittled the loans, calling them a “paperwork error”": after a verb of speech or of
			// characterising, the words are speech when that verb's subject is read.
			// NOTE: making them speech with no speaker too was measured: PolNeAR dev F1 0.949 → 0.953,
			// but speaker accuracy 0.835 → 0.831 (a found quote with nobody counts as a wrong speaker).
			const characterised = reader.readCharacterising(quote);
			const completed = characterised ? reader.complete({ ...quote, kind: 'speech' }, characterised) : undefined;
			if (completed?.speaker) {
				attributed.set(quote, completed);
			}
		}
	}
	return [...quotes.map((quote) => withSureSpeaker(attributed.get(quote) ?? quote)), ...reported.map(withSureSpeaker)];
}

/** A reporting verb, for the readings of sentence structure ("said", "added", "told"). */
function isReportingVerb(token: TaggedToken): boolean {
	return speechVerbs.has(token.lower);
}

/**
 * The first reading of a quote's speaker that `accept` takes, the readings computed one at a time
 * in order of trust, and the first that found anyone at all.
 */
function firstReading(readings: (() => ClauseSubject | undefined)[], accept: (subject: ClauseSubject) => boolean): { accepted?: ClauseSubject; first?: ClauseSubject } {
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

/** The spans that overlap none of `others` (both sorted by start), in one pass. */
function withoutOverlap<T extends Span>(spans: T[], others: Span[]): T[] {
	const kept: T[] = [];
	let k = 0;
	for (const item of spans) {
		while (k < others.length && others[k].end <= item.start) {
			k++;
		}
		let overlapping = false;
		for (let j = k; j < others.length && others[j].start < item.end; j++) {
			overlapping ||= others[j].end > item.start;
		}
		if (!overlapping) {
			kept.push(item);
		}
	}
	return kept;
}

/**
 * A quote's words up to their last punctuation, closing marks of a quote inside left out: the
 * question in "“She asked me, ‘Why now?’” Orme said" ends with "?", which leaves the sentence open.
 */
function lastMarkOf(text: string, quote: QuoteSpan): string {
	return text.slice(quote.inner.start, quote.inner.end).replace(/[\s’'”"»›]+$/u, '');
}

/**
 * Past a short phrase of time or place between a subject and its verb: "Ruiz on Thursday
 * ratcheted up …", "Ortiz in Dover attacked …" (a preposition, then capitalised words or digits).
 *
 * @returns The index after the phrase, or `at` when none stands there.
 */
function pastTimePhrase(tokens: Token[], at: number, limit: number): number {
	if (!timePrepositions.has(tokens[at]?.lower ?? '')) {
		return at;
	}
	let k = at + 1;
	while (k < limit && k <= at + 3 && tokens[k].word && (tokens[k].cap || determiners.has(tokens[k].lower) || /^\d/.test(tokens[k].text))) {
		k++;
	}
	return k > at + 1 && k < limit && tokens[k - 1].cap ? k : at;
}

/** A name of up to four words, a verb of speech and the sentence's end: "Ortiz said.", "Ada B. Vos added." */
function endsOnVerb(tokens: Token[], from: number): boolean {
	let v = from;
	while (v < tokens.length && v < from + 6 && (tokens[v].cap || isNameDot(tokens, v)) && !tokens[v].verb) {
		v++;
	}
	return v > from && tokens[v]?.verb === true && (tokens[v + 1] === undefined || tokens[v + 1].text === '.');
}

/** A dash that sets off an apposition: "—", "–", or the second of "--". */
function isDashAt(tokens: Token[], i: number): boolean {
	const text = tokens[i]?.text;
	return text === '—' || text === '–' || (text === '-' && tokens[i - 1]?.text === '-');
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
 * How far before and after a quote its attribution is read, at most. A sentence bounds it, but a
 * sentence can be a whole paragraph of marks ("“a ”b “a ”b …"), and reading it again for each of
 * its quotes is quadratic; no attribution in news stands this far from its quote.
 */
const maxReach = 1000;

/** The most tokens between a subject after a quote and its verb, an apposition included ("“…,” Elna Kamar, a senior fellow at the Harbour Institution and a party delegate, wrote"). */
const maxAppositionAfter = 40;

/** The longest sentence read for reported speech. */
const maxReportedSentence = 2 * maxReach;

/** Reads attributions in one article; `People` keeps the people named so far for "he" and "she". */
class TextReader implements ArticleView {
	private readonly text: string;
	/** Sentences tagged so far, by index. */
	private readonly tagged = new Map<number, TaggedToken[]>();
	/** The people named so far, for "he", "she" and "the senator". */
	private readonly people: People;

	constructor(
		readonly parsed: ParsedArticle,
		readonly quotes: QuoteSpan[],
	) {
		this.text = parsed.text;
		this.people = new People(this.text, this);
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
	readAround(quote: QuoteSpan, previous: Quote | undefined, lastSpoken: Quote | undefined): Attribution | undefined {
		const startParagraph = this.paragraphAt(quote.start);
		const endParagraph = this.paragraphAt(quote.end - 1);
		const next = this.quotes[firstStartingAt(this.quotes, quote.end)];
		const sentenceAfter = this.sentenceAfterQuote(quote);
		const afterEnd = Math.min(sentenceAfter?.end ?? quote.end, this.parsed.paragraphs[endParagraph].end, next?.start ?? Infinity, quote.end + maxReach);
		const after = tokenize(this.text, quote.end, afterEnd);

		const sentenceBefore = this.sentenceAt(quote.start);
		const previousEnd = previous && this.paragraphAt(previous.end - 1) === startParagraph ? previous.end : 0;
		const beforeStart = Math.max(sentenceBefore?.start ?? quote.start, previousEnd, this.parsed.paragraphs[startParagraph].start, wordStartAfter(this.text, quote.start - maxReach));
		const before = tokenize(this.text, beforeStart, quote.start);

		// "Brandt said, “Why now?” He went on, “…”": a question introduced by its speaker keeps them; the
		// words after it begin the next sentence.
		const introduced = /[?!]$/.test(lastMarkOf(this.text, quote)) ? this.readBefore(before) : undefined;
		const found = (introduced?.adjacent && introduced.speaker ? introduced : undefined) ?? this.readAfter(after, quote) ?? introduced ?? this.readBefore(before);
		if (found) {
			found.source ??= this.readSourceAfter(after);
			return found;
		}
		const according = readAccording(after, after[0]?.text === ',' ? 1 : 0, after.length);
		if (according) {
			// "“…,” according to the Kremlin": nobody else is named, so the Kremlin speaks.
			return { speaker: according, adjacent: true };
		}
		if (previous?.speaker && previousEnd > (sentenceBefore?.start ?? quote.start)) {
			// "…that “a new model …” which includes a “determination …”": one verb, two quotes.
			return { speaker: { ...previous.speaker }, adjacent: false };
		}
		// A quote standing alone right after a quote with a speaker: the same person goes on.
		const alone = !before.some((token) => token.word) && !after.some((token) => token.word);
		if (alone && lastSpoken?.speaker && previous === lastSpoken && startParagraph - this.paragraphAt(lastSpoken.end - 1) <= 1) {
			return { speaker: { name: lastSpoken.speaker.name, span: lastSpoken.speaker.span, via: 'previous' }, adjacent: false };
		}
		return undefined;
	}

	/**
	 * The attribution by sentence structure, when no reporting verb touches the quote: the subject
	 * of the clause it stands in, whatever the verb ("Ortiz called the plan “reckless”"), a
	 * headline's name ("Ortiz: ‘…’"), or, for a quote that is a whole paragraph, the person who
	 * spoke last (`quotes/clauseSubject.ts`).
	 */
	readStructure(quote: QuoteSpan, lastSpoken: Quote | undefined): Attribution | undefined {
		const tokens = this.tokensAround(quote);
		const open = /[,?!—–-]$/.test(lastMarkOf(this.text, quote));
		// The first reading that names someone who can speak: "The scheduling was so odd that a
		// spokesman for Rhee could only quip: “…”" passes over "scheduling" to the spokesman.
		const { accepted, first } = firstReading(
			[
				() => subjectAfter(tokens, quote.end, open),
				() => tailAttribution(tokens, quote.end, isReportingVerb),
				() => relativeClauseSubject(tokens, quote.start),
				() => nameBeforeColon(tokens, quote.start),
				() => subjectBefore(tokens, quote.start),
				() => headlineSpeaker(tokens, quote.start),
				() => nearestSubject(tokens, quote.start),
				() => this.mayBeSpeaker(presentedBeforeColon(tokens, quote.start)),
			],
			(subject) => (subject.kind !== 'description' || isSureSpeaker(subject.name)) && (subject.kind !== 'name' || this.people.mayBeSpeaker(subject.name)),
		);
		const subject = accepted ?? first;
		if (subject) {
			return { speaker: whoOf(subject), adjacent: false };
		}
		const alone = !tokens.some((token) => (token.end <= quote.start || token.start >= quote.end) && letterPattern.test(token.text));
		if (!alone) {
			return undefined;
		}
		const framed = this.readIntroduction(quote) ?? this.readSignature(quote);
		if (framed) {
			return framed;
		}
		if (lastSpoken?.speaker && this.paragraphAt(quote.start) - this.paragraphAt(lastSpoken.end - 1) <= 2) {
			return { speaker: { name: lastSpoken.speaker.name, span: lastSpoken.speaker.span, via: 'previous' }, adjacent: false };
		}
		// "Ortiz announced the suit on Monday. “We are asking the court …”": the person the sentence
		// before is about goes on speaking.
		const index = this.sentenceIndexAt(quote.start) - 1;
		const previous = index >= 0 ? this.parsed.sentences[index] : undefined;
		if (!previous || this.paragraphAt(quote.start) - this.paragraphAt(previous.start) > 1) {
			return undefined;
		}
		const carried = subjectBefore(this.taggedSentence(index), previous.end);
		if (!carried || carried.kind === 'description' || (carried.kind === 'name' && !this.people.mayBeSpeaker(carried.name))) {
			return undefined;
		}
		return { speaker: { ...whoOf(carried), via: carried.kind === 'pronoun' ? undefined : 'previous' }, adjacent: false };
	}

	/**
	 * A quote that opens its paragraph after a paragraph ending in a colon is introduced there:
	 * "Dr. Vance stated:", "Ortiz continued:", "The Courier confirmed it, reporting:" (the
	 * attribution of that sentence, else its subject).
	 */
	private readIntroduction(quote: QuoteSpan): Attribution | undefined {
		const index = this.paragraphAt(quote.start);
		const paragraph = this.parsed.paragraphs[index];
		const previous = this.parsed.paragraphs[index - 1];
		if (!previous || quote.start > paragraph.start || !this.text.slice(previous.start, previous.end).trimEnd().endsWith(':')) {
			return undefined;
		}
		const sentence = this.sentenceIndexAt(previous.end - 1);
		const start = Math.max(previous.start, this.parsed.sentences[sentence]?.start ?? previous.start);
		const found = this.readBefore(tokenize(this.text, start, previous.end));
		if (found?.speaker) {
			return { ...found, adjacent: false };
		}
		const subject = this.speakingSubject(subjectBefore(this.taggedSentence(sentence), previous.end));
		return subject && { speaker: whoOf(subject), adjacent: false };
	}

	/** A quote signed in the paragraph after it: "“…”" then "- Ada Brandt." or "— Ada Brandt, a farmer". */
	private readSignature(quote: QuoteSpan): Attribution | undefined {
		const index = this.paragraphAt(quote.end - 1);
		const paragraph = this.parsed.paragraphs[index];
		const next = this.parsed.paragraphs[index + 1];
		if (!next || this.text.slice(quote.end, paragraph.end).trim() !== '' || next.end - next.start > 120) {
			return undefined;
		}
		const tokens = tokenize(this.text, next.start, next.end);
		if (!['-', '—', '–'].includes(tokens[0]?.text ?? '')) {
			return undefined;
		}
		const phrase = nounPhraseAfter(tokens, 1, tokens.length);
		return phrase && capitalStartPattern.test(phrase.named.name) && this.people.mayBeSpeaker(phrase.named.name) ? { speaker: phrase.named, adjacent: false } : undefined;
	}

	/**
	 * The speaker of a word or two set off in a sentence whose subject is a person: the subject
	 * ("Brandt called the vote a “farce”" → Brandt), "he" resolved, never a description ("the city's
	 * “historic” harbour" stays a scare quote).
	 */
	readPartial(quote: QuoteSpan): Speaker | undefined {
		const sentence = this.sentenceAt(quote.start);
		if (!sentence || sentence.end < quote.inner.end) {
			return undefined;
		}
		const tokens = this.taggedSentence(this.sentenceIndexAt(quote.start));
		const { accepted: subject } = firstReading(
			[
				() => tailAttribution(tokens, quote.end, isReportingVerb),
				() => relativeClauseSubject(tokens, quote.start),
				() => subjectBefore(tokens, quote.start),
				() => nearestSubject(tokens, quote.start),
			],
			(found) => found.kind !== 'description' && (found.kind !== 'name' || this.people.mayBeSpeaker(found.name)),
		);
		return subject && this.people.resolve(whoOf(subject));
	}

	/** A word or two set off after a verb of speech in its sentence (`standsInSpeechClause`). */
	inSpeechClause(quote: QuoteSpan): boolean {
		const sentence = this.sentenceAt(quote.start);
		return sentence !== undefined && standsInSpeechClause(this.text, sentence.start, quote.start);
	}

	/**
	 * The subject of the last verb of speech or of characterising before a quote in its sentence
	 * ("De Vries, on the radio, called Orr a “blowhard”", "Vance belittled it, calling it a “…”"),
	 * passives left out ("was described as “…”" names no speaker there).
	 */
	readCharacterising(quote: QuoteSpan): Attribution | undefined {
		const sentence = this.sentenceAt(quote.start);
		if (!sentence) {
			return undefined;
		}
		const tokens = tokenize(this.text, Math.max(sentence.start, wordStartAfter(this.text, quote.start - maxReach)), quote.start);
		for (let v = tokens.length - 1; v >= 0; v--) {
			const token = tokens[v];
			if (!token.word || token.cap || !(token.verb || token.participle || characterisingVerbs.has(token.lower)) || isPassive(tokens, v)) {
				continue;
			}
			const subject = token.participle || token.lower.endsWith('ing') ? this.participleSubject(tokens, v, 0) : this.subjectBefore(tokens, v, 0);
			const who = subject?.attribution.speaker;
			// Only a person named or "he"/"she": "The union called the offer ‘insulting’" and "Officials
			// hailed the “new dawn”" leave a scare quote nobody is sure to have said.
			if (who && (who.pronoun !== undefined ? !who.role : /^\p{Lu}/u.test(who.name) && this.people.mayBeSpeaker(who.name))) {
				return { ...subject.attribution, adjacent: false };
			}
			if (subject) {
				return undefined;
			}
		}
		const opening = openingName(this.taggedSentence(this.sentenceIndexAt(quote.start)), quote.start);
		return opening && this.people.mayBeSpeaker(opening.name) ? { speaker: opening, adjacent: false } : undefined;
	}

	/** The subject, if its name can speak ("Jones" yes, "December" or "Harbour Vote" no). */
	private mayBeSpeaker(subject: ClauseSubject | undefined): ClauseSubject | undefined {
		return subject && this.people.mayBeSpeaker(subject.name) ? subject : undefined;
	}

	/** A subject read by structure that can speak: "he" or "she", or a name that may speak (no description). */
	private speakingSubject(subject: ClauseSubject | undefined): ClauseSubject | undefined {
		return subject?.kind === 'pronoun' ? subject : subject?.kind === 'name' ? this.mayBeSpeaker(subject) : undefined;
	}

	/**
	 * One sentence's tagged tokens, tagged once however many quotes and pronouns read it. A
	 * "sentence" longer than any in news (a run the parser could not split) gives none: tagging a
	 * window per quote there would be quadratic (`npm run fuzz`, quoted words).
	 */
	taggedSentence(index: number): TaggedToken[] {
		let tokens = this.tagged.get(index);
		if (!tokens) {
			const sentence = this.parsed.sentences[index];
			// "RENO, Nev. (AP) — Ortiz says …": a dateline is no part of the sentence's clause.
			const paragraph = sentence ? this.parsed.paragraphs[this.paragraphAt(sentence.start)] : undefined;
			const start = paragraph?.start === sentence?.start ? afterDateline(this.text, paragraph!) : sentence?.start;
			tokens = sentence && sentence.end - sentence.start <= maxReportedSentence ? tagRange(this.text, Math.min(start!, sentence.end), sentence.end) : [];
			this.tagged.set(index, tokens);
		}
		return tokens;
	}

	/** The tagged sentences a quote stands in, from the one it opens in to the one it closes in (its edges only, when it runs long). */
	private tokensAround(quote: QuoteSpan): TaggedToken[] {
		const first = this.sentenceIndexAt(quote.start);
		const closing = this.sentenceIndexAt(quote.end - 1);
		const last = Math.max(first, this.sentenceAfterQuote(quote)?.end === this.parsed.sentences[closing]?.end ? closing : closing + 1);
		if (last - first > 8) {
			return [...this.taggedSentence(first), ...this.taggedSentence(last)];
		}
		const tokens: TaggedToken[] = [];
		for (let index = first; index <= last; index++) {
			for (const token of this.taggedSentence(index)) {
				tokens.push(token);
			}
		}
		return tokens;
	}

	/** The speaker a headline in title case names first, for a quote in it (`titleCaseHeadlineSpeaker`). */
	readTitleCaseHeadline(quote: QuoteSpan): Speaker | undefined {
		const index = this.sentenceIndexAt(quote.start);
		const tokens = this.taggedSentence(index);
		const subject = headlineSpeaker(tokens, quote.start) ?? titleCaseHeadlineSpeaker(tokens, quote.start);
		return subject && this.people.mayBeSpeaker(subject.name) ? this.people.resolve(whoOf(subject)) : undefined;
	}

	/** Whether the tagger reads a word in -ly as an adverb ("Ortiz, visibly tired, famously answered"), not a noun ("the family said"). */
	private isAdverb(token: Token): boolean {
		return !token.cap && this.taggedSentence(this.sentenceIndexAt(token.start)).some((tagged) => tagged.start === token.start && tagged.pos === 'ADV');
	}

	/** Fills a quote's speaker, source and addressee from an attribution; remembers the speaker. */
	complete(quote: Quote, found: Attribution, previous?: Quote): Quote {
		const completed: Quote = { ...quote };
		const speaker = this.continuing(found, previous) ?? (found.speaker && this.people.resolve(found.speaker));
		if (speaker) {
			completed.speaker = speaker;
		}
		if (found.source) {
			completed.source = named(found.source);
		}
		if (found.addressee) {
			completed.addressee = named(found.addressee);
		}
		return completed;
	}

	/**
	 * "Brandt said, “…” He continued, “…”": a pronoun that goes on speaking ("he added", "she
	 * continued") right after a quote with a speaker, in the same or the next paragraph, is that
	 * speaker, whatever gender a first name suggests ("Leslie" and "Tracy" are men's names too).
	 */
	private continuing(found: Attribution, previous: Quote | undefined): Speaker | undefined {
		const pronoun = found.speaker?.pronoun;
		if (pronoun === undefined || found.speaker?.role || !previous?.speaker || this.paragraphAt(pronoun) - this.paragraphAt(previous.end - 1) > 1 || pronoun < previous.end) {
			return undefined;
		}
		// Only a person goes on as "he" or "she": not "the Quay Merchants Guild", not "Kent".
		const name = previous.speaker.name;
		if (!isSingular(name) || isOrganization(name) || isKnownPlace(name) || !this.people.mayBeSpeaker(name)) {
			return undefined;
		}
		const verb = wordThenLowerWordPattern.exec(this.text.slice(pronoun, pronoun + 30))?.[1];
		return verb && continuationVerbs.has(verb) ? { name: previous.speaker.name, span: previous.speaker.span, via: 'pronoun' } : undefined;
	}

	/**
	 * Reported speech in one sentence without a direct speech quote: the clause a speech verb
	 * governs ("Xi said [he understood the concerns]", "[Trade rose 31%], according to Putin").
	 *
	 * @returns A quote with `direct: false`, or nothing.
	 */
	readReported(sentence: Sentence): Quote | undefined {
		// A "sentence" longer than any in news is a run the parser could not split; its clauses are
		// read verb by verb, each against the rest (quadratic), so it is left alone.
		if (sentence.end - sentence.start > maxReportedSentence || !reportedHint(this.text, sentence.start, sentence.end)) {
			return undefined;
		}
		const tokens = tokenize(this.text, sentence.start, sentence.end);
		let last = tokens.length;
		while (last > 0 && !tokens[last - 1].word && '.!?…'.includes(tokens[last - 1].text)) {
			last--;
		}
		const found = this.readLead(tokens, 0, last) ?? this.readTail(tokens, last);
		if (!found || found.clause.end - found.clause.start < 3) {
			return undefined;
		}
		const start = tokens[found.clause.start].start;
		const end = tokens[found.clause.end - 1].end;
		const quote: Quote = {
			start,
			end,
			text: this.parsed.article.text.slice(start, end),
			inner: { start, end },
			kind: 'speech',
			direct: false,
			closed: true,
			depth: 0,
		};
		const completed = this.complete(quote, found);
		return completed.speaker ? completed : undefined;
	}

	/**
	 * A clause with its attribution at the end: "[…], Xi said", "[…], added Yuri Ushakov",
	 * "[…], a Kremlin official said, according to Reuters", "[…], according to Putin".
	 */
	private readTail(tokens: Token[], last: number): (Attribution & { clause: { start: number; end: number } }) | undefined {
		let end = last;
		let source: Named | undefined;
		for (let round = 0; round < 2; round++) {
			const comma = lastComma(tokens, end);
			if (comma <= 0) {
				break;
			}
			const according = readAccording(tokens, comma + 1, end);
			if (according && round === 0) {
				source = according;
				end = comma;
				continue;
			}
			const tail = this.readTailSpeaker(tokens, comma + 1, end);
			if (tail) {
				return { ...tail, source: tail.source ?? source, clause: { start: 0, end: comma } };
			}
			break;
		}
		return source ? { speaker: source, adjacent: false, clause: { start: 0, end } } : undefined;
	}

	/** "Xi said", "Kremlin adviser Yuri Ushakov told the press", "added Yuri Ushakov": short, and nothing else. */
	private readTailSpeaker(tokens: Token[], from: number, to: number): Attribution | undefined {
		if (to - from > 12 || to <= from) {
			return undefined;
		}
		const first = tokens[from];
		if (first.verb && !addresseeVerbs.has(first.lower)) {
			const phrase = nounPhraseAfter(tokens, from + 1, to);
			return phrase && phrase.end >= to - 1 ? { speaker: phrase.named, adjacent: true } : undefined;
		}
		for (let v = from + 1; v < to && v <= from + 8; v++) {
			if (!tokens[v].word) {
				return undefined;
			}
			if (tokens[v].verb) {
				// "“…,” as Ortiz said on the radio": the clause may open with "as".
				const opening = tokens[from].lower === 'as' ? from + 1 : from;
				const subject = this.subjectBefore(tokens, v, opening);
				if (!subject || subject.first !== opening) {
					return undefined;
				}
				const { addressee, source } = this.readObject(tokens, v, to);
				return { ...subject.attribution, addressee, source };
			}
		}
		return undefined;
	}

	/**
	 * A clause after its attribution: "Xi said (that) …", "Ushakov, a Kremlin aide, told Reuters
	 * that …", "The Kremlin said Putin told Xi that …" (the inner speaker wins, the outer one
	 * relays), "According to the Kremlin, …", "…, with the ministry saying that …".
	 */
	private readLead(tokens: Token[], from: number, to: number, depth = 0): (Attribution & { clause: { start: number; end: number } }) | undefined {
		const according = from === 0 ? readAccordingLead(tokens, to) : undefined;
		if (according) {
			const inner = this.readLead(tokens, according.next, to, depth + 1);
			if (inner) {
				return { ...inner, source: inner.source ?? according.named };
			}
			return { speaker: according.named, adjacent: false, clause: { start: according.next, end: to } };
		}
		for (let v = from; v < to; v++) {
			const token = tokens[v];
			const finite = token.verb;
			if (!finite && !token.participle) {
				continue;
			}
			if (isPassive(tokens, v)) {
				continue;
			}
			const speaker = finite ? this.subjectBefore(tokens, v, from) : this.participleSubject(tokens, v, from);
			if (!speaker) {
				continue;
			}
			const leading = speaker.first === from || tokens[speaker.first - 1].text === ',' || (!finite && speaker.first < v);
			if (!leading) {
				continue;
			}
			const object = this.readObject(tokens, v, to);
			const clauseStart = clauseAfter(tokens, object.next, to, bareClauseVerbs.has(token.lower) || (!finite && token.lower === 'saying'));
			if (clauseStart === undefined) {
				continue;
			}
			if (depth < 2) {
				const inner = this.readLead(tokens, clauseStart, to, depth + 1);
				if (inner && inner.speaker) {
					const relay = speaker.attribution.speaker?.pronoun === undefined ? speaker.attribution.speaker : undefined;
					return { ...inner, source: inner.source ?? object.source ?? relay };
				}
			}
			const tail = this.readTail(tokens.slice(0, to), to);
			const clauseEnd = tail && tail.clause.end > clauseStart ? tail.clause.end : appositionStart(tokens, clauseStart, to);
			const relay = tail?.speaker?.pronoun === undefined ? tail?.speaker : undefined;
			return {
				...speaker.attribution,
				addressee: object.addressee,
				source: object.source ?? relay,
				clause: { start: clauseStart, end: clauseEnd },
			};
		}
		return undefined;
	}

	/**
	 * After a speech verb: to whom ("told Xi", "said to Xi"), or which outlet ("told Reuters",
	 * "told Politico"), skipping generic audiences ("told reporters", "told the press").
	 */
	private readObject(tokens: Token[], v: number, to: number): { addressee?: Named; source?: Named; next: number } {
		const verb = tokens[v].lower;
		let at = v + 1;
		if (!addresseeVerbs.has(verb) && tokens[at]?.lower === 'to' && (verb === 'said' || verb === 'says')) {
			at++;
		} else if (!addresseeVerbs.has(verb)) {
			return { next: at };
		}
		const phrase = nounPhraseAfter(tokens, at, to);
		if (!phrase) {
			return { next: at };
		}
		let { named: found, end } = phrase;
		// "told his Chinese counterpart, Xi Jinping, that": the name in apposition says more.
		if (tokens[end]?.text === ',') {
			const apposition = nounPhraseAfter(tokens, end + 1, to);
			if (apposition && tokens[apposition.end]?.text === ',' && tokens[apposition.end - 1].cap) {
				found = apposition.named;
				end = apposition.end + 1;
			}
		}
		if (isMedia(found.name)) {
			return capitalStartPattern.test(found.name) ? { source: found, next: end } : { next: end };
		}
		return { addressee: found, next: end };
	}

	/**
	 * The attribution after a quote: "“…,” said Xi", "“…,” Xi said", "“…,” he added",
	 * "“…,” said Vladimir Putin to Xi", "“…,” Xinhua quoted Xi as saying",
	 * "“…” the actress's rep Jack Smith told the magazine". A quote ending in a full stop is
	 * followed by a new sentence ("“…on time.” Ortiz told Reuters that …"), unless the verb
	 * comes at once ("“….” he said").
	 */
	private readAfter(tokens: Token[], quote: QuoteSpan): Attribution | undefined {
		let from = 0;
		while (from < tokens.length && !tokens[from].word && ',—–-\'"’”'.includes(tokens[from].text)) {
			from++;
		}
		if (from >= tokens.length) {
			return undefined;
		}
		const innerEnd = this.text.slice(quote.inner.start, quote.inner.end).trimEnd().slice(-1);
		const first = tokens[from];
		const pronounVerb = personPronouns.has(first.lower) && tokens[from + 1]?.verb === true;
		const tight = first.verb || pronounVerb;
		// "“… the files.” Ortiz said." still attributes it, with nothing after the verb; "“….” Ortiz said
		// the plan …" starts a sentence of its own.
		if (from === 0 && '.;:'.includes(innerEnd) && !tight && !endsOnVerb(tokens, from)) {
			return undefined;
		}
		if (first.verb) {
			const phrase = nounPhraseAfter(tokens, from + 1, tokens.length);
			if (!phrase) {
				return undefined;
			}
			const object = tokens[phrase.end]?.lower === 'to' ? nounPhraseAfter(tokens, phrase.end + 1, tokens.length) : undefined;
			return { speaker: phrase.named, addressee: object?.named, adjacent: true };
		}
		let comma = false;
		for (let v = from + 1; v < tokens.length && v <= from + maxAppositionAfter; v++) {
			// "“…,” Brandt, 52, told the court": an apposition may stand between subject and verb;
			// "“…!” Rep. Glen Tomson, R-Pa., said": with the abbreviations of a party and a state.
			const token = tokens[v];
			const abbreviation = token.text === '.' && tokens[v - 1].word && tokens[v - 1].cap && tokens[v - 1].text.length <= 5;
			// "Sanders’ campaign manager": the apostrophe of a plural possessive.
			const possessive = "'’".includes(token.text) && /s$/.test(tokens[v - 1].text) && tokens[v + 1]?.word === true;
			if (!token.word && token.text !== ',' && !isNameDot(tokens, v) && !abbreviation && !possessive && !'()-–'.includes(token.text)) {
				return undefined;
			}
			comma ||= token.text === ',';
			// A long apposition ("“…,” Elna Kamar, a senior fellow at the institute and a delegate,
			// wrote") is closed by a comma before the verb.
			if (v > from + 12 && !(comma && tokens[v - 1].text === ',') && token.word && token.verb) {
				return undefined;
			}
			if (tokens[v].lower === 'quoted') {
				return readQuotedAsSaying(tokens, from, v);
			}
			if (tokens[v].verb) {
				// "“…,” as Ortiz said on the radio": the clause may open with "as".
				const opening = tokens[from].lower === 'as' ? from + 1 : from;
				const subject = this.subjectBefore(tokens, v, opening);
				if (!subject || subject.first !== opening) {
					return undefined;
				}
				const object = this.readObject(tokens, v, tokens.length);
				return { ...subject.attribution, addressee: object.addressee, source: object.source, adjacent: true };
			}
		}
		return undefined;
	}

	/**
	 * The attribution before a quote, in its sentence: "Putin told Xi: “…”", "He said: “…”",
	 * "Xi is quoted by Xinhua as saying, “…”", "…, saying, “…”", and for a quote inside a sentence
	 * the nearest speech verb with its subject ("Ortiz said she and Brandt reject “any plan to close the port”").
	 */
	private readBefore(tokens: Token[]): Attribution | undefined {
		let end = tokens.length;
		let introduces = false;
		while (end > 0 && !tokens[end - 1].word && ':,—–-'.includes(tokens[end - 1].text)) {
			end--;
			introduces = true;
		}
		if (end === 0) {
			return undefined;
		}
		if (tokens[end - 1].lower === 'saying' && tokens[end - 2]?.lower === 'as') {
			const quoted = findLast(tokens, end - 2, (token) => token.lower === 'quoted');
			if (quoted >= 0) {
				return tokens[quoted + 1]?.lower === 'by' ? this.readQuotedBy(tokens, quoted, end - 2) : readQuotedAsSaying(tokens, 0, quoted);
			}
		}
		for (let v = end - 1; v >= 0; v--) {
			const token = tokens[v];
			const finite = token.verb;
			if ((!finite && !token.participle) || isPassive(tokens, v)) {
				continue;
			}
			const subject = finite ? this.subjectBefore(tokens, v, 0) : this.participleSubject(tokens, v, 0);
			if (!subject) {
				continue;
			}
			const object = this.readObject(tokens, v, end);
			const adjacent = v === end - 1 || (introduces && object.next >= end);
			const outer = finite ? this.relayBefore(tokens, subject.first) : undefined;
			const according = readAccordingLead(tokens, end);
			return {
				...subject.attribution,
				addressee: object.addressee,
				source: object.source ?? according?.named ?? outer,
				adjacent,
			};
		}
		const according = readAccordingLead(tokens, end);
		return according ? { speaker: according.named, adjacent: false } : undefined;
	}

	/** "The Kremlin said Putin told Xi that “…”": the outer speaker relays the quote. */
	private relayBefore(tokens: Token[], first: number): Named | undefined {
		const v = first - 1;
		if (v < 1 || !tokens[v].verb) {
			return undefined;
		}
		const outer = this.subjectBefore(tokens, v, 0);
		const speaker = outer?.attribution.speaker;
		return speaker && speaker.pronoun === undefined ? speaker : undefined;
	}

	/** "President Xi is quoted by China's Xinhua News Agency as saying": speaker Xi, source Xinhua News Agency. */
	private readQuotedBy(tokens: Token[], quoted: number, as: number): Attribution | undefined {
		let verb = quoted;
		while (verb > 0 && ['is', 'was', 'were', 'been', 'being', 'has', 'have', 'had'].includes(tokens[verb - 1].lower)) {
			verb--;
		}
		const subject = this.subjectBefore(tokens, verb, 0, true);
		const source = phraseName(tokens, quoted + 2, as - 1);
		return subject ? { ...subject.attribution, source, adjacent: true } : undefined;
	}

	/** After an attribution, who relays it: ", quoted by the Russian presidency", ", according to AFP". */
	private readSourceAfter(tokens: Token[]): Named | undefined {
		for (let i = 0; i + 2 < tokens.length; i++) {
			if (tokens[i].lower === 'quoted' && tokens[i + 1].lower === 'by') {
				return nounPhraseAfter(tokens, i + 2, tokens.length)?.named;
			}
			const according = readAccording(tokens, i, tokens.length);
			if (according && (i === 0 || tokens[i - 1].text === ',')) {
				return according;
			}
		}
		return undefined;
	}

	/**
	 * The subject of the speech verb at `v`: a name ("Kremlin adviser Yuri Ushakov told"), a
	 * role ("the Kremlin chief said"), a pronoun ("he added"), or a name with an apposition
	 * ("Yuri Ushakov, a Kremlin aide, told"; "Putin, who has …, told").
	 *
	 * @param floor First token the subject may use.
	 * @param copula `true` to accept "is"/"was" before the verb ("Xi is quoted by …").
	 * @returns The attribution and the index of the subject's first token.
	 */
	private subjectBefore(tokens: Token[], v: number, floor: number, copula = false): { attribution: Attribution; first: number } | undefined {
		let i = v - 1;
		while (i >= floor) {
			const lower = tokens[i].lower;
			// "She regularly tells", "He memorably promised": any adverb in -ly stands between.
			if (adverbs.has(lower) || (lower.endsWith('ly') && (isEnglishWord(lower) || this.isAdverb(tokens[i]))) || (copula && ['is', 'was'].includes(lower))) {
				i--;
			} else if (i > floor && twoWordAdverbs.has(`${tokens[i - 1].lower}_${lower}`)) {
				i -= 2;
			} else if (i > floor && lower === 'part' && twoWordAdverbs.has(`${tokens[i - 2]?.lower}_${tokens[i - 1].lower}`)) {
				i -= 3;
			} else {
				break;
			}
		}
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
			return this.subjectBefore(tokens, i - 1, floor, copula);
		}
		// "Brask — tipped by the Gazette as the pick — told Orr: “…”": an apposition between dashes.
		const dashed = isDashAt(tokens, i) ? this.subjectBeforeDashes(tokens, i, floor) : undefined;
		if (dashed) {
			return dashed;
		}
		// "…Edda Faro, who told the board: “…”": "who" stands for the name before its comma.
		if (token.lower === 'who' && tokens[i - 1]?.text === ',' && i - 2 >= floor && tokens[i - 2].cap) {
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
			return { attribution: { speaker: { name: this.text.slice(pronoun.start, pronoun.end), span: pronoun, pronoun: token.start }, adjacent: true }, first: i };
		}
		if (token.text === ',') {
			return this.appositiveSubject(tokens, i, floor);
		}
		const phrase = nounPhraseBefore(tokens, i, floor);
		if (!phrase) {
			return undefined;
		}
		return unclosedAppositive(tokens, phrase.first, floor) ?? { attribution: { speaker: phrase.named, adjacent: true }, first: phrase.first };
	}

	/**
	 * The subject before an apposition between dashes that closes at `close`: the phrase before the
	 * opening dash ("Brask — tipped by the Gazette … — told"), or the name that opens the apposition
	 * when that phrase is a description ("A former rival -- Ivar Hult, who lost … -- said").
	 */
	private subjectBeforeDashes(tokens: Token[], close: number, floor: number): { attribution: Attribution; first: number } | undefined {
		let open = close - 1;
		while (open > floor && close - open <= maxAppositionAfter && !isDashAt(tokens, open)) {
			open--;
		}
		if (open <= floor || !isDashAt(tokens, open)) {
			return undefined;
		}
		const start = tokens[open - 1]?.text === '-' ? open - 1 : open;
		const before = nounPhraseBefore(tokens, start - 1, floor);
		if (!before || !(before.first === floor || !tokens[before.first - 1].word)) {
			return undefined;
		}
		if (capitalStartPattern.test(before.named.name)) {
			return { attribution: { speaker: before.named, adjacent: true }, first: before.first };
		}
		const inner = nounPhraseAfter(tokens, open + 1, close);
		return inner && capitalStartPattern.test(inner.named.name) ? { attribution: { speaker: inner.named, adjacent: true }, first: before.first } : undefined;
	}

	/**
	 * The subject before an appositive that ends at `comma`: "Ada Brandt, the port's lawyer, said";
	 * "Tom Fite, the head of Harbour Watch, a group that sued the port, said" (the appositive holds
	 * commas of its own: the subject is the phrase that opens the clause, not "Harbour Watch");
	 * "The port's lawyer, Ada Brandt, said" (the name in apposition is the person); "the spokesman,
	 * who asked not to be named, said" (a role).
	 */
	private appositiveSubject(tokens: Token[], comma: number, floor: number): { attribution: Attribution; first: number } | undefined {
		let found: { attribution: Attribution; first: number } | undefined;
		for (let j = comma - 1; j > floor && j >= comma - 40; j--) {
			if (tokens[j].text !== ',') {
				continue;
			}
			const outer = nounPhraseBefore(tokens, j - 1, floor);
			if (!outer) {
				// "Lev Arno, 41, of Dover, said": an age between commas.
				if (/^\d{1,3}$/.test(tokens[j - 1].text) && tokens[j - 2]?.text === ',') {
					continue;
				}
				break;
			}
			const before = tokens[outer.first - 1];
			const opensClause = outer.first === floor || (!before.word && before.text !== ',') || ['but', 'and', 'yet', 'so'].includes(before.lower);
			if (found && !opensClause) {
				continue;
			}
			const close = tokens.findIndex((token, k) => k > j && token.text === ',');
			const inner = tokens[close - 1]?.cap ? nounPhraseBefore(tokens, close - 1, j + 1) : undefined;
			const named = !tokens[j - 1].cap && !isNameDot(tokens, j - 1) && inner?.first === j + 1 ? inner.named : outer.named;
			found = { attribution: { speaker: named, adjacent: true }, first: outer.first };
			if (opensClause) {
				break;
			}
		}
		return found;
	}

	private participleSubject(tokens: Token[], v: number, floor: number): { attribution: Attribution; first: number } | undefined {
		const direct = this.subjectBefore(tokens, v, floor);
		// "…, with Ortiz saying “…”": the participle's own subject, right before it.
		if (direct && tokens[direct.first - 1]?.lower === 'with' && tokens[v - 1]?.text !== ',') {
			return direct;
		}
		// "In an interview with the Courier, Brandt continued to question the levy, saying …", "Sen.
		// Ivo Marsh (D-Kent) on Saturday criticised the plan, saying …": the subject of the clause the
		// participle hangs on, read by the sentence's structure.
		const structural = this.speakingSubject(subjectBefore(this.taggedSentence(this.sentenceIndexAt(tokens[v].start)), tokens[v].start));
		const first = structural ? tokens.findIndex((token) => token.start === structural.span.start) : -1;
		if (structural && first >= floor) {
			return { attribution: { speaker: whoOf(structural), adjacent: false }, first };
		}
		for (let i = v - 1; i >= floor; i--) {
			const token = tokens[i];
			const next = tokens[pastTimePhrase(tokens, i + 1, v)];
			if (!next.word || next.cap || functionWords.has(next.lower) || next.lower === tokens[v].lower) {
				continue;
			}
			if (personPronouns.has(token.lower)) {
				return { attribution: { speaker: { name: token.text, span: span(token), pronoun: token.start }, adjacent: false }, first: i };
			}
			if (token.cap && token.word && !token.possessive && !functionWords.has(token.lower)) {
				const phrase = nounPhraseBefore(tokens, i, floor);
				const previous = phrase ? tokens[phrase.first - 1] : undefined;
				if ((previous?.lower === 'and' && tokens[phrase!.first - 2]?.cap) || phrase?.named.name.includes(' and ')) {
					// "Putin and Xi Jinping met, promising that …": two speakers, none to name.
					return undefined;
				}
				if (phrase && (!previous || !previous.word || previous.lower === 'but')) {
					return { attribution: { speaker: phrase.named, adjacent: false }, first: phrase.first };
				}
			}
		}
		return undefined;
	}

	/** Index of the last paragraph starting at or before `offset`. */
	private paragraphAt(offset: number): number {
		return Math.max(0, firstStartingAt(this.parsed.paragraphs, offset + 1) - 1);
	}

	private sentenceAt(offset: number): Sentence | undefined {
		const found = this.parsed.sentences[this.sentenceIndexAt(offset)];
		return found && found.start <= offset && offset < found.end ? found : undefined;
	}

	/**
	 * The sentence a quote's attribution follows in. A quote that ends in "?" or "!" ends its
	 * sentence for the splitter ("“All hands on deck!” | Brandt shouted."), yet the attribution after
	 * it belongs to it: then the next sentence of the paragraph is read.
	 */
	private sentenceAfterQuote(quote: QuoteSpan): Sentence | undefined {
		const index = this.sentenceIndexAt(quote.end - 1);
		const sentence = this.parsed.sentences[index];
		const next = this.parsed.sentences[index + 1];
		// "“… the files.” Ortiz said.": a name and a verb alone after a full stop still attribute the quote.
		const nameAndVerb = next !== undefined && namesThenVerbPattern.test(this.text.slice(next.start, next.end));
		if (!sentence || sentence.start > quote.end - 1 || sentence.end > quote.end || !(/[?!]$/.test(lastMarkOf(this.text, quote)) || nameAndVerb)) {
			return sentence && sentence.start <= quote.end - 1 && quote.end - 1 < sentence.end ? sentence : undefined;
		}
		return next && this.paragraphAt(next.start) === this.paragraphAt(quote.end - 1) ? { ...sentence, end: next.end } : sentence;
	}

	/** Index of the last sentence starting at or before `offset`. */
	sentenceIndexAt(offset: number): number {
		return Math.max(0, firstStartingAt(this.parsed.sentences, offset + 1) - 1);
	}
}

/**
 * A name "he" or "she" can stand for: a capitalised name, or a singular role ("the Kremlin chief"),
 * not a plural or a thing ("jurors", "her official biography").
 */

