import * as taggerModule from '../text/tagger';
import * as peopleLexicon from '../text/lexicon/people';
import * as titlesLexicon from '../text/lexicon/titles';
import type { Attribution, QuoteSpan } from './attributionTypes';
import type { ArticleText } from './articleText';
import * as phrasesModule from './phrases';
import * as speechTokensModule from './speechTokens';

/**
 * A pull quote signed inside its own marks: the words said, a line break, then a line that names
 * who said them (a name or a role, maybe a comma and where they work), and the closing mark.
 *
 *   "We will rebuild the pier before the winter storms come.
 *   Ada Vos, deputy harbour master."                          → Ada Vos
 *
 *   "Nobody asked the fishermen what they wanted.
 *   Former port chairman Tom Brandt."                         → Tom Brandt
 */

// NOTE: imports read once, as in `entities/tokens.ts`.
const { tagRange } = taggerModule;
const { personNouns, roleNouns } = peopleLexicon;
const { titleWords } = titlesLexicon;
const { nounPhraseAfter } = phrasesModule;
const { tokenize } = speechTokensModule;

/** A capital first ("Vos"). */
const capitalStartPattern = /^\p{Lu}/u;
/** What no signature line holds: a quotation mark, a question, an exclamation, a semicolon, a colon. */
const notSignaturePattern = /["“”‘’«»?!;:]/u;
/** The words said end a sentence before the signature's line break. */
const sentenceEndPattern = /[.?!…]["”’]?\s*$/u;

/** The longest signature line (a name, a role and an organisation). */
const maxLine = 100;
/** The fewest words said before it: a line break inside a short quote is no layout. */
const minSaidWords = 6;

/**
 * The speaker a pull quote names on its last line, inside the closing mark.
 *
 * @param article The article.
 * @param quote The quote.
 * @returns The attribution, adjacent, or nothing when the quote's last line is no signature.
 */
export function pullQuoteSpeaker(article: ArticleText, quote: QuoteSpan): Attribution | undefined {
	const inner = article.text.slice(quote.inner.start, quote.inner.end);
	const lineBreak = inner.lastIndexOf('\n');
	const said = inner.slice(0, lineBreak);
	if (lineBreak < 0 || !sentenceEndPattern.test(said) || said.trim().split(/\s+/).length < minSaidWords) {
		return undefined;
	}
	const line = inner.slice(lineBreak + 1).replace(/[.\s]+$/, '');
	const start = quote.inner.start + lineBreak + 1 + (line.length - line.trimStart().length);
	const end = quote.inner.start + lineBreak + 1 + line.length;
	if (end - start > maxLine || end <= start || notSignaturePattern.test(line) || !capitalStartPattern.test(line.trimStart())) {
		return undefined;
	}
	// No verb on the line: "He left the port." is a sentence, not a signature.
	if (tagRange(article.text, start, end).some((token) => token.pos === 'VERB' || token.pos === 'AUX')) {
		return undefined;
	}
	const tokens = tokenize(article.text, start, end);
	const comma = tokens.findIndex((token) => token.text === ',');
	const head = comma < 0 ? tokens.length : comma;
	const phrase = nounPhraseAfter(tokens, 0, head);
	if (!phrase || phrase.end !== head) {
		return undefined;
	}
	// The head ends in a name ("Ada Vos") or a word for a person ("committee member").
	const last = tokens[head - 1].lower;
	const person = capitalStartPattern.test(phrase.named.name.split(' ').at(-1) ?? '') || roleNouns.has(last) || titleWords.has(last) || personNouns.has(last);
	return person ? { speaker: phrase.named, adjacent: true } : undefined;
}
