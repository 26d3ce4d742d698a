import { titleSmallWords } from '../../text/lexicon/works';
import type { LocatedMention, Quote } from '../../types';
import type { CompareContext } from '../context';

// Names inside the title of a work ("starred in “The Girl From Vell”"): the work's words, not a person or a place of the story.

/**
 * Whether a name stands inside the title of a work ("starred in “The Girl From Vell”" / "his film
 * “Tarnland”"): a word of a title names the work, not a place or a person of the story, so two
 * outlets citing two works are no swap.
 */
export function inTitle(context: CompareContext, mention: LocatedMention): boolean {
	const titles = titleSpans(context.textOf(mention.article), context.analysisOf(mention.article).quotes);
	for (let i = 0; i < titles.length; i += 2) {
		if (titles[i] <= mention.start && mention.end <= titles[i + 1]) {
			return true;
		}
	}
	return false;
}

/**
 * The spans of an article's quotes that name a work (`inTitle`), as start and end offsets in
 * turn, read once per article: a quote left open runs on to the paragraph's end, and its first
 * line is what the marks hold ("starred in “The Girl From Vell”" gives the span of those four
 * words). Kept by the quote list, which the verbatim copies of a text share.
 */
function titleSpans(text: string, quotes: Quote[]): number[] {
	const kept = titleSpansOf.get(quotes);
	if (kept?.text === text) {
		return kept.spans;
	}
	const spans: number[] = [];
	for (const quote of quotes) {
		const line = text.slice(quote.inner.start, quote.inner.end).split('\n')[0];
		if (quote.kind === 'title' || titleCased(line)) {
			spans.push(quote.inner.start, quote.inner.start + line.length);
		}
	}
	titleSpansOf.set(quotes, { text, spans });
	return spans;
}

const titleSpansOf = new WeakMap<Quote[], { text: string; spans: number[] }>();

/**
 * A few words in quotation marks, each capitalised but the small words of a title ("“The Girl
 * From Vell”", "“Tarnland,”"): the name of a work, whatever the quote finder made of its marks.
 */
function titleCased(words: string): boolean {
	const list = words.split(/\s+/).map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
	return list.length > 0 && list.length <= maxTitleWords && list.every((word) => /^[\p{Lu}\p{N}]/u.test(word) || titleSmallWords.has(word));
}

/** Longest run of words read as a title of a work. */
const maxTitleWords = 6;
