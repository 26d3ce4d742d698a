import { titleSmallWords } from '../../text/lexicon/works';
import type { LocatedMention, Quote } from '../../types';
import type { CompareContext } from '../context';

// Names inside the title of a work ("starred in “The Girl From Vell”"): the work's words, not a person or a place of the story.

/**
 * Whether a name stands inside the title of a work ("starred in “The Girl From Vell”" / "his film
 * “Tarnland”"): a word of a title names the work, not a place or a person of the story, so two
 * outlets citing two works are no swap. Only the quotes over the name are read (`quotesIn`): an
 * edit of another quote of the article leaves the answer as it was.
 */
export function inTitle(context: CompareContext, mention: LocatedMention): boolean {
	const text = context.textOf(mention.article);
	return context.quotesIn(mention.article, mention.start, mention.end).some((quote) => {
		const title = titleSpan(text, quote);
		return title !== undefined && title.start <= mention.start && mention.end <= title.end;
	});
}

/**
 * The span of a quote that names a work (none for another quote): a quote left open runs on to
 * the paragraph's end, and its first line is what the marks hold ("starred in “The Girl From
 * Vell”" gives the span of those four words).
 */
function titleSpan(text: string, quote: Quote): { start: number; end: number } | undefined {
	const line = text.slice(quote.inner.start, quote.inner.end).split('\n')[0];
	return quote.kind === 'title' || titleCased(line) ? { start: quote.inner.start, end: quote.inner.start + line.length } : undefined;
}

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
