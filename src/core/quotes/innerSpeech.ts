import type { ParsedArticle, Quote } from '../types';
import { ArticleText } from './articleText';
import * as adjacentAttributionModule from './adjacentAttribution';
import * as completeQuoteModule from './completeQuote';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { readAround } = adjacentAttributionModule;
const { complete } = completeQuoteModule;

/**
 * Speakers of the quotes inside a quoted passage that attributes them itself: "The Courier wrote:
 * “Mayor Vos toured the pier. ‘We tried everything,’ Vos said. ‘The boats are old,’ she added.”"
 * gives "We tried everything" and "The boats are old" to Vos, read inside the passage as in
 * the article's own prose; the passage keeps its own speaker (the Courier).
 *
 * Only a reporting verb that touches the inner quote names its speaker ("‘…,’ Vos said", "Vos
 * said: ‘…’"): a quote inside someone's words with nothing next to it ("“They told me ‘wait,’ and
 * I waited,” Vos said") is left without one.
 *
 * @param parsed The parsed article.
 * @param quotes All quotes of the article, sorted by start, as attributed so far.
 * @returns The quotes, each direct speech quote inside another one with the speaker its passage names.
 */
export function withInnerSpeakers(parsed: ParsedArticle, quotes: Quote[]): Quote[] {
	const inner = quotes.filter((quote) => quote.depth === 1 && quote.direct && quote.kind === 'speech' && !quote.speaker);
	if (!inner.length) {
		return quotes;
	}
	// The inner quotes bound each other's readings, as the outer quotes do for the prose.
	const reader = new ArticleText(parsed, inner);
	const read = new Map<Quote, Quote>();
	let previous: Quote | undefined;
	let lastSpoken: Quote | undefined;
	for (const quote of inner) {
		const found = readAround(reader, quote, previous, lastSpoken);
		const completed = found?.speaker && found.adjacent ? complete(reader, quote, found, previous) : quote;
		read.set(quote, completed);
		previous = completed;
		lastSpoken = completed.speaker ? completed : lastSpoken;
	}
	return quotes.map((quote) => read.get(quote) ?? quote);
}
