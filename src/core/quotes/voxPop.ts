import * as taggerModule from '../text/tagger';
import type { TaggedToken } from '../text/tagger';
import type { Attribution, Named, QuoteSpan } from './attributionTypes';
import type { ArticleText } from './articleText';
import type { ClauseSubject } from './clausePhrase';
import { genderOfFirstName } from './pronouns';

/**
 * Quotes laid out as a vox pop: each speaker named on a line of their own with an age, a town or
 * a job, and no verb, before or after what they said.
 *
 *   Lena Cole, 34, Dover
 *   “I have worked the cranes for ten years.”                → Lena Cole
 *
 *   “My father built these piers.” — Tom Brandt, 52, Rye     → Tom Brandt
 *
 *   Ivo Marsh, a teacher in Rye: “We can’t afford the toll.”  → Ivo Marsh (not Rye)
 */

// NOTE: imports read once, as in `entities/tokens.ts`.
const { tagRange } = taggerModule;

/** A capital first ("Cole"). */
const capitalStartPattern = /^\p{Lu}/u;
/** An initial ("J."), kept in a name. */
const initialPattern = /^\p{Lu}\.?$/u;
/** A quotation mark, a sentence's end other than a full stop, or a semicolon: no signature line holds one. */
const notSignaturePattern = /["“”‘’«»?!;]/u;
/** Only white space. */
const blankPattern = /^\s*$/;
/** A dash that sets a signature off after a quote ("” — Tom Brandt"). */
const dashPattern = /^\s*[—–―-]{1,2}\s*/;

/** The longest line that still names a speaker and no more (name, age, town, job). */
const maxLine = 100;

/**
 * The person a verbless line names first: "Lena Cole, 34, Dover, Kent" → Lena Cole. The name is two
 * to four capitalised words, with a given name first or an age after it, and the rest of the line
 * is set off by a comma and has no verb.
 *
 * @param tokens The line's tokens, tagged.
 * @param signed Whether the line signs a quote after a dash, where a full stop may close the name.
 */
export function listedPerson(tokens: TaggedToken[], signed = false): Named | undefined {
	let end = 0;
	while (end < tokens.length && end < 5 && (capitalStartPattern.test(tokens[end].text) || (end > 0 && initialPattern.test(tokens[end - 1].text) && tokens[end].text === '.'))) {
		end++;
	}
	const words = tokens.slice(0, end).filter((token) => token.text !== '.');
	// "“…” ― Tom Brandt.": a full stop may close a signature that is the name alone (not a
	// heading: "Ferry Strike Ends." is a headline's style).
	const closed = signed && end === tokens.length - 1 && tokens[end].text === '.';
	if (words.length < 2 || words.length > 4 || (end < tokens.length && tokens[end].text !== ',' && !closed)) {
		return undefined;
	}
	// "Ferry Strike Ends": a verb after the first word makes a headline of the line, not a name (the
	// first may be a given name a verb spells: "Hope Ryder").
	if (words.slice(1).some((token) => token.pos === 'VERB' || token.pos === 'AUX')) {
		return undefined;
	}
	const rest = tokens.slice(end);
	if (rest.some((token) => token.pos === 'VERB' || token.pos === 'AUX' || notSignaturePattern.test(token.text))) {
		return undefined;
	}
	// "Lena Cole, 34": a given name, or an age right after the name, says it is a person.
	const aged = rest[1] !== undefined && /^\d{1,3}$/.test(rest[1].text);
	if (genderOfFirstName(words[0].text) === undefined && !aged) {
		return undefined;
	}
	const name = tokens.slice(0, end);
	return { name: name.map((token, i) => (i > 0 && token.start > name[i - 1].end ? ' ' : '') + token.text).join(''), span: { start: name[0].start, end: name[name.length - 1].end } };
}

/** The person a range of the text names as a vox-pop line (or a signature after a dash, `signed`), if it is one. */
function lineSpeaker(article: ArticleText, start: number, end: number, signed = false): Named | undefined {
	const line = article.text.slice(start, end);
	if (end - start > maxLine || blankPattern.test(line) || notSignaturePattern.test(line)) {
		return undefined;
	}
	const found = listedPerson(tagRange(article.text, start, end).filter((token) => token.text.trim() !== ''), signed);
	return found && article.people.mayBeSpeaker(found.name) ? found : undefined;
}

/**
 * The speaker a vox-pop layout names for a quote: the line of its own before the paragraph the
 * quote opens, or the line after a dash that ends the quote's paragraph.
 *
 * @param article The article.
 * @param quote The quote.
 */
export function voxPopSpeaker(article: ArticleText, quote: QuoteSpan): Attribution | undefined {
	const index = article.paragraphAt(quote.start);
	const paragraph = article.parsed.paragraphs[index];
	const previous = article.parsed.paragraphs[index - 1];
	if (previous && blankPattern.test(article.text.slice(paragraph.start, quote.start))) {
		const named = lineSpeaker(article, previous.start, previous.end);
		if (named) {
			return { speaker: named, adjacent: false };
		}
	}
	const closing = article.parsed.paragraphs[article.paragraphAt(quote.end - 1)];
	// "“We are tired.” ― Anna Reyes⏎“I will not leave.” ― Tom Brandt": where one line break parts
	// the signed quotes, the paragraph holds them all, and the signature ends with its line.
	const lineBreak = article.text.indexOf('\n', quote.end);
	const lineEnd = lineBreak < 0 ? closing.end : Math.min(closing.end, lineBreak);
	// "Vos said the port was “still open.”--Ida Marsh.": a byline after a sentence signs the item,
	// not the quote; a signature follows a quote that opens its line.
	const lineStart = article.text.lastIndexOf('\n', quote.start - 1) + 1;
	const opensLine = blankPattern.test(article.text.slice(lineStart, quote.start));
	const dash = opensLine ? dashPattern.exec(article.text.slice(quote.end, lineEnd)) : null;
	const signed = dash ? lineSpeaker(article, quote.end + dash[0].length, lineEnd, true) : undefined;
	return signed && { speaker: signed, adjacent: true };
}

/**
 * The person a vox-pop line names before a colon that introduces the quote: "Ivo Marsh, 41, Rye,
 * Kent: “…”" → Ivo Marsh, where the last name before the colon would be a town.
 *
 * @param tokens The quote's sentence, tagged.
 * @param quoteStart Where the quote's opening mark stands.
 */
export function listedBeforeColon(tokens: TaggedToken[], quoteStart: number): ClauseSubject | undefined {
	let colon = tokens.length - 1;
	while (colon >= 0 && tokens[colon].end > quoteStart) {
		colon--;
	}
	const found = colon > 2 && tokens[colon].text === ':' && tokens.slice(0, colon).some((token) => token.text === ',') ? listedPerson(tokens.slice(0, colon)) : undefined;
	return found && { ...found, kind: 'name' };
}
