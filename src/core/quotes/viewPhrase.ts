import { viewNouns } from '../text/lexicon/speech';
import type { Attribution, QuoteSpan, Token } from './attributionTypes';
import type { ArticleText } from './articleText';
import { nounPhraseAfter } from './phrases';
import { tokenize } from './speechTokens';

/**
 * A quote whose sentence says whose view or words it gives, with no verb of speech:
 *
 *   “It is a failure of the whole board” from the ferries to the budget, in Brandt’s view.   → Brandt
 *   In the words of harbour master Ada Vos, the pier is “a relic of another age.”          → harbour master Ada Vos
 *   In his view, the toll is “a tax on the poor.”                                          → "he", resolved as any pronoun
 *
 * The sentence is read around the quote only (the words inside it are someone else's), within
 * `maxReach` characters each side, so a long sentence costs no more than a short one.
 */

/** How far before and after the quote the phrase is looked for. */
const maxReach = 160;

/** The speaker named by "in X's view", "in his words" or "in the view of X" around a quote. */
export function viewSpeaker(reader: ArticleText, quote: QuoteSpan): Attribution | undefined {
	const sentence = reader.sentenceAt(quote.start);
	const closing = reader.sentenceAfterQuote(quote);
	if (!sentence) {
		return undefined;
	}
	const before = tokenize(reader.text, Math.max(sentence.start, quote.start - maxReach), quote.start);
	const after = tokenize(reader.text, quote.end, Math.min(closing?.end ?? quote.end, quote.end + maxReach));
	return readView(before) ?? readView(after);
}

/** The first "in … view" phrase of the tokens, read from its "in". */
function readView(tokens: Token[]): Attribution | undefined {
	for (let i = 0; i + 2 < tokens.length; i++) {
		if (tokens[i].lower !== 'in') {
			continue;
		}
		const found = possessorView(tokens, i + 1) ?? ofView(tokens, i + 1);
		if (found) {
			return { speaker: found, adjacent: false };
		}
	}
	return undefined;
}

/** "his view", "Brandt’s view", "Ada Vos’s words" from `at`. */
function possessorView(tokens: Token[], at: number) {
	const first = tokens[at];
	if ((first.lower === 'his' || first.lower === 'her') && viewNouns.has(tokens[at + 1]?.lower ?? '')) {
		return { name: first.lower === 'his' ? 'he' : 'she', span: { start: first.start, end: first.end }, pronoun: first.start };
	}
	let end = at;
	while (end < tokens.length && end < at + 4 && tokens[end].cap && !tokens[end].possessive) {
		end++;
	}
	const owner = tokens[end];
	if (!owner?.cap || !owner.possessive || !viewNouns.has(tokens[end + 1]?.lower ?? '')) {
		return undefined;
	}
	const name = [...tokens.slice(at, end).map((token) => token.text), owner.text.replace(/['’]s$/u, '')].join(' ');
	return { name, span: { start: tokens[at].start, end: owner.end - 2 } };
}

/** "the view of Ada Vos", "the words of the harbour master" from `at`. */
function ofView(tokens: Token[], at: number) {
	if (tokens[at]?.lower !== 'the' || !viewNouns.has(tokens[at + 1]?.lower ?? '') || tokens[at + 2]?.lower !== 'of') {
		return undefined;
	}
	return nounPhraseAfter(tokens, at + 3, tokens.length)?.named;
}
