import * as wordTreeModule from '../text/wordTree';
import type { Quote, Sentence } from '../types';
import type { Attribution, Named, Token } from './attributionTypes';
import { maxReportedSentence, type ArticleText } from './articleText';
import * as completeQuoteModule from './completeQuote';
import * as speechLexicon from '../text/lexicon/speech';
import * as phrasesModule from './phrases';
import { clauseAfter, isPassive, readAccording, readAccordingLead } from './relayPhrases';
import * as speechTokensModule from './speechTokens';
import * as verbObjectModule from './verbObject';
import * as verbSubjectModule from './verbSubject';
import { participleSubject } from './participleSubject';

/**
 * Reported speech in a sentence without a direct quote: the clause a speech verb governs ("Varga said
 * [she understood the concerns]"), or the clause before an attribution at its end ("[Trade rose
 * 31%], according to Varga").
 */

// NOTE: imports read once, as in `entities/tokens.ts`.
const { wholeWordTest } = wordTreeModule;
const { complete } = completeQuoteModule;
const { addresseeVerbs, bareClauseVerbs, speechParticiples, speechVerbs } = speechLexicon;
const { appositionStart, lastComma, nounPhraseAfter } = phrasesModule;
const { tokenize } = speechTokensModule;
const { readObject } = verbObjectModule;
const { verbSubject } = verbSubjectModule;

/**
 * A sentence worth reading for reported speech holds a speech verb, a participle or
 * "according" as a whole word: a fast test that spares tokenising the others.
 */
const reportedHint = wholeWordTest([...speechVerbs, ...speechParticiples, 'according']);

/**
 * Reported speech in one sentence without a direct speech quote: the clause a speech verb
 * governs ("Varga said [she understood the concerns]", "[Trade rose 18%], according to Varga").
 *
 * @returns A quote with `direct: false`, or nothing.
 */
export function readReported(article: ArticleText, sentence: Sentence): Quote | undefined {
	// A "sentence" longer than any in news is a run the parser could not split; its clauses are
	// read verb by verb, each against the rest (quadratic), so it is left alone.
	if (sentence.end - sentence.start > maxReportedSentence || !reportedHint(article.text, sentence.start, sentence.end)) {
		return undefined;
	}
	const tokens = tokenize(article.text, sentence.start, sentence.end);
	let last = tokens.length;
	while (last > 0 && !tokens[last - 1].word && '.!?…'.includes(tokens[last - 1].text)) {
		last--;
	}
	const found = readLead(article, tokens, 0, last) ?? readTail(article, tokens, last);
	if (!found || found.clause.end - found.clause.start < 3) {
		return undefined;
	}
	const start = tokens[found.clause.start].start;
	const end = tokens[found.clause.end - 1].end;
	const quote: Quote = {
		start,
		end,
		text: article.parsed.article.text.slice(start, end),
		inner: { start, end },
		kind: 'speech',
		direct: false,
		closed: true,
		depth: 0,
	};
	const completed = complete(article, quote, found);
	return completed.speaker ? completed : undefined;
}

/**
 * A clause with its attribution at the end: "[…], Varga said", "[…], added Pavel Orlov",
 * "[…], a ministry official said, according to Tidewire", "[…], according to Varga".
 */
function readTail(article: ArticleText, tokens: Token[], last: number): (Attribution & { clause: { start: number; end: number } }) | undefined {
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
		const tail = readTailSpeaker(article, tokens, comma + 1, end);
		if (tail) {
			return { ...tail, source: tail.source ?? source, clause: { start: 0, end: comma } };
		}
		break;
	}
	return source ? { speaker: source, adjacent: false, clause: { start: 0, end } } : undefined;
}

/** "Varga said", "ministry adviser Pavel Orlov told the press", "added Pavel Orlov": short, and nothing else. */
function readTailSpeaker(article: ArticleText, tokens: Token[], from: number, to: number): Attribution | undefined {
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
			const subject = verbSubject(article, tokens, v, opening);
			if (!subject || subject.first !== opening) {
				return undefined;
			}
			const { addressee, source } = readObject(tokens, v, to);
			return { ...subject.attribution, addressee, source };
		}
	}
	return undefined;
}

/**
 * A clause after its attribution: "Varga said (that) …", "Orlov, a ministry aide, told Tidewire
 * that …", "The ministry said Varga told Lenz that …" (the inner speaker wins, the outer one
 * relays), "According to the ministry, …", "…, with the ministry saying that …".
 */
function readLead(article: ArticleText, tokens: Token[], from: number, to: number, depth = 0): (Attribution & { clause: { start: number; end: number } }) | undefined {
	const according = from === 0 ? readAccordingLead(tokens, to) : undefined;
	if (according) {
		const inner = readLead(article, tokens, according.next, to, depth + 1);
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
		const speaker = finite ? verbSubject(article, tokens, v, from) : participleSubject(article, tokens, v, from);
		if (!speaker) {
			continue;
		}
		const leading = speaker.first === from || tokens[speaker.first - 1].text === ',' || (!finite && speaker.first < v);
		if (!leading) {
			continue;
		}
		const object = readObject(tokens, v, to);
		const clauseStart = clauseAfter(tokens, object.next, to, bareClauseVerbs.has(token.lower) || (!finite && token.lower === 'saying'));
		if (clauseStart === undefined) {
			continue;
		}
		if (depth < 2) {
			const inner = readLead(article, tokens, clauseStart, to, depth + 1);
			if (inner && inner.speaker) {
				const relay = speaker.attribution.speaker?.pronoun === undefined ? speaker.attribution.speaker : undefined;
				return { ...inner, source: inner.source ?? object.source ?? relay };
			}
		}
		const tail = readTail(article, tokens.slice(0, to), to);
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
