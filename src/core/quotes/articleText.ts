import * as datelinesModule from '../entities/datelines';
import * as spanIndexModule from '../spanIndex';
import type { TaggedToken } from '../text/tagger';
import * as taggerModule from '../text/tagger';
import type { ParsedArticle, Sentence } from '../types';
import type { QuoteSpan, Token } from './attributionTypes';
import type { ClauseSubject } from './clauseSubject';
import { People, type ArticleView } from './people';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { afterDateline } = datelinesModule;
const { firstStartingAt } = spanIndexModule;
const { tagRange } = taggerModule;

/** One to four capitalised words and a lower-case word ("Dana Ortiz said."). */
const namesThenVerbPattern = /^\s*(?:\p{Lu}[\p{L}'’-]*\.?\s+){1,4}\p{Ll}+\.\s*$/u;

/**
 * How far before and after a quote its attribution is read, at most. A sentence bounds it, but a
 * sentence can be a whole paragraph of marks ("“a ”b “a ”b …"), and reading it again for each of
 * its quotes is quadratic; no attribution in news stands this far from its quote.
 */
export const maxReach = 1000;

/** The longest sentence read for reported speech. */
export const maxReportedSentence = 2 * maxReach;

/**
 * A quote's words up to their last punctuation, closing marks of a quote inside left out: the
 * question in "“She asked me, ‘Why now?’” Orme said" ends with "?", which leaves the sentence open.
 */
export function lastMarkOf(text: string, quote: QuoteSpan): string {
	return text.slice(quote.inner.start, quote.inner.end).replace(/[\s’'”"»›]+$/u, '');
}

/**
 * One article as the speaker rules read it: its paragraphs and sentences by offset, each sentence
 * tagged once however many quotes read it, and the people named so far (`People`) for "he",
 * "she" and "the senator".
 */
export class ArticleText implements ArticleView {
	readonly text: string;
	/** Sentences tagged so far, by index. */
	private readonly tagged = new Map<number, TaggedToken[]>();
	/** The people named so far, for "he", "she" and "the senator". */
	readonly people: People;

	constructor(
		readonly parsed: ParsedArticle,
		readonly quotes: QuoteSpan[],
	) {
		this.text = parsed.text;
		this.people = new People(this.text, this);
	}

	/** The subject, if its name can speak ("Jones" yes, "December" or "Harbour Vote" no). */
	mayBeSpeaker(subject: ClauseSubject | undefined): ClauseSubject | undefined {
		return subject && this.people.mayBeSpeaker(subject.name) ? subject : undefined;
	}

	/** A subject read by structure that can speak: "he" or "she", or a name that may speak (no description). */
	speakingSubject(subject: ClauseSubject | undefined): ClauseSubject | undefined {
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
	tokensAround(quote: QuoteSpan): TaggedToken[] {
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

	/** Whether the tagger reads a word in -ly as an adverb ("Ortiz, visibly tired, famously answered"), not a noun ("the family said"). */
	isAdverb(token: Token): boolean {
		return !token.cap && this.taggedSentence(this.sentenceIndexAt(token.start)).some((tagged) => tagged.start === token.start && tagged.pos === 'ADV');
	}

	/** Index of the last paragraph starting at or before `offset`. */
	paragraphAt(offset: number): number {
		return Math.max(0, firstStartingAt(this.parsed.paragraphs, offset + 1) - 1);
	}

	sentenceAt(offset: number): Sentence | undefined {
		const found = this.parsed.sentences[this.sentenceIndexAt(offset)];
		return found && found.start <= offset && offset < found.end ? found : undefined;
	}

	/**
	 * The sentence a quote's attribution follows in. A quote that ends in "?" or "!" ends its
	 * sentence for the splitter ("“All hands on deck!” | Brandt shouted."), yet the attribution after
	 * it belongs to it: then the next sentence of the paragraph is read.
	 */
	sentenceAfterQuote(quote: QuoteSpan): Sentence | undefined {
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
