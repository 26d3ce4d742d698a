import { attributeSpeech, isIntroducedBySpeech } from './quotes/speakers';
import { nestsInOtherStyle, ownStyleOwner } from './quotes/markStyles';
import { isSpokenTerm } from './quotes/spokenTerm';
import { namingVerbs, termNouns, titleSmallWords } from './text/lexicon/works';
import { hasWorkCue } from './quotes/workCue';
import { isChantOrSlogan } from './quotes/slogan';
import { isCharacterisedName } from './quotes/characterisedName';
import { followsSpeechVerb } from './quotes/unattributedTitle';
import { checkBudget } from './budget';
import type { ParsedArticle, Quote, Span } from './types';
import { alternatives } from './text/lexicon/wordSets';

// Built once: under tsx (the tests) a literal with `\p{…}` inside a function is rebuilt at every call (see `entities/wordShapes.ts`).
/** A letter or a digit ("a", "7"). */
const letterOrDigitPattern = /[\p{L}\p{N}]/u;
/** White space, then a letter or a digit (" t"). */
const spaceThenWordPattern = /^\s+[\p{L}\p{N}]/u;
/** A capital or a digit first ("Harbour", "1990s"). */
const capitalOrDigitStartPattern = /^[\p{Lu}\p{N}]/u;

/** Marks that pair with each other: a closing mark only closes a quote its family opened. */
type Family = 'double' | 'single' | 'guillemet' | 'angle';

/**
 * What a mark may do, read from its glyph and from what stands on either side of it:
 * `open`, `close`, `either` (decided by whether a quote of its family is open), or
 * `closeOnly` (a spaced mark that may end an open quote but never starts one).
 */
type Role = 'open' | 'close' | 'either' | 'closeOnly';

/** One quotation mark in the prose. */
interface Mark {
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

/** A quote whose opening mark has been seen and whose closing mark has not (yet). */
interface OpenQuote {
	/** The opening mark. */
	mark: Mark;
	/** How many quotes it sits in. */
	depth: number;
}

/** A quote before its kind and speaker are known. */
type RawQuote = Omit<Quote, 'kind' | 'text'>;

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

/** How many marks-free paragraphs an unclosed quote may run through before its closing mark shows. */
const maxSkippedParagraphs = 2;

/**
 * Finds the quotations of an article: direct quotes between quotation marks (straight, curly,
 * low-9, guillemets; nested; continued over paragraph breaks; unclosed), scare quotes and titles,
 * and reported speech ("Lu said he understood …"), each with its speaker when the text names one.
 *
 * @param parsed The parsed article; marks are read in `parsed.text` (prose only).
 * @returns Quotes sorted by start; `text` is `article.text.slice(inner.start, inner.end)`.
 */
export function findQuotes(parsed: ParsedArticle): Quote[] {
	const raw = pairMarks(parsed);
	const outer = raw.filter((quote) => quote.depth === 0);
	const direct: Quote[] = raw.map((quote) => ({
		...quote,
		text: parsed.article.text.slice(quote.inner.start, quote.inner.end),
		kind: kindOf(parsed, quote, outer),
	}));
	// Only speech is direct: a title ("the film “Harbour Lights”"), a term ("the so-called “levy”")
	// and a scare quote nobody was found to say ("hailed the “new dawn”") are nobody's words.
	// NOTE: PolNeAR's annotators count some scare quotes as quotes; reporting them as direct was
	// measured: span F1 train 0.943 → 0.947, dev 0.949 → 0.945 once they are not.
	return attributeSpeech(parsed, direct)
		.map((quote) => (quote.kind !== 'speech' ? { ...quote, direct: false } : quote))
		.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Reads the marks of every paragraph and pairs them into quotes. */
function pairMarks(parsed: ParsedArticle): RawQuote[] {
	const { text, paragraphs } = parsed;
	const quotes: RawQuote[] = [];
	const marksOf = paragraphs.map((paragraph) => readMarks(text, paragraph));
	let stack: OpenQuote[] = [];
	for (let index = 0; index < paragraphs.length; index++) {
		let marks = marksOf[index];
		if (stack.length > 0) {
			const outer = stack[0];
			const next = findContinuation(text, marksOf, paragraphs, index, outer.mark);
			if (next === undefined) {
				pushUnclosed(quotes, outer, paragraphs[index - 1].end, text);
				stack = [];
			} else {
				index = next.index;
				marks = marksOf[index];
				if (next.reopens) {
					marks = marks.slice(1);
				}
			}
		}
		stack = pairParagraph(text, paragraphs[index], marks, stack, quotes);
		if (index === paragraphs.length - 1 && stack.length > 0) {
			pushUnclosed(quotes, stack[0], paragraphs[index].end, text);
		}
	}
	return quotes.sort((a, b) => a.start - b.start);
}

/**
 * Decides whether a quote left open at the end of paragraph `index - 1` goes on.
 *
 * - Journalistic convention: the next paragraph opens with a mark of the same family
 *   ("…the strait.¶“And then …”"): the quote continues and that mark only re-opens it.
 * - One sentence a paragraph, as in corpora rebuilt from tokens: the next paragraphs that hold
 *   marks start with a closing one ("…the harbour.¶It will not last.""): the quote runs on
 *   until it, over at most `maxSkippedParagraphs` paragraphs with no marks.
 *
 * @returns The paragraph the quote goes on in, and whether its first mark is a re-opening one.
 */
function findContinuation(
	text: string,
	marksOf: Mark[][],
	paragraphs: Span[],
	index: number,
	opening: Mark,
): { index: number; reopens: boolean } | undefined {
	const first = marksOf[index][0];
	if (first?.at === paragraphs[index].start && first.family === opening.family && first.role !== 'close') {
		return { index, reopens: true };
	}
	for (let next = index; next < paragraphs.length && next <= index + maxSkippedParagraphs; next++) {
		const marks = marksOf[next];
		if (marks.length === 0) {
			continue;
		}
		const head = marks[0];
		const ownFamily = marks.filter((mark) => mark.family === opening.family);
		// "…for good, "she added": a mark after a comma ends the quote, whichever way it leans.
		const closes = head.family === opening.family && (head.role !== 'open' || charBefore(text, head.at, paragraphs[next].start) === ',');
		// NOTE: straight marks alternate, so a paragraph that ends a quote holds an odd number of them.
		const balanced = head.char !== '"' || ownFamily.length % 2 === 1;
		return closes && balanced ? { index: next, reopens: false } : undefined;
	}
	return undefined;
}

/**
 * Pairs the marks of one paragraph, starting with the quotes still open from the paragraphs before.
 *
 * @returns The quotes left open at the paragraph's end (outermost first).
 */
function pairParagraph(text: string, paragraph: Span, marks: Mark[], openQuotes: OpenQuote[], quotes: RawQuote[]): OpenQuote[] {
	const stack = [...openQuotes];
	const ahead = lookAhead(marks);
	const lastWord = lastWordCharacter(text, paragraph);
	for (let k = 0; k < marks.length; k++) {
		checkBudget();
		const mark = marks[k];
		const owner = findOwner(stack, mark);
		if (owner >= 0 && mark.role !== 'open') {
			if (mark.weak && ahead.strongerCloser[k]) {
				continue;
			}
			closeAt(stack, owner, mark, quotes, text);
			continue;
		}
		if (mark.role === 'close' || mark.role === 'closeOnly') {
			// A stray closing mark ("…a fair peace “. “"): nothing to close, unless it opens a quote by mistake.
			if (opensByMistake(text, paragraph, marks, k, ahead) && findFamily(stack, mark.family) < 0) {
				stack.push({ mark, depth: stack.length });
			}
			continue;
		}
		const same = findFamily(stack, mark.family);
		if (same >= 0 && nestsInOtherStyle(stack[same].mark, marks, k, stack[same].mark.at <= paragraph.start)) {
			stack.push({ mark, depth: stack.length });
			continue;
		}
		if (same >= 0) {
			// Marks of one family do not nest ("“…“…”"): the new mark ends the open quote or starts the next.
			if (endsOpenQuote(text, paragraph, marks, k, ahead)) {
				closeAt(stack, same, mark, quotes, text);
				continue;
			}
			endBefore(stack, same, mark.at, quotes, text);
		}
		// A letter or digit somewhere after the mark in its paragraph.
		if (lastWord > mark.at) {
			stack.push({ mark, depth: stack.length });
		}
	}
	// An inner quote still open at the paragraph's end was an apostrophe ("the players' union").
	return stack.slice(0, 1);
}

/** Words after a mark, past white space and an ellipsis (" … if", " there"). */
const wordAfterPattern = /^\s*(?:…\s*)?[\p{L}\p{N}]/u;

/**
 * A closing glyph typed where an opening one belongs: "He says,” there are people who never get
 * heard.”", "” … if the mayor can visit, so can she,” it read." It opens a quote when it stands at
 * the paragraph's start or after a comma or colon, words follow it, and the next mark of its
 * family in the paragraph is another closing glyph.
 */
function opensByMistake(text: string, paragraph: Span, marks: Mark[], k: number, ahead: LookAhead): boolean {
	const mark = marks[k];
	const next = ahead.nextOfFamily[k];
	if (mark.char !== '”' || next < 0 || marks[next].char !== '”' || marks[next].role !== 'close') {
		return false;
	}
	const before = charBefore(text, mark.at, paragraph.start);
	return (mark.at === paragraph.start || before === ',' || before === ':') && wordAfterPattern.test(text.slice(mark.at + 1, mark.at + 8));
}

/**
 * An opening mark met while a quote of its family is open ends that quote when the text before
 * it ends a phrase with a comma ("…ready for us, "a friend said"), or when no later mark of the
 * family could close a new quote (a curly opening mark used as a closing one).
 */
function endsOpenQuote(text: string, paragraph: Span, marks: Mark[], k: number, ahead: LookAhead): boolean {
	if (charBefore(text, marks[k].at, paragraph.start) === ',') {
		return true;
	}
	const later = ahead.nextOfFamily[k];
	return later < 0 || marks[later].role === 'open';
}

/** What lies ahead of each mark of a paragraph, read in one backward pass (not one scan per mark). */
interface LookAhead {
	/** Index of the next mark of the same family, or -1. */
	nextOfFamily: number[];
	/**
	 * A later mark of the same family, before the end of any enclosing quote, that closes for sure:
	 * then "the players' union" kept its apostrophe ("'the players' union is split'").
	 */
	strongerCloser: boolean[];
}

const familyNumber: Record<Family, number> = { double: 0, single: 1, guillemet: 2, angle: 3 };

function lookAhead(marks: Mark[]): LookAhead {
	const nextOfFamily = new Array<number>(marks.length);
	const strongerCloser = new Array<boolean>(marks.length);
	// Per family, from the mark being read: the next mark, the next `close` mark, the next sure closer.
	const next = [-1, -1, -1, -1];
	const nextClose = [Infinity, Infinity, Infinity, Infinity];
	const nextSure = [Infinity, Infinity, Infinity, Infinity];
	for (let k = marks.length - 1; k >= 0; k--) {
		const family = familyNumber[marks[k].family];
		nextOfFamily[k] = next[family];
		// The first sure closer of the family comes before any `close` mark of another family.
		let otherClose = Infinity;
		for (let other = 0; other < 4; other++) {
			otherClose = other === family ? otherClose : Math.min(otherClose, nextClose[other]);
		}
		strongerCloser[k] = nextSure[family] < otherClose;
		next[family] = k;
		if (marks[k].role === 'close') {
			nextClose[family] = k;
		}
		if (!marks[k].weak && marks[k].role !== 'open') {
			nextSure[family] = k;
		}
	}
	return { nextOfFamily, strongerCloser };
}

/** Offset of the last letter or digit of a paragraph, or -1. */
function lastWordCharacter(text: string, paragraph: Span): number {
	for (let i = paragraph.end - 1; i >= paragraph.start; i--) {
		if (letterOrDigitPattern.test(text[i])) {
			return i;
		}
	}
	return -1;
}

/** The last character before `at` that is not white space, within the paragraph. */
function charBefore(text: string, at: number, floor: number): string {
	let before = at - 1;
	while (before > floor && /\s/.test(text[before])) {
		before--;
	}
	return before >= floor ? text[before] : '';
}

/** Index of the innermost open quote the mark can close, or -1. */
function findOwner(stack: OpenQuote[], mark: Mark): number {
	// A straight mark closes the straight quote a curly one nests in ("…“Closed,” and we left,"), and so the other way.
	const style = ownStyleOwner(stack.map((open) => open.mark), mark);
	if (style >= 0) {
		return style;
	}
	for (let i = stack.length - 1; i >= 0; i--) {
		const opening = stack[i].mark;
		if (opening.family !== mark.family) {
			continue;
		}
		// Guillemets close with the other glyph: «…» in French, »…« in German.
		if ((mark.family === 'guillemet' || mark.family === 'angle') && opening.char === mark.char) {
			return -1;
		}
		return i;
	}
	return -1;
}

function findFamily(stack: OpenQuote[], family: Family): number {
	for (let i = stack.length - 1; i >= 0; i--) {
		if (stack[i].mark.family === family) {
			return i;
		}
	}
	return -1;
}

/** Closes `stack[owner]` with `mark`; quotes opened inside it and never closed are dropped or cut. */
function closeAt(stack: OpenQuote[], owner: number, mark: Mark, quotes: RawQuote[], text: string): void {
	for (let i = stack.length - 1; i > owner; i--) {
		pushUnclosed(quotes, stack[i], mark.at, text);
	}
	const opening = stack[owner].mark;
	pushQuote(quotes, { start: opening.at, end: mark.at + mark.width, inner: { start: opening.at + opening.width, end: mark.at }, closed: true, direct: true, depth: stack[owner].depth }, text);
	stack.length = owner;
}

/** Ends `stack[owner]` (and what it holds) without a closing mark, just before `at`. */
function endBefore(stack: OpenQuote[], owner: number, at: number, quotes: RawQuote[], text: string): void {
	for (let i = stack.length - 1; i >= owner; i--) {
		pushUnclosed(quotes, stack[i], at, text);
	}
	stack.length = owner;
}

/**
 * Records a quote that has no closing mark, ending at `end` (trailing white space left out).
 * NOTE: an unclosed single mark is nearly always an apostrophe ("'cause", "goin'"), so it is
 * kept only when it is the outermost quote and opened with a curly ‘.
 */
function pushUnclosed(quotes: RawQuote[], open: OpenQuote, end: number, text: string): void {
	if (open.mark.family === 'single' && (open.depth > 0 || open.mark.char !== '‘')) {
		return;
	}
	while (end > open.mark.at + open.mark.width && /\s/.test(text[end - 1])) {
		end--;
	}
	pushQuote(quotes, { start: open.mark.at, end, inner: { start: open.mark.at + open.mark.width, end }, closed: false, direct: true, depth: open.depth }, text);
}

/**
 * Keeps a quote that holds at least one letter or digit ("“ ”" is not one); its words are
 * trimmed of the white space that spaced marks leave inside ("“ ensconced in the bosom ”").
 */
function pushQuote(quotes: RawQuote[], quote: RawQuote, text: string): void {
	const inner = { ...quote.inner };
	while (inner.start < inner.end && /\s/.test(text[inner.start])) {
		inner.start++;
	}
	while (inner.end > inner.start && /\s/.test(text[inner.end - 1])) {
		inner.end--;
	}
	if (holdsWord(text, inner.start, inner.end)) {
		quotes.push({ ...quote, inner });
	}
}

/** A letter or a digit somewhere in `text` from `from` to `to`. */
function holdsWord(text: string, from: number, to: number): boolean {
	for (let i = from; i < to; i++) {
		if (letterOrDigitPattern.test(text[i])) {
			return true;
		}
	}
	return false;
}

/** Finds the marks of one paragraph and reads what each may do. */
function readMarks(text: string, paragraph: Span): Mark[] {
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

/** Words of a quote, as a reader counts them ("Lu’s" and "well-known" are one each). */
const wordPattern = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+){0,50}/gu;

/**
 * A word or phrase quoted as a word, not as anyone's speech: "the so-called “harbour tax”", "the
 * term “ferry desert”", "a campaign known as “Ships First”", "a deal that officials nicknamed the
 * “bread run”" (the quoted words are the name the thing goes by).
 * NOTE: "called it “…”", "dubbed her “…”", "described as “…”" and "referred to as “…”" are left out: there a person
 * characterises something in their own words, a partial quote of their speech.
 */
const termBefore = new RegExp(`\\b(?:so-called|so called|(?:the|a|an|this|that|their|his|her) (?:${alternatives(termNouns)})|known as|hashtag|(?:${alternatives(namingVerbs)}) the)[\\s,:]*$`, 'i');


/**
 * Speech, a scare quote (one or two words set off, not introduced as speech) or a title.
 * NOTE: a phrase in title case of two words or more is a name ("a “Summer of Ships”",
 * "“Captain of the Year”"), unless a speech verb introduces it ("“Thank You,” she said").
 */
function kindOf(parsed: ParsedArticle, quote: RawQuote, outer: RawQuote[]): Quote['kind'] {
	const before = parsed.text.slice(Math.max(0, quote.start - 30), quote.start);
	if (termBefore.test(before) && !isSpokenTerm(before)) {
		return 'term';
	}
	const words = parsed.text.slice(quote.inner.start, quote.inner.end).match(wordPattern) ?? [];
	const titleCase = words.every((word, i) => capitalOrDigitStartPattern.test(word) || (i > 0 && titleSmallWords.has(word)));
	if (titleCase && words.length <= 14 && hasWorkCue(parsed.text, quote)) {
		return 'title';
	}
	// "Speaking on KNT’s “Harbour Hour,” Vos said …", "star of television’s “Tidewater”": a name in
	// title case that something belongs to is a work or a show, whatever verb follows it.
	if (titleCase && words.length <= 6 && possessiveBefore.test(before)) {
		return 'title';
	}
	const looksLikeTitle = titleCase && words.length >= 2 && words.length <= 10 && capitalOrDigitStartPattern.test(words[words.length - 1]);
	// "The mayor called her rival “The Harbour Thief”": a name someone gives is their words, read as a word set off.
	if (looksLikeTitle && isCharacterisedName(parsed.text, quote)) {
		return 'scare';
	}
	// "a headline that said, “Harbour Board Quits”": words in title case right after a verb of speech are what was said.
	// "the playwright who wrote “Harbour Lights”" names a work: a verb of writing is left out.
	if (looksLikeTitle && followsSpeechVerb(parsed.text, quote) && !writtenBefore.test(before)) {
		return 'speech';
	}
	if (!looksLikeTitle && words.length > 2) {
		return 'speech';
	}
	// "“No,” he said" is speech; "a “dear friend”" and "the ‘democracy’ they claim" are not.
	if (quote.depth === 0 && isIntroducedBySpeech(parsed, quote, outer)) {
		return 'speech';
	}
	if (looksLikeTitle && isChantOrSlogan(parsed.text, quote)) {
		return 'speech';
	}
	return looksLikeTitle ? 'title' : 'scare';
}

/** A verb of writing right before a quote ("wrote “…”", "writing, “…”"). */
const writtenBefore = /\b(?:wrote|writes|write|writing|written)[\s,:]*$/i;

/** A possessive right before a quote ("KNT’s", "television's"). */
const possessiveBefore = /\p{L}['’]s\s*$/u;
