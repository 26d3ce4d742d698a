/**
 * Quotation marks read one by one: which family each pairs with (double, single, guillemet,
 * angle) and what it may do where it stands (open, close, either), from its glyph and from what
 * stands on either side of it. `quotes.ts` pairs them into quotes.
 */
import type { Span } from '../types';

/** White space, then a letter or a digit (" t"); built once (see `entities/wordShapes.ts`). */
const spaceThenWordPattern = /^\s+[\p{L}\p{N}]/u;

/** Marks that pair with each other: a closing mark only closes a quote its family opened. */
export type Family = 'double' | 'single' | 'guillemet' | 'angle';

/**
 * What a mark may do, read from its glyph and from what stands on either side of it:
 * `open`, `close`, `either` (decided by whether a quote of its family is open), or
 * `closeOnly` (a spaced mark that may end an open quote but never starts one).
 */
type Role = 'open' | 'close' | 'either' | 'closeOnly';

/** One quotation mark in the prose. */
export interface Mark {
	/** Offset of the mark. */
	at: number;
	/** The mark itself. */
	char: string;
	/** Which marks it pairs with. */
	family: Family;
	/** What it may do here. */
	role: Role;
	/** A closing single mark after a plural `s` ("the players' union") may well be an apostrophe. */
	weak: boolean;
	/** Characters it takes: 2 for a double mark typed as two apostrophes or backticks (`''`, ``` `` ```). */
	width: number;
}

/** Every character that can be a quotation mark (or an apostrophe looking like one). */
const markCharacters = /["“”„‟«»‹›‘’'‚`]/g;

/**
 * Opening brackets, dashes, slashes and opening marks: after one of them a mark opens
 * ("(“Quad”)", "—“I hear”", "“‘democracy’").
 */
const opensAfter = new Set([...'([{<—–-/“‘„«‹']);

/**
 * Closing punctuation and closing marks: before one of them a mark closes ("‘free trade’,",
 * "‘allies’”", "a fair peace “.").
 */
const closesBefore = new Set([...'.,;:!?)]}>…”’»›']);

/**
 * White space, and the invisible marks of writing direction pasted in from social media (U+202A
 * before "”We are ready,”"): no word a mark could lean on.
 */
const blankPattern = /[\s\p{Cf}]/u;

/**
 * A leading apostrophe that elides letters or a century, not an opening single mark:
 * two digits not followed by a third ("'90s", "’09"), or one of the clipped words
 * 'em, 'tis, 'twas, 'til, 'till, 'cause, 'cos, 'bout, 'round, 'nuff, 'n ("rock 'n' roll"),
 * not followed by a further letter.
 */
const elisionPattern = /^(?:\d\d(?!\d)|(?:em|tis|twas|til|till|cause|cos|bout|round|nuff|n)(?![\p{L}\p{N}]))/iu;

/** Finds the marks of one paragraph and reads what each may do. */
export function readMarks(text: string, paragraph: Span): Mark[] {
	const marks: Mark[] = [];
	const slice = text.slice(paragraph.start, paragraph.end);
	const tags = slice.includes('<') || slice.includes('>') ? markupTags(slice) : [];
	markCharacters.lastIndex = 0;
	for (let match = markCharacters.exec(slice); match; match = markCharacters.exec(slice)) {
		if (tags.some((tag) => tag.start <= match!.index && match!.index < tag.end)) {
			continue;
		}
		const at = paragraph.start + match.index;
		const doubled = readDoubledMarks(text, at, paragraph);
		if (doubled) {
			marks.push(...doubled.marks);
			markCharacters.lastIndex = doubled.end - paragraph.start;
			continue;
		}
		const mark = readMark(text, at, paragraph);
		if (mark) {
			marks.push(mark);
		}
	}
	return marks;
}

/**
 * A tag of markup left in the prose ("<tweet tweet-id="7461">", "<a href=”…”>"), its marks no quotation marks;
 * also a tag broken over two lines, each line a paragraph of its own: its head runs to the end of one
 * ("<tweet date="May 2,") and its tail opens the next ("2019">I agree.</tweet>").
 */
const markupTagPattern = /<\/?[A-Za-z][^<>]*>|<[A-Za-z][\w-]*\s[^<>]*$|^[^<>\s]*>/g;

/**
 * Where the tags of markup left in a paragraph stand: `<tweet author="@vos" date="May 2">I agree.</tweet>`
 * quotes nothing, though its attributes hold quotation marks.
 */
function markupTags(slice: string): Span[] {
	return [...slice.matchAll(markupTagPattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/**
 * A double mark typed as two apostrophes or two backticks, as in text that passed through old
 * wire systems or a treebank: "''We are ready,'' she said", "``Not yet,'' he said". A third
 * apostrophe is a single mark beside it, inside the quote: "''He asked, 'Why now?''' she said"
 * closes the inner quote first; "'''Now' is the word,'' he said" opens the outer one first.
 */
function readDoubledMarks(text: string, at: number, paragraph: Span): { marks: Mark[]; end: number } | undefined {
	const char = text[at];
	if ((char !== "'" && char !== '`') || text[at + 1] !== char) {
		return undefined;
	}
	let end = at;
	while (end < paragraph.end && text[end] === char) {
		end++;
	}
	const run = end - at;
	if (run > 3 || (char === '`' && run !== 2)) {
		return undefined;
	}
	const { leansLeft, leansRight } = leaning(text, at, end, paragraph);
	const role: Role = char === '`' ? 'open' : leansRight !== leansLeft ? (leansRight ? 'open' : 'close') : 'either';
	if (run === 2) {
		return { marks: [{ at, char: '"', family: 'double', role, weak: false, width: 2 }], end };
	}
	// Three: the single mark stands inside the double one, next to the quote's words.
	const single = (offset: number): Mark => ({ at: at + offset, char: "'", family: 'single', role, weak: false, width: 1 });
	const double = (offset: number): Mark => ({ at: at + offset, char: '"', family: 'double', role, weak: false, width: 2 });
	return { marks: role === 'open' ? [double(0), single(2)] : [single(0), double(1)], end };
}

/**
 * Which way a mark from `at` to `end` leans: right (it may open) when a word follows it, left (it
 * may close) when a word stands before it.
 */
function leaning(text: string, at: number, end: number, paragraph: Span): { leansLeft: boolean; leansRight: boolean } {
	const before = at > paragraph.start ? text[at - 1] : '';
	const after = end < paragraph.end ? text[end] : '';
	return {
		leansRight: after !== '' && !blankPattern.test(after) && !closesBefore.has(after),
		leansLeft: before !== '' && !blankPattern.test(before) && !opensAfter.has(before) && !afterOpeningStraight(text, at, paragraph),
	};
}

/**
 * A mark right after a straight double mark that opens (at the paragraph's start or after a
 * space): "“If I were on the board …”" wrapped whole in straight marks, as some pages hold a
 * quoted paragraph ("\"“If I were …,” she said.\""). The curly mark opens inside it; read as leaning
 * on the straight one, it closed an empty quote and the paragraph's quotes were lost.
 */
function afterOpeningStraight(text: string, at: number, paragraph: Span): boolean {
	if (at - 1 < paragraph.start || text[at - 1] !== '"') {
		return false;
	}
	return at - 1 === paragraph.start || blankPattern.test(text[at - 2]) || opensAfter.has(text[at - 2]);
}

/**
 * Reads one mark. It "leans right" (may open) when a word follows it, and "leans left" (may
 * close) when a word stands before it; the glyph decides the cases where both or neither hold.
 */
function readMark(text: string, at: number, paragraph: Span): Mark | undefined {
	const char = text[at];
	const { leansLeft, leansRight } = leaning(text, at, at + 1, paragraph);
	switch (char) {
		case '"':
		case '‟':
			return makeMark(at, char, 'double', leansRight !== leansLeft ? (leansRight ? 'open' : 'close') : 'either');
		case '“':
			// "a fair peace “." and "losses. “ The mayor": an opening glyph with nothing to open.
			return makeMark(at, char, 'double', leansRight && !leansLeft ? 'open' : leansLeft && !leansRight ? 'close' : 'either');
		case '”':
			return makeMark(at, char, 'double', leansRight && !leansLeft ? 'either' : 'close');
		case '„':
			return makeMark(at, char, 'double', at + 1 < paragraph.end ? 'open' : undefined);
		case '«':
		case '‹':
			return makeMark(at, char, char === '«' ? 'guillemet' : 'angle', leansLeft && !leansRight ? 'close' : 'open');
		case '»':
		case '›':
			return makeMark(at, char, char === '»' ? 'guillemet' : 'angle', leansRight && !leansLeft ? 'open' : 'close');
		default:
			return makeMark(at, char, 'single', readSingle(text, at, char, leansLeft, leansRight), isPluralPossessive(text, at, paragraph));
	}
}

function makeMark(at: number, char: string, family: Family, role: Role | undefined, weak = false): Mark | undefined {
	return role ? { at, char, family, role, weak, width: 1 } : undefined;
}

/**
 * A single mark is a quotation mark only at a word's edge: between letters ("Lu’s", "don't",
 * "O'Connor") it is an apostrophe, and so before an elided word or year ("'90s", "rock 'n' roll").
 * With space on both sides ("Ortiz ’ s", "'party animal ' and") it may only close an open quote.
 */
function readSingle(text: string, at: number, char: string, leansLeft: boolean, leansRight: boolean): Role | undefined {
	if (leansLeft && leansRight) {
		return undefined;
	}
	if (leansRight) {
		return char === '‚' || !elisionPattern.test(text.slice(at + 1, at + 7)) ? 'open' : undefined;
	}
	if (char === '‚') {
		return undefined;
	}
	return leansLeft ? 'close' : 'closeOnly';
}

/** "the players' union", "countries’ increasingly": an `s` before, a word after. */
function isPluralPossessive(text: string, at: number, paragraph: Span): boolean {
	return at > paragraph.start && /[sS]/.test(text[at - 1]) && spaceThenWordPattern.test(text.slice(at + 1, Math.min(at + 4, paragraph.end)));
}
