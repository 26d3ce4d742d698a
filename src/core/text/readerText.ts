import { decodeNamedCharacterReference } from 'decode-named-character-reference';

/**
 * The text as a reader sees it: characters that show nothing, or that look exactly like another,
 * are read as what they look like, so that two outlets whose copy differs only in them agree.
 * The text keeps its length, so that offsets stay those of the file.
 *
 * Web pages, layout tools and machine-translated wire copy carry them:
 * - invisible characters: a soft hyphen where a browser may break a long word ("Vas&shy;quez" is
 *   "Vas\u00ADquez" once imported), a zero-width space as a break hint, a word joiner, a byte
 *   order mark pasted mid-text, the marks that set the direction of a name in right-to-left copy.
 *   Without this a reader saw "Vasquez" in two outlets and the analysis two spellings (a name
 *   "respelt" in one), lost the speaker the name gave, and read "120 mil\u00ADlion euros" as a
 *   bare 120;
 * - full-width forms, from copy set in Chinese, Japanese or Korean type: "４,０００" is 4,000, not a
 *   changed number in a quote;
 * - the modifier letter apostrophe U+02BC, drawn as the right single quotation mark: "OʼConnor" is
 *   "O’Connor", not a respelt name; the hyphens U+2010 and U+2011 (non-breaking), drawn as "-":
 *   "Mei‑Lin" is "Mei-Lin";
 * - character references left in copy taken from a page's source or a feed: "Hallin &amp; Berg"
 *   is "Hallin & Berg", "&quot;We will,&quot; she said" a quote, "&#8217;" an apostrophe (named
 *   references from the HTML standard's list, `decode-named-character-reference`; a name it does
 *   not hold, or a reference without its ";", is left as written: "AT&T;" is no reference);
 * - a letter written as a base letter and a combining accent (as files saved on a Mac, and some
 *   web pages, hold them): "Va\u0301squez" is the "Vásquez" another outlet writes with one
 *   character, not a second spelling (Unicode's composed form, NFC).
 */

/** The invisible characters: soft hyphen, zero-width space, LRM, RLM, bidirectional embeddings and isolates, word joiner, BOM. */
const invisibleClass = '\\u00AD\\u200B\\u200E\\u200F\\u202A-\\u202E\\u2060\\u2066-\\u2069\\uFEFF';

/** One character that is invisible, a look-alike or a combining mark, to test a text quickly. */
const anyToRead = new RegExp(`[${invisibleClass}\\u02BC\\u2010\\u2011\\u3000\\uFF01-\\uFF5E\\p{M}]`, 'u');

/** One character reference, named or numeric ("&amp;", "&#8217;", "&#x2019;"). */
const anyReference = /&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});/;

/** Every character reference, its name or number caught. */
const everyReference = /&([A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});/g;

/** One combining mark ("\u0301" of "Va\u0301squez"). */
const anyMark = /\p{M}/u;

/** One invisible character. */
const anyInvisible = new RegExp(`[${invisibleClass}]`);

/** Every invisible character, to take them out of a run. */
const everyInvisible = new RegExp(`[${invisibleClass}]`, 'g');

/** A run of characters that are not white space, or are invisible (JavaScript reads U+FEFF as space). */
const runPattern = new RegExp(`(?:[^\\s]|[${invisibleClass}])+`, 'g');

/** Every look-alike: the ideographic space, the full-width forms of ASCII, the modifier letter apostrophe, the hyphens. */
const everyLookAlike = /[\u02BC\u2010\u2011\u3000\uFF01-\uFF5E]/g;

/** The offset from a full-width form to its ASCII character ("４" U+FF14 → "4" U+0034). */
const fullWidthOffset = 0xfee0;

/**
 * The text as a reader sees it (see above), at the same length.
 * - An invisible character at the edge of a run of non-space characters becomes a space; one
 *   inside is taken out of the run, and as many spaces are added at the run's end ("Vas\u00ADquez,"
 *   → "Vasquez, "): offsets outside such runs are exact; inside one, a span may end that many
 *   characters early.
 * - A run holding a letter and its combining accent is composed (NFC), padded as above.
 * - A look-alike becomes the character it looks like, one for one.
 * NOTE: the joiners U+200C and U+200D are left alone: they choose letter forms in Persian, in Indic
 * scripts and in emoji, where taking them out changes what a reader sees.
 *
 * @param text A decoded article.
 * @returns `text` itself when it holds none.
 */
export function asReaderSees(text: string): string {
	const referenced = anyReference.test(text);
	if (!referenced && !anyToRead.test(text)) {
		return text;
	}
	// References first: "&shy;" and "&#x301;" decode to what the stages after read.
	const decoded = referenced ? text.replace(runPattern, withReferencesDecoded) : text;
	const visible = anyInvisible.test(decoded) ? decoded.replace(runPattern, withoutInvisibles) : decoded;
	const composed = anyMark.test(visible) ? visible.replace(runPattern, composedRun) : visible;
	return composed.replace(everyLookAlike, lookedLike);
}

/**
 * A run in Unicode's composed form, padded with spaces at its end to its length
 * ("Va\u0301squez" → "Vásquez "); left as it is where composing would lengthen it (a few
 * letters of Indic scripts are decomposed by NFC).
 */
function composedRun(run: string): string {
	if (!anyMark.test(run)) {
		return run;
	}
	const composed = run.normalize('NFC');
	return composed.length < run.length ? composed + ' '.repeat(run.length - composed.length) : run;
}

/** A run with its character references decoded, padded with spaces at its end to its length ("&quot;We" → "\"We     "). */
function withReferencesDecoded(run: string): string {
	if (!anyReference.test(run)) {
		return run;
	}
	const decoded = run.replace(everyReference, (reference: string, name: string) => referenced(name) ?? reference);
	return decoded.length < run.length ? decoded + ' '.repeat(run.length - decoded.length) : run;
}

/**
 * The character a reference names ("amp" → "&", "#8217" → "’"), or undefined: also for a line
 * break or a control character ("&#10;"), which would move the lines the editor counts.
 */
function referenced(name: string): string | undefined {
	let character: string | undefined;
	if (name.startsWith('#')) {
		const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
		// Not a lone surrogate, nor past Unicode's last code point.
		character = code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : undefined;
	} else {
		const named = decodeNamedCharacterReference(name);
		character = named === false ? undefined : named;
	}
	return character !== undefined && !breakOrControlPattern.test(character) ? character : undefined;
}

/** A line break or a control character but the tab. */
// eslint-disable-next-line no-control-regex -- the controls are what it finds
const breakOrControlPattern = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/;

/** Invisible characters first in a run. */
const leadingInvisibles = new RegExp(`^[${invisibleClass}]+`);

/** Invisible characters last in a run. */
const trailingInvisibles = new RegExp(`[${invisibleClass}]+$`);

/**
 * A run without its invisible characters, at its length: those at its edges become spaces where
 * they stand (U+202A before "”We will" only widens the space before the mark); those inside a word
 * are taken out, and as many spaces added at the run's end ("Vas\u00ADquez said" → "Vasquez  said").
 */
function withoutInvisibles(run: string): string {
	const lead = leadingInvisibles.exec(run)?.[0].length ?? 0;
	const trail = lead === run.length ? 0 : (trailingInvisibles.exec(run)?.[0].length ?? 0);
	const middle = run.slice(lead, run.length - trail);
	const kept = middle.replace(everyInvisible, '');
	return ' '.repeat(lead) + kept + ' '.repeat(middle.length - kept.length + trail);
}

/** The character a look-alike is drawn as. */
function lookedLike(character: string): string {
	if (character === '\u02BC') {
		return '’';
	}
	if (character === '\u2010' || character === '\u2011') {
		return '-';
	}
	return character === '\u3000' ? ' ' : String.fromCharCode(character.charCodeAt(0) - fullWidthOffset);
}
