import { characterisingVerbs, speechParticiples, speechVerbs } from '../text/lexicon/speech';
import type { TaggedToken } from '../text/tagger';
import type { Span } from '../types';

// Built once: under tsx (the tests) a literal with `\p{…}` inside a function is rebuilt at every call (see `entities/wordShapes.ts`).
/** A lower-case letter first ("harbour"). */
const lowerStartPattern = /^\p{Ll}/u;

/** A lower-case word of the prose. */
const wordPattern = /\p{Ll}[\p{Ll}’'-]*/gu;

/**
 * Whether a word or two set off in quotation marks stands in a clause of speech: a verb of speech
 * or of characterising comes before it in its sentence ("Ortiz said the plan was a “stunt”",
 * "the union accused the port of “stalling”", "… hours before she called the vote “rigged”").
 * Such a quote is a piece of what someone said, even when the rules cannot tell who; a word set
 * off with no such verb before it ("the “new dawn” of the port") stays a scare quote.
 *
 * @param text The article's prose.
 * @param from Where the quote's sentence starts.
 * @param to Where the quote starts.
 */
export function standsInSpeechClause(text: string, from: number, to: number): boolean {
	wordPattern.lastIndex = 0;
	const before = text.slice(from, to);
	for (let match = wordPattern.exec(before); match; match = wordPattern.exec(before)) {
		const word = match[0];
		// "the so called “quay levy”": the writer's distance, no verb of anyone's speech.
		if (word === 'called' && /\bso\s+$/i.test(before.slice(0, match.index))) {
			continue;
		}
		if (speechVerbs.has(word) || speechParticiples.has(word) || characterisingVerbs.has(word)) {
			return true;
		}
	}
	return false;
}

/**
 * The name that opens a sentence and acts in it, for a partial quote whose clause the tagger could
 * not read ("Vance belittled the loans, calling them a “paperwork error”", where "belittled" may
 * be tagged as an adjective): proper nouns from the sentence's start (or after an opening phrase
 * closed by a comma), followed by a lower-case word that is no preposition, conjunction or
 * possessive.
 *
 * @param tokens The sentence's tokens, tagged.
 * @param quoteStart Where the quote's opening mark stands: the name comes before it.
 */
export function openingName(tokens: TaggedToken[], quoteStart: number): { name: string; span: Span } | undefined {
	const comma = tokens.findIndex((token) => token.text === ',');
	for (const first of comma > 0 && comma <= 6 ? [0, comma + 1] : [0]) {
		let end = first;
		while (end < tokens.length && tokens[end].pos === 'PROPN' && tokens[end].end <= quoteStart) {
			end++;
		}
		const next = tokens[end];
		if (end > first && next && lowerStartPattern.test(next.text) && !['ADP', 'CCONJ', 'PART', 'NOUN'].includes(next.pos) && next.end <= quoteStart) {
			const span = { start: tokens[first].start, end: tokens[end - 1].end };
			return { name: tokens.slice(first, end).map((token) => token.text).join(' '), span };
		}
	}
	return undefined;
}
