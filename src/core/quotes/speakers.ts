import { dottedAbbreviations, lexicalType, nameParticles, wordKey, organizationHeads, placeHeads, placePrefixes, stopWords, thingHeads, titleWords } from '../entities/lexicon';
import { checkBudget } from '../budget';
import { addresseeVerbs, adverbs, postnominalAdjectives, bareClauseVerbs, determiners, femaleWords, functionWords, maleWords, mediaNames, mediaWords, personPronouns, roleNouns, speechParticiples, speechVerbs, twoWordAdverbs, weekdays } from './lexicon';
import { isEnglishWord } from '../text/englishWords';
import type { ParsedArticle, Quote, Sentence, Span, Speaker } from '../types';
import { firstStartingAt } from '../spanIndex';
import { headlineSpeaker, nearestSubject, relativeClauseSubject, subjectAfter, subjectBefore, tailAttribution, titleCaseHeadlineSpeaker, type ClauseSubject } from './clauseSubject';
import { tagRange, type TaggedToken } from '../text/tagger';
import { genderOfFirstName, genderOfTitle, mayNamePerson, personMentions, type Gender } from './pronouns';

/** A word or a punctuation character of the prose. */
interface Token {
	/** As written. */
	text: string;
	/** Lower-cased, for the word lists. */
	lower: string;
	/** Offset in the article. */
	start: number;
	/** Offset just past it. */
	end: number;
	/** A word (letters or digits), else one punctuation character. */
	word: boolean;
	/** Starts with a capital letter. */
	cap: boolean;
	/** Ends in a possessive 's ("China's", "Xi’s"). */
	possessive: boolean;
	/** A speech verb in lower case ("said"; "States" is a name). */
	verb: boolean;
	/** A speech participle in lower case ("saying"). */
	participle: boolean;
}

/** What the whole article tells of a capitalised word. */
interface WordFacts {
	/** It ends a longer name somewhere, or follows a title: a person's surname. */
	surname: boolean;
	/** A gender told by a title or role before it. */
	gender?: 'm' | 'f';
}

/** A name or a role found in the text, where it stands. */
interface Named {
	/** The name as written (`Yuri Ushakov`), or a role without its article (`Russian President`). */
	name: string;
	/** Where it stands. */
	span: Span;
}

/** A speaker as first read: a name, a pronoun still to resolve, or a speaker carried over. */
interface Who extends Named {
	/** Offset of a pronoun ("he added") whose person is looked up before it. */
	pronoun?: number;
	/** How a speaker taken from another quote was found. */
	via?: Speaker['via'];
	/** A role ("the senator") to resolve like a pronoun of either gender, kept as written when nobody fits. */
	role?: boolean;
}

/** Who said it, to whom, and who relays it. */
interface Attribution {
	/** The speaker. */
	speaker?: Who;
	/** The outlet or agency relaying it. */
	source?: Named;
	/** To whom it was said. */
	addressee?: Named;
	/** Found right next to the quote ("“No,” he said", "She said: “No”"). */
	adjacent: boolean;
}

/** A person named (or a pronoun resolved) at some point of the text, for "he"/"she" later on. */
interface Antecedent extends Named {
	/** Where the mention counts from. */
	at: number;
}

/** How many sentences a pronoun looks back at most. */
const maxLookBack = 40;

/**
 * A sentence worth reading for reported speech holds a speech verb, a participle or
 * "according" as a whole word: a fast test that spares tokenising the others.
 */
const reportedHint = new RegExp(`\\b(?:${[...speechVerbs, ...speechParticiples, 'according'].join('|')})\\b`, 'i');

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
			const quote = found ? reader.complete(event, found) : event;
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
		}
	}
	return [...quotes.map((quote) => attributed.get(quote) ?? quote), ...reported];
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

/** Index of the first antecedent that counts from `offset` or later (sorted by `at`). */
function firstAt(antecedents: Antecedent[], offset: number): number {
	let low = 0;
	let high = antecedents.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (antecedents[middle].at < offset) {
			low = middle + 1;
		} else {
			high = middle;
		}
	}
	return low;
}

/** The span of a quote, marks included, and of its words. */
type QuoteSpan = Span & { inner: Span };

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

/** The first word start at or after `at` (a window never begins inside a word). */
function wordStartAfter(text: string, at: number): number {
	if (at <= 0) {
		return 0;
	}
	let i = at;
	while (i < text.length && i < at + 100 && classOf(text.charCodeAt(i)) !== space && classOf(text.charCodeAt(i - 1)) !== space) {
		i++;
	}
	return i;
}

/** Reads attributions in one article; keeps the people named so far for "he" and "she". */
class TextReader {
	private readonly text: string;
	/** Speakers named so far, sorted by where they count from. */
	private readonly antecedents: Antecedent[] = [];
	/** Genders the text states by a reflexive ("Varennikoff showed himself"), by the last word of the name. */
	private readonly reflexives = new Map<string, 'm' | 'f'>();
	/** Genders learned from earlier pronouns ("“…,” she said" → Osterhout), by the last word of the name. */
	private readonly resolved = new Map<string, 'm' | 'f'>();
	/** What the whole article tells of a capitalised word, found on first need. */
	private readonly facts = new Map<string, WordFacts>();
	/** Sentences tagged so far, by index. */
	private readonly tagged = new Map<number, TaggedToken[]>();

	constructor(
		private readonly parsed: ParsedArticle,
		private readonly quotes: QuoteSpan[],
	) {
		this.text = parsed.text;
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

		const found = this.readAfter(after, quote) ?? this.readBefore(before);
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
		const open = /[,?!—–-]$/.test(this.text.slice(quote.inner.start, quote.inner.end).trimEnd());
		const subject =
			subjectAfter(tokens, quote.end, open) ??
			tailAttribution(tokens, quote.end, (token) => speechVerbs.has(token.lower)) ??
			relativeClauseSubject(tokens, quote.start) ??
			subjectBefore(tokens, quote.start) ??
			headlineSpeaker(tokens, quote.start) ??
			nearestSubject(tokens, quote.start);
		if (subject) {
			return { speaker: whoOf(subject), adjacent: false };
		}
		const alone = !tokens.some((token) => (token.end <= quote.start || token.start >= quote.end) && /\p{L}/u.test(token.text));
		if (!alone) {
			return undefined;
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
		if (!carried || carried.kind === 'description' || (carried.kind === 'name' && !this.mayBeSpeaker(carried.name))) {
			return undefined;
		}
		return { speaker: { ...whoOf(carried), via: carried.kind === 'pronoun' ? undefined : 'previous' }, adjacent: false };
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
		const canSpeak = (subject: ClauseSubject | undefined) => subject !== undefined && subject.kind !== 'description' && (subject.kind !== 'name' || this.mayBeSpeaker(subject.name));
		const subject = [
			tailAttribution(tokens, quote.end, (token) => speechVerbs.has(token.lower)),
			relativeClauseSubject(tokens, quote.start),
			subjectBefore(tokens, quote.start),
			nearestSubject(tokens, quote.start),
		].find(canSpeak);
		return subject && this.resolve(whoOf(subject));
	}

	/**
	 * One sentence's tagged tokens, tagged once however many quotes and pronouns read it. A
	 * "sentence" longer than any in news (a run the parser could not split) gives none: tagging a
	 * window per quote there would be quadratic (`npm run fuzz`, quoted words).
	 */
	private taggedSentence(index: number): TaggedToken[] {
		let tokens = this.tagged.get(index);
		if (!tokens) {
			const sentence = this.parsed.sentences[index];
			tokens = sentence && sentence.end - sentence.start <= maxReportedSentence ? tagRange(this.text, sentence.start, sentence.end) : [];
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
		return subject && this.mayBeSpeaker(subject.name) ? this.resolve(whoOf(subject)) : undefined;
	}

	/** Fills a quote's speaker, source and addressee from an attribution; remembers the speaker. */
	complete(quote: Quote, found: Attribution): Quote {
		const completed: Quote = { ...quote };
		const speaker = found.speaker && this.resolve(found.speaker);
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
	 * Reported speech in one sentence without a direct speech quote: the clause a speech verb
	 * governs ("Xi said [he understood the concerns]", "[Trade rose 31%], according to Putin").
	 *
	 * @returns A quote with `direct: false`, or nothing.
	 */
	readReported(sentence: Sentence): Quote | undefined {
		// A "sentence" longer than any in news is a run the parser could not split; its clauses are
		// read verb by verb, each against the rest (quadratic), so it is left alone.
		if (sentence.end - sentence.start > maxReportedSentence || !reportedHint.test(this.text.slice(sentence.start, sentence.end))) {
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
				const subject = this.subjectBefore(tokens, v, from);
				if (!subject || subject.first !== from) {
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
			return /^\p{Lu}/u.test(found.name) ? { source: found, next: end } : { next: end };
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
		if (from === 0 && '.;:'.includes(innerEnd) && !tight) {
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
				const subject = this.subjectBefore(tokens, v, from);
				if (!subject || subject.first !== from) {
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
			if (adverbs.has(lower) || (lower.endsWith('ly') && isEnglishWord(lower)) || (copula && ['is', 'was'].includes(lower))) {
				i--;
			} else if (i > floor && twoWordAdverbs.has(`${tokens[i - 1].lower}_${lower}`)) {
				i -= 2;
			} else if (i > floor && lower === 'part' && twoWordAdverbs.has(`${tokens[i - 2]?.lower}_${tokens[i - 1].lower}`)) {
				i -= 3;
			} else {
				break;
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
		// "he's said", "she’d told": the pronoun of a contraction.
		const contracted = /^(\p{L}+)['’](?:s|d|ll|ve)$/u.exec(token.lower)?.[1];
		if (personPronouns.has(token.lower) || (contracted && personPronouns.has(contracted))) {
			const pronoun = contracted ? { start: token.start, end: token.start + contracted.length } : span(token);
			return { attribution: { speaker: { name: this.text.slice(pronoun.start, pronoun.end), span: pronoun, pronoun: token.start }, adjacent: true }, first: i };
		}
		if (token.text === ',') {
			return this.appositiveSubject(tokens, i, floor);
		}
		const phrase = nounPhraseBefore(tokens, i, floor);
		return phrase ? { attribution: { speaker: phrase.named, adjacent: true }, first: phrase.first } : undefined;
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
				break;
			}
			const before = tokens[outer.first - 1];
			const opensClause = outer.first === floor || (!before.word && before.text !== ',') || ['but', 'and', 'yet', 'so'].includes(before.lower);
			if (found && !opensClause) {
				continue;
			}
			const close = tokens.findIndex((token, k) => k > j && token.text === ',');
			const inner = tokens[close - 1]?.cap ? nounPhraseBefore(tokens, close - 1, j + 1) : undefined;
			const named = !tokens[j - 1].cap && inner?.first === j + 1 ? inner.named : outer.named;
			found = { attribution: { speaker: named, adjacent: true }, first: outer.first };
			if (opensClause) {
				break;
			}
		}
		return found;
	}

	private participleSubject(tokens: Token[], v: number, floor: number): { attribution: Attribution; first: number } | undefined {
		const direct = this.subjectBefore(tokens, v, floor);
		if (direct && tokens[direct.first - 1]?.lower === 'with') {
			return direct;
		}
		for (let i = v - 1; i >= floor; i--) {
			const token = tokens[i];
			const next = tokens[i + 1];
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

	/**
	 * A pronoun speaker takes the person named last before it: a speaker, or the subject of a
	 * sentence ("Varennikov was blunter. “…,” he said"), but no plural or thing ("jurors").
	 * NOTE: this looks past the paragraph before on purpose: in files with one sentence a
	 * paragraph, "she said" often comes five paragraphs after the name.
	 * A speaker carried over keeps the place where the name stands.
	 */
	private resolve(found: Who): Speaker | undefined {
		if (found.via) {
			return { name: found.name, span: found.span, via: found.via };
		}
		if (found.pronoun === undefined) {
			this.remember(found, found.span.start);
			return { name: found.name, span: found.span, via: 'adjacent' };
		}
		const pronoun = found.pronoun;
		if (found.role) {
			const person = this.antecedentOf(pronoun, genderOfTitle(lastWord(found.name)));
			const chosen = person ?? found;
			this.remember(chosen, pronoun);
			return { name: chosen.name, span: chosen.span, via: person ? 'pronoun' : 'adjacent' };
		}
		const gender = found.name.toLowerCase() === 'she' ? 'f' : 'm';
		const best = this.antecedentOf(pronoun, gender);
		if (!best) {
			return undefined;
		}
		this.resolved.set(lastWord(best.name), gender);
		this.remember(best, pronoun);
		return { name: best.name, span: best.span, via: 'pronoun' };
	}

	/**
	 * The person a pronoun stands for, by salience: sentences from the pronoun's back, in each the
	 * speakers already found there, then its subject, then the other people it names (a name that
	 * only modifies a noun last: "harbour adviser Paul Brandt"). The first of the pronoun's gender
	 * wins; one of unknown gender is kept and wins if two more sentences bring none of the right one.
	 * NOTE: this looks past the paragraph before on purpose: in files with one sentence a
	 * paragraph, "she said" often comes five paragraphs after the name.
	 */
	private antecedentOf(pronoun: number, gender: Gender | undefined): Named | undefined {
		const from = this.sentenceIndexAt(pronoun);
		let fallback: { named: Named; sentence: number } | undefined;
		for (let index = from; index >= 0 && index > from - maxLookBack; index--) {
			if (fallback && fallback.sentence - index > 2) {
				break;
			}
			const { speakers, mentions } = this.candidatesIn(index, pronoun);
			for (const candidate of [...speakers, ...mentions]) {
				// "he" and "she" are people: "the Harbour Majority PAC", "the NAACP" said it, not she.
				if (!isSingular(candidate.name) || isOrganization(candidate.name)) {
					continue;
				}
				const known = this.genderAt(candidate);
				if (known === gender || gender === undefined) {
					return candidate;
				}
				if (known === undefined && !fallback && speakers.includes(candidate)) {
					// "“…,” said Xi. “…,” he added": the speaker goes on, whatever the gender lists know.
					return candidate;
				}
				if (known === undefined && !fallback) {
					fallback = { named: candidate, sentence: index };
				}
			}
		}
		return fallback?.named;
	}

	/** The people of one sentence before `until`, most salient first: the speakers found there, then the names. */
	private candidatesIn(index: number, until: number): { speakers: Named[]; mentions: Named[] } {
		const sentence = this.parsed.sentences[index];
		const speakers: Named[] = [];
		for (let k = firstAt(this.antecedents, sentence.start); k < this.antecedents.length && this.antecedents[k].at < Math.min(until, sentence.end + 1); k++) {
			speakers.unshift(this.antecedents[k]);
		}
		const tokens = this.taggedSentence(index);
		const isPerson = (words: string[]) => mayNamePerson(words) && (words.length >= 2 || this.factsOf(words[0]).surname);
		const inQuote = (at: number) => {
			const quote = this.quotes[firstStartingAt(this.quotes, at + 1) - 1];
			return quote !== undefined && at < quote.end;
		};
		const mentions = personMentions(tokens, isPerson, inQuote).filter((mention) => mention.span.end <= until);
		const ordered = [...mentions.filter((mention) => mention.subject), ...mentions.filter((mention) => !mention.subject && !mention.modifier), ...mentions.filter((mention) => mention.modifier)];
		return { speakers, mentions: ordered };
	}

	/** A person's gender: stated by the text, learned from an earlier pronoun, or told by the first name. */
	private genderAt(candidate: Named): Gender | undefined {
		const words = candidate.name.split(' ');
		const before = wordsBefore(this.text, candidate.span.start, 1)[0];
		return (
			(before ? genderOfTitle(before) : undefined) ??
			this.statedGender(candidate) ??
			this.resolved.get(lastWord(candidate.name)) ??
			// A first name tells a gender only before a surname: alone, "Xi" or "Clinton" is a family name.
			(words.length > 1 ? genderOfFirstName(words[0]) : this.genderOfSurname(words[0], candidate.span.start))
		);
	}

	/** The gender of a surname standing alone, from the last full name before it that ends in it ("Lena Ortiz … Ortiz"). */
	private genderOfSurname(surname: string, before: number): Gender | undefined {
		let found: Gender | undefined;
		for (let at = this.text.indexOf(surname); at >= 0 && at < before; at = this.text.indexOf(surname, at + surname.length)) {
			const previous = wordsBefore(this.text, at, 1)[0];
			const gender = previous && /^\p{Lu}/u.test(previous) ? (genderOfTitle(previous) ?? genderOfFirstName(previous)) : undefined;
			found = gender ?? found;
		}
		return found;
	}

	/** A gender the text states: a title or role before the name ("Ms Ortiz"), or a reflexive after it. */
	private statedGender(antecedent: Named): 'm' | 'f' | undefined {
		const last = antecedent.name.slice(antecedent.name.lastIndexOf(' ') + 1);
		const role = last.toLowerCase();
		const byRole = maleWords.has(role) ? 'm' : femaleWords.has(role) ? 'f' : undefined;
		return byRole ?? this.reflexives.get(role) ?? (/^\p{Lu}/u.test(last) ? this.factsOf(last).gender : undefined);
	}

	/** Notes a speaker; the list stays sorted by where each one counts from. */
	private remember(found: Named, at: number): void {
		this.antecedents.splice(firstAt(this.antecedents, at + 1), 0, { name: found.name, span: found.span, at });
	}

	/**
	 * A name that can speak: a person, or an organisation that issues statements ("the DNC", "The
	 * Harbour Authority"), but no place, date or ordinary word capitalised at a sentence's start
	 * ("Officials hailed the “new dawn”").
	 */
	private mayBeSpeaker(name: string): boolean {
		// "Port Director Jim Dale", "Republican Gov. Dan Dukes": the words after the last title name the person.
		const words = name.split(' ');
		let title = words.length - 2;
		while (title >= 0 && !titleWords.has(words[title].toLowerCase().replace(/\.$/, '')) && !roleNouns.has(words[title].toLowerCase())) {
			title--;
		}
		const parts = title >= 0 && words.length - title > 2 ? words.slice(title + 1) : words;
		// A capitalised everyday word ("Officials", "Tramp") speaks only when the article uses it as a
		// surname elsewhere ("Donna Tramp", "Mr. Tramp").
		if (parts.length === 1 && isEnglishWord(parts[0].toLowerCase()) && !this.factsOf(parts[0]).surname) {
			return false;
		}
		const isAcronym = parts.length === 1 && /^\p{Lu}{2,}$/u.test(parts[0]);
		return this.isPersonLike(parts.join(' ')) || ((isAcronym || mayNamePerson(parts)) && lexicalType(parts.map(wordKey)) !== 'place');
	}

	/** A name of two words or more that is no organisation or place, or a single known surname. */
	private isPersonLike(name: string): boolean {
		const parts = name.toLowerCase().split(/\s+/);
		if (!isPersonName(parts)) {
			return false;
		}
		return parts.length >= 2 || titleWords.has(parts[0]) || this.factsOf(name).surname;
	}

	/**
	 * What the article tells of a capitalised word wherever it stands: whether it ends a longer
	 * name or follows a title ("Aleksandr Varennikov", "President Xi"), and a gender told by a
	 * title or role before it ("Ms Ortiz", "Mr. Brandt", "actress Lena Ortiz").
	 */
	private factsOf(word: string): WordFacts {
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
			while (capitals < before.length && /^\p{Lu}/u.test(before[capitals]) && !/['’]s$/.test(before[capitals])) {
				capitals++;
			}
			const run = [...before.slice(0, capitals).reverse(), word].map((part) => part.toLowerCase());
			while (run.length > 1 && determiners.has(run[0])) {
				run.shift();
			}
			if (run.length >= 2 && (isPersonName(run) || titleWords.has(run[0]))) {
				facts.surname = true;
			}
			const cue = [before[capitals]?.toLowerCase() ?? '', ...run].find((part) => maleWords.has(part) || femaleWords.has(part));
			if (cue && !facts.gender) {
				facts.gender = maleWords.has(cue) ? 'm' : 'f';
			}
		}
		this.facts.set(word, facts);
		return facts;
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
		if (!sentence || sentence.start > quote.end - 1 || sentence.end > quote.end || !/[?!]$/.test(this.text.slice(quote.inner.start, quote.inner.end).trimEnd())) {
			return sentence && sentence.start <= quote.end - 1 && quote.end - 1 < sentence.end ? sentence : undefined;
		}
		const next = this.parsed.sentences[index + 1];
		return next && this.paragraphAt(next.start) === this.paragraphAt(quote.end - 1) ? { ...sentence, end: next.end } : sentence;
	}

	/** Index of the last sentence starting at or before `offset`. */
	sentenceIndexAt(offset: number): number {
		return Math.max(0, firstStartingAt(this.parsed.sentences, offset + 1) - 1);
	}
}

/**
 * Splits a range of the prose into tokens. A word is letters, digits or combining marks, joined
 * inside by apostrophes, hyphens, full stops or ampersands ("O'Connor", "Xi’s", "Mei-Lin", "U.S",
 * "AT&T"); anything else that is not white space is a token of one character.
 * NOTE: a hand-written scan, three times as fast as the equivalent Unicode regular expression.
 */
function tokenize(text: string, from: number, to: number): Token[] {
	const tokens: Token[] = [];
	let i = from;
	while (i < to) {
		const kind = classOf(text.charCodeAt(i));
		if (kind === space) {
			i++;
			continue;
		}
		let end = i + 1;
		if (kind === letter) {
			while (end < to) {
				const next = classOf(text.charCodeAt(end));
				if (next === letter) {
					end++;
				} else if (next === joiner && end + 1 < to && classOf(text.charCodeAt(end + 1)) === letter) {
					end += 2;
				} else {
					break;
				}
			}
		}
		tokens.push(makeToken(text.slice(i, end), i, kind === letter));
		i = end;
	}
	return tokens;
}

function makeToken(value: string, start: number, word: boolean): Token {
	const lower = value.toLowerCase();
	const length = value.length;
	// NOTE: a capital is a letter that changes when lower-cased ("É" yes, "1" and "-" no).
	const cap = value.charCodeAt(0) !== lower.charCodeAt(0);
	const speech = word && !cap && length > 2 ? speechWords.get(value) : undefined;
	const apostrophe = length > 2 ? value.charCodeAt(length - 2) : 0;
	return {
		text: value,
		lower,
		start,
		end: start + length,
		word,
		cap,
		possessive: (apostrophe === 39 || apostrophe === 0x2019) && (value.charCodeAt(length - 1) | 32) === 115,
		verb: speech === 'verb',
		participle: speech === 'participle',
	};
}

/** Classes of UTF-16 code units for the scan: white space, letter (or digit or mark), joiner, other. */
const space = 1;
const letter = 2;
const joiner = 3;
const other = 4;
const classes = new Uint8Array(65536);

function classOf(code: number): number {
	let kind = classes[code];
	if (kind === 0) {
		const char = String.fromCharCode(code);
		kind = /\s/.test(char) ? space : /[\p{L}\p{N}\p{M}]/u.test(char) ? letter : "'’-.&".includes(char) ? joiner : other;
		classes[code] = kind;
	}
	return kind;
}

/** A letter or a digit. */
const wordCharacter = /[\p{L}\p{N}]/u;

/** Speech verbs and participles in one table, looked up once per token. */
const speechWords = new Map<string, 'verb' | 'participle'>([
	...[...speechVerbs].map((verb) => [verb, 'verb'] as const),
	...[...speechParticiples].map((participle) => [participle, 'participle'] as const),
]);

/** A clause's subject as a speaker still to resolve: a pronoun looks back, a name or a description stands. */
function whoOf(subject: ClauseSubject): Who {
	if (subject.kind === 'pronoun') {
		return { name: subject.name, span: subject.span, pronoun: subject.span.start };
	}
	// "the senator", "the former harbour master": a role said with "the" points back to a person named before.
	const role = subject.kind === 'description' && subject.definite && subject.head !== undefined && (roleNouns.has(subject.head) || titleWords.has(subject.head));
	return role ? { name: subject.name, span: subject.span, pronoun: subject.span.start, role: true } : { name: subject.name, span: subject.span };
}

function span(token: Token): Span {
	return { start: token.start, end: token.end };
}

function named(found: Named): { name: string; span: Span } {
	return { name: found.name, span: found.span };
}

function findLast(tokens: Token[], before: number, test: (token: Token) => boolean): number {
	for (let i = before - 1; i >= 0; i--) {
		if (test(tokens[i])) {
			return i;
		}
	}
	return -1;
}

/** Index of the last comma before `end` outside brackets, or -1. */
function lastComma(tokens: Token[], end: number): number {
	let depth = 0;
	for (let i = end - 1; i >= 0; i--) {
		const text = tokens[i].text;
		if (text === ')') {
			depth++;
		} else if (text === '(') {
			depth--;
		} else if (text === ',' && depth === 0) {
			return i;
		}
	}
	return -1;
}

/**
 * Where a closing apposition starts, which comments on the clause rather than reports it
 * ("…would be cut by 15 percent, a concession negotiators had resisted"): the last ", a"/", an".
 */
function appositionStart(tokens: Token[], from: number, to: number): number {
	for (let i = to - 2; i > from + 2; i--) {
		if (tokens[i].text === ',' && (tokens[i + 1].lower === 'a' || tokens[i + 1].lower === 'an')) {
			return i;
		}
	}
	return to;
}

/** "was told", "is said to", "be asked": the subject does not speak. */
function isPassive(tokens: Token[], v: number): boolean {
	const before = tokens[v - 1]?.lower ?? '';
	return ['is', 'was', 'were', 'be', 'been', 'being', 'are'].includes(before) || (tokens[v].lower === 'said' && tokens[v + 1]?.lower === 'to');
}

/** "according to X" from `from` up to `to`: the name of X. */
function readAccording(tokens: Token[], from: number, to: number): Named | undefined {
	if (tokens[from]?.lower !== 'according' || tokens[from + 1]?.lower !== 'to') {
		return undefined;
	}
	return nounPhraseAfter(tokens, from + 2, to)?.named;
}

/** "According to the Kremlin, …" at the start: the name, and the token after the comma. */
function readAccordingLead(tokens: Token[], to: number): { named: Named; next: number } | undefined {
	const found = readAccording(tokens, 0, to);
	if (!found) {
		return undefined;
	}
	const comma = tokens.findIndex((token, i) => i < to && token.text === ',');
	return comma > 0 ? { named: found, next: comma + 1 } : undefined;
}

/** "Xinhua news agency quoted Xi as saying": speaker Xi, source Xinhua news agency. */
function readQuotedAsSaying(tokens: Token[], from: number, quoted: number): Attribution | undefined {
	const as = tokens.findIndex((token, i) => i > quoted && token.lower === 'as' && tokens[i + 1]?.lower === 'saying');
	if (as < 0) {
		return undefined;
	}
	const speaker = phraseName(tokens, quoted + 1, as - 1);
	const source = phraseName(tokens, from, quoted - 1);
	return speaker ? { speaker, source, adjacent: true } : undefined;
}

/**
 * Where the reported clause starts after a verb and its object: after "that", also after a short
 * adverbial ("said on Wednesday that"), or at once for "said"/"told" ("said he understood",
 * "said berthing fees would …"); `undefined` when no clause follows ("warned Russia of
 * aggression", "said in a statement", "said to be").
 * NOTE: "said he hoped that …" reports from "he", not from the second "that".
 */
function clauseAfter(tokens: Token[], at: number, to: number, bare: boolean): number | undefined {
	const first = tokens[at];
	if (!first?.word) {
		return undefined;
	}
	if (first.lower === 'that') {
		return at + 1 < to ? at + 1 : undefined;
	}
	if (functionWords.has(first.lower) || weekdays.has(first.lower)) {
		for (let i = at + 1; i < to && i < at + 8 && tokens[i].word; i++) {
			if (tokens[i].lower === 'that') {
				return i + 1 < to ? i + 1 : undefined;
			}
		}
		const opens = ['it', 'there', 'this', 'no'].includes(first.lower);
		return bare && opens && to - at >= 4 ? at : undefined;
	}
	const verbLike = first.verb || first.participle;
	return bare && !verbLike && to - at >= 4 ? at : undefined;
}

/**
 * A noun phrase that starts at `from` ("the Russian President", "Vladimir Putin", "his Chinese
 * counterpart", "a friend of the actress", "China's state-run Xinhua News Agency").
 *
 * @returns Its name and the index just past it.
 */
function nounPhraseAfter(tokens: Token[], from: number, to: number): { named: Named; end: number } | undefined {
	let end = from;
	let limit = from + 8;
	while (end < to && end < limit) {
		const token = tokens[end];
		// "a person close to the mayor": the adjective's complement belongs to the phrase.
		if (end > from && postnominalAdjectives.has(tokens[end - 1].lower) && ['to', 'with', 'on', 'in'].includes(token.lower)) {
			end++;
			limit = end + 6;
			continue;
		}
		if (!token.word) {
			if (isNameDot(tokens, end)) {
				end++;
				continue;
			}
			break;
		}
		// "a friend of the actress", "Minister of Trade Ada Brandt", "secretary of state Ada Brandt".
		const ofRole = tokens[end + 1]?.word && tokens[end + 2]?.cap && !functionWords.has(tokens[end + 1].lower);
		if (token.lower === 'of' && end > from && tokens[end + 1]?.word && (determiners.has(tokens[end + 1].lower) || tokens[end + 1].cap || ofRole)) {
			end++;
			continue;
		}
		if ((functionWords.has(token.lower) && !determiners.has(token.lower)) || token.verb || (!token.cap && /ly$/.test(token.lower) && end > from)) {
			break;
		}
		if (determiners.has(token.lower) && end > from && tokens[end - 1].lower !== 'of' && !postnominalAdjectives.has(tokens[end - 2]?.lower ?? '')) {
			break;
		}
		end++;
	}
	const found = phraseName(tokens, from, end - 1);
	return found ? { named: found, end } : undefined;
}

/**
 * A noun phrase that ends at `last`, read backwards: words until a punctuation mark, a function
 * word or a verb; a determiner ends it, unless "of" stands before it ("a friend of the actress").
 */
function nounPhraseBefore(tokens: Token[], last: number, floor: number): { named: Named; first: number } | undefined {
	let first = last + 1;
	for (let i = last; i >= floor && i > last - 14; i--) {
		const token = tokens[i];
		if (!token.word) {
			if (isNameDot(tokens, i)) {
				first = i;
				continue;
			}
			break;
		}
		if (determiners.has(token.lower)) {
			first = i;
			if (tokens[i - 1]?.lower === 'of' && i - 2 >= floor && tokens[i - 2].word && !functionWords.has(tokens[i - 2].lower)) {
				i--;
				first = i;
				continue;
			}
			break;
		}
		if (functionWords.has(token.lower) || token.verb || token.participle || (!token.cap && /(?:ed|ing)$/.test(token.lower) && token.text.length > 4)) {
			break;
		}
		first = i;
	}
	if (first > last) {
		return undefined;
	}
	const found = phraseName(tokens, first, last);
	if (!found) {
		return undefined;
	}
	// "Ada Brandt and Ivo Marsh said": both speak, named together.
	if (tokens[first - 1]?.lower === 'and' && first - 2 >= floor && tokens[first - 2].cap) {
		const left = nounPhraseBefore(tokens, first - 2, floor);
		if (left && /^\p{Lu}/u.test(left.named.name) && found.span.start === tokens[first].start) {
			const span = { start: left.named.span.start, end: found.span.end };
			const firstToken = firstStartingAt(tokens, span.start);
			return { named: { name: textOf(tokens, firstToken, last), span }, first: left.first };
		}
	}
	return { named: found, first };
}

/**
 * A full stop inside a name: after a title's abbreviation or an initial, before a capital
 * ("Mr. Brandt", "Rep. Ada Vos", "J. K. Rowling").
 */
function isNameDot(tokens: Token[], i: number): boolean {
	const before = tokens[i - 1];
	const after = tokens[i + 1];
	return (
		tokens[i].text === '.' &&
		before?.word === true &&
		before.end === tokens[i].start &&
		after?.cap === true &&
		(dottedAbbreviations.has(before.lower) || /^\p{Lu}$/u.test(before.text))
	);
}

/**
 * The name in a noun phrase (tokens `first`…`last`): the capitalised run it ends with, less
 * titles and the possessor before it ("Chinese President Xi Jinping" → "Xi Jinping", "China's
 * Xi" → "Xi", "Dravonia’s President Aleksandr Varennikov" → "Aleksandr Varennikov"); a
 * phrase that ends in a lower-case word is a role, kept without its article ("the Kremlin
 * chief" → "Kremlin chief"). "Russian President" alone stays a role.
 */
function phraseName(tokens: Token[], first: number, last: number): Named | undefined {
	while (first <= last && determiners.has(tokens[first].lower)) {
		first++;
	}
	if (first > last) {
		return undefined;
	}
	const end = tokens[last];
	if (!end.word || personPronouns.has(end.lower) || ['who', 'which', 'it', 'they', 'we', 'i'].includes(end.lower)) {
		return undefined;
	}
	if (!end.cap || end.possessive) {
		// A role keeps a possessor that names someone, for it says whose office speaks: "Ryder’s office",
		// "Varennikov’s foreign-policy aide"; "the city's harbour master" → "harbour master".
		for (let i = last - 1; i >= first; i--) {
			if (tokens[i].possessive) {
				first = tokens[i].cap ? possessorStart(tokens, i, first) : i + 1;
				break;
			}
		}
		return { name: textOf(tokens, first, last), span: { start: tokens[first].start, end: end.end } };
	}
	let runStart = last;
	while (runStart > first) {
		const token = tokens[runStart - 1];
		const particle = nameParticles.has(token.lower) && tokens[runStart].cap;
		if (isNameDot(tokens, runStart - 1)) {
			runStart--;
			continue;
		}
		if (!token.word || token.possessive || !(token.cap || particle)) {
			break;
		}
		runStart--;
	}
	while (runStart < last && (stopWords.has(tokens[runStart].lower) || !tokens[runStart].word)) {
		runStart++;
	}
	if (runStart === last && stopWords.has(end.lower)) {
		return undefined;
	}
	// Leave out titles: everything up to the last title word that still has a name after it.
	for (let i = last - 1; i >= runStart; i--) {
		if (titleWords.has(tokens[i].lower)) {
			let nameStart = i + 1;
			if (tokens[nameStart]?.text === '.') {
				nameStart++;
			}
			if (tokens[nameStart]?.lower === 'of' && nameStart + 2 <= last) {
				nameStart += 2;
			}
			if (nameStart <= last && !titleWords.has(tokens[nameStart].lower)) {
				runStart = nameStart;
			}
			break;
		}
	}
	return { name: textOf(tokens, runStart, last), span: { start: tokens[runStart].start, end: end.end } };
}

/** Where the name that ends in the possessive at `i` begins ("Dan Ryder’s" → "Dan"), not before `floor`. */
function possessorStart(tokens: Token[], i: number, floor: number): number {
	let start = i;
	while (start > floor && tokens[start - 1].word && tokens[start - 1].cap && !titleWords.has(tokens[start - 1].lower)) {
		start--;
	}
	return start;
}

function textOf(tokens: Token[], first: number, last: number): string {
	return tokens
		.slice(first, last + 1)
		.map((token, i, all) => (i > 0 && all[i - 1].end < token.start ? ' ' : '') + token.text)
		.join('');
}

/**
 * Lower-cased words of a capitalised run that may name a person: no organisation, place or event
 * head ("Harbour Workers Federation", "Lantern Strait", "Winter Olympics"), no place prefix
 * ("Port Halden"), no ordinary word ("Three years", "Perhaps").
 */
function isPersonName(parts: string[]): boolean {
	const last = parts[parts.length - 1];
	return (
		!organizationHeads.has(last) &&
		!placeHeads.has(last) &&
		!thingHeads.has(last) &&
		!placePrefixes.has(parts[0]) &&
		!parts.some((part) => stopWords.has(part))
	);
}

/**
 * A name "he" or "she" can stand for: a capitalised name, or a singular role ("the Kremlin chief"),
 * not a plural or a thing ("jurors", "her official biography").
 */
/** A name an organisation goes by: its last word is an organisation's ("Harbour Majority PAC", "Ryder’s office"), or it is an acronym. */
function isOrganization(name: string): boolean {
	const words = name.split(' ').map(wordKey);
	return lexicalType(words) === 'organization' || /^\p{Lu}{2,}$/u.test(name) || organizationHeads.has(words[words.length - 1]);
}

function isSingular(name: string): boolean {
	const last = name.slice(name.lastIndexOf(' ') + 1);
	return /^\p{Lu}/u.test(last) || (roleNouns.has(last.toLowerCase()) && !last.endsWith('s'));
}

/**
 * Up to `count` words before `at`, nearest first, over spaces and an abbreviation's full stop
 * ("Ms Ortiz", "Mr. Brandt"); a sentence's full stop ends them.
 */
function wordsBefore(text: string, at: number, count: number): string[] {
	const found: string[] = [];
	let i = at;
	while (found.length < count) {
		let j = i - 1;
		while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) {
			j--;
		}
		const dot = text[j] === '.';
		if (j === i - 1 || j < 0 || (dot && !isLetter(text[j - 1]))) {
			break;
		}
		let k = dot ? j - 1 : j;
		while (k >= 0 && (isLetter(text[k]) || text[k] === '-')) {
			k--;
		}
		const word = text.slice(k + 1, dot ? j : j + 1);
		if (word === '' || (dot && !dottedAbbreviations.has(word.toLowerCase()) && word.length > 1)) {
			break;
		}
		found.push(word);
		i = k + 1;
	}
	return found;
}

function isLetter(char: string | undefined): boolean {
	return char !== undefined && wordCharacter.test(char);
}

function lastWord(name: string): string {
	return name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
}

function isMedia(name: string): boolean {
	const parts = name.toLowerCase().split(/\s+/);
	return mediaNames.has(parts.join('')) || mediaNames.has(parts[0]) || parts.some((part) => mediaWords.has(part)) || ['reporters', 'journalists', 'press'].includes(parts[parts.length - 1]);
}
