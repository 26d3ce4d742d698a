import { phoneticCodes, similarNames } from './entityGrouping';
import {
	commonAcronyms,
	demonyms,
	dottedAbbreviations,
	firstNames,
	gazetteer,
	knownOrganizations,
	lexicalType,
	lexicalisedAcronyms,
	longAcronyms,
	nameParticles,
	nameQualifiers,
	nameSuffixes,
	organizationHeads,
	organizationNouns,
	placeHeads,
	placeNouns,
	placePrepositions,
	speechVerbs,
	stopWords,
	thingHeads,
	timeWords,
	titleModifiers,
	titleWords,
	wordKey,
} from './nameLexicon';
import type { EntityMention, EntityType, ParsedArticle, Span } from './types';

/**
 * What the whole folder tells about names, gathered before any article's mentions are read: a
 * word capitalised only because it opens a sentence ("Tensions over Taiwan …") is a name only if
 * the folder also capitalises it mid-sentence, and a word in a heading in capitals ("POUTINE can
 * hardly wait …") only if the folder writes it elsewhere as a name.
 */
export interface NameEvidence {
	/** Keys of words written capitalised inside a sentence of ordinary prose (`putin`, `grain`). */
	capitalised: Set<string>;
	/** Keys of words that stand as a name of their own inside a sentence, or open or close a longer one (`xi`, `ushakov`). */
	names: Set<string>;
	/** Keys of upper-case words of two to five letters in ordinary prose (`aukus`, `nato`). */
	acronyms: Set<string>;
	/** Keys of capitalised words written before a lower-case word, as adjectives are (`kestrian`, `russian`). */
	adjectives: Set<string>;
	/** Every name found, by key, with how often its context pointed to each type. */
	votes: Map<string, Record<EntityType, number>>;
}

/** A word of a paragraph, as the name finder sees it. */
interface Token {
	/** Offset of the first character. */
	start: number;
	/** Offset after the name part: a possessive "’s" or a lower-case tail ("-backed") is left out. */
	end: number;
	/** `wordKey` of the name part. */
	key: string;
	/** The shape of the word. */
	kind: 'cap' | 'upper' | 'initial' | 'lower' | 'other';
	/**
	 * Opens a sentence or a clause, where a capital says nothing: first in its paragraph, after a
	 * full stop, colon or dash, or after an opening quote that follows a comma, a colon or a verb of
	 * saying (`said “We …`). NOTE: `the “Quad”` is mid-sentence.
	 */
	opening: boolean;
	/** Only white space (or an ampersand) separates it from the word before: both may stand in one name. */
	joined: boolean;
	/** The name cannot go on past it: "Putin’s", "Kremlin-backed". */
	closes: boolean;
	/** Written in capitals in a heading, or in a title-case line: a name only if the folder confirms it. */
	shouted: boolean;
	/** What stands between the word before and this one: one space, an ampersand with spaces around it ("EU & IMF"), a comma, an opening quote (`the “Quad”`), or other. */
	gap: 'space' | 'ampersand' | 'comma' | 'quote' | 'other';
}

/** One candidate name: a run of tokens, and what its surroundings said about it. */
interface Part {
	/** Index of its first token. */
	first: number;
	/** Index of its last token. */
	last: number;
	/** A title or role stood right before it ("President …"): a person. */
	titled: boolean;
	/** A type that its place in the article forces (a dateline, an agency in parentheses). */
	forced?: EntityType;
	/** One half of a hyphenated pair ("Putin" in "Putin-Xi"): its own span and key inside the token. */
	piece?: Span & { key: string };
}

/** A letter, a combining mark or a digit, for characters beyond ASCII. */
const wordCharPattern = /[\p{L}\p{M}\p{N}]/u;

/** What `isWordChar` found for each UTF-16 code unit beyond ASCII: 0 not yet known, 1 yes, 2 no. */
const wordChars = new Uint8Array(65536);

/** A possessive ending: "’s", "'s" (the apostrophe alone, "Jones’", never enters a word). */
const possessivePattern = /['’][sS]$/;

/** What a gap between two words holds (see `readGap`), as bits. */
const gapJoins = 1;
const gapAmpersand = 2;
const gapSentence = 4;
const gapComma = 8;
const gapQuote = 16;
const gapClauseQuote = 32;

/**
 * A dateline: one to four words in capitals at the start of a paragraph, a comma and a date, an
 * agency in parentheses, then a dash ("MOSCOW, December 15 (Reuters) –", "WASHINGTON (AP) —").
 * Group 1 is the place, group 2 the agency. NOTE: the comma or the agency must be there (checked
 * in code), or a heading like "AUKUS – what it means" would pass for a dateline.
 */
const datelinePattern = /^(\p{Lu}[\p{Lu}\p{M}'’.-]+(?:[ \t]\p{Lu}[\p{Lu}\p{M}'’.-]+){0,3})(?:,[^\n()–—]{0,40})?[ \t]*(?:\(([\p{L}][\p{L}\p{M} .&-]{0,40}[\p{L}.])\))?[ \t]*[–—-][ \t]/u;

/** A contracted verb after an apostrophe: "I'm", "I've", "We'll", "They're", "I'd", "Don't". */
const contractionPattern = /['’](?:m|ve|ll|re|d|t)$/i;

/** Words that end in "-ing", "-ed" or "-ly" open sentences as verbs and adverbs ("Calling Putin …"). */
const verbalEndingPattern = /(?:ing|ed|ly)$/;

/** Short words a title-case heading may leave in lower case ("Closer than Allies", "Bank of England"). */
const minorWords = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'as', 'vs', 'nor', 'but']);

/** A word of plain ASCII letters only ("Putin", "said", "NATO"). */
const plainWordPattern = /^[A-Za-z]+$/;

/** Prefixes of hyphenated adjectives: "Anti-Western", "Pro-Kremlin", "Non-EU". */
const hyphenPrefixes = new Set(['anti', 'pro', 'non', 'post', 'pre', 'ex', 'neo', 'mid', 'pan', 'trans', 'sub', 'inter', 'cross']);

/** Lower-case prefixes of Arabic names written with a hyphen ("al-Assad", "bin-Laden"). */
const arabicPrefixPattern = /^(?:al|el|ad|as|an|ash|bin|ibn|abu|abd)-\p{Lu}/u;

/** Months that are also surnames ("Theresa May"); never a weekday ("Oscar Sunday"). */
const monthSurnames = new Set(['april', 'may', 'june', 'august']);

/** Auxiliaries after "the X" that still let "X" be an organization ("the Kremlin has said"). */
const auxiliaries = new Set(['is', 'was', 'has', 'had', 'have', 'are', 'were', 'will', 'would', 'could', 'should', 'also', 'then', 'on', 'in']);

/**
 * Reads the folder once to learn which words it writes as names (see `NameEvidence`). Pass the
 * result to `findEntityMentions` for every article of the folder.
 *
 * @param articles Every parsed article of the folder.
 * @returns What the folder says about names.
 */
export function collectNameEvidence(articles: readonly ParsedArticle[]): NameEvidence {
	const evidence: NameEvidence = { capitalised: new Set(), names: new Set(), acronyms: new Set(), adjectives: new Set(), votes: new Map() };
	for (const parsed of articles) {
		for (const { tokens, parts } of readParagraphs(parsed)) {
			recordWords(tokens, evidence);
			for (const part of parts) {
				recordPart(tokens, part, evidence);
			}
		}
	}
	// "PORT" of a dateline is no acronym when the folder writes "Port" too.
	for (const key of evidence.acronyms) {
		if (evidence.capitalised.has(key)) {
			evidence.acronyms.delete(key);
		}
	}
	return evidence;
}

/**
 * Finds the names of people, organizations and places in the body of an article. Titles, roles
 * and possessives stay out of the mention ("President Vladimir Putin’s" → "Vladimir Putin"),
 * adjectives of nationality are not places ("Russian"), and a capitalised word at the start of a
 * sentence is a name only when the folder writes it as one elsewhere.
 *
 * @param parsed The article.
 * @param evidence What the folder says about names (default: what this article alone says).
 * @returns The mentions, sorted and never overlapping; `text` is exactly `article.text` at the span.
 */
export function findEntityMentions(parsed: ParsedArticle, evidence: NameEvidence = collectNameEvidence([parsed])): EntityMention[] {
	const mentions: EntityMention[] = [];
	const paragraphs = readParagraphs(parsed);
	const lowerAcronyms = lowerAcronymStarts(parsed.text, evidence);
	for (const [n, paragraph] of parsed.paragraphs.entries()) {
		let { tokens, parts } = paragraphs[n];
		if (lowerAcronyms.some((at) => at >= paragraph.start && at < paragraph.end)) {
			tokens = tokenize(parsed.text, paragraph, true);
		}
		// The folder may confirm a word in capitals ("POUTINE") or a lower-case acronym ("aukus"): then the parts change.
		const confirmed = confirmTokens(tokens, evidence);
		if (confirmed !== tokens) {
			tokens = confirmed;
			parts = findParts(tokens, parsed.text, paragraph);
		}
		for (const found of parts) {
			for (const part of refinePart(tokens, found, evidence, parsed.text)) {
				const start = part.piece?.start ?? tokens[part.first].start;
				const end = part.piece?.end ?? tokens[part.last].end;
				mentions.push({ start, end, text: parsed.article.text.slice(start, end), type: typeOf(tokens, part, evidence) });
			}
		}
	}
	return mentions;
}

/** A paragraph's words and the candidate names among them, before the folder's evidence is applied. */
interface ReadParagraph {
	/** The words. */
	tokens: Token[];
	/** Candidate names (see `findParts`). */
	parts: Part[];
}

/** Paragraphs read once per article: the evidence pass and the mention pass share them. */
const paragraphCache = new WeakMap<ParsedArticle, ReadParagraph[]>();

/**
 * The words and candidate names of each paragraph of an article, read once.
 * NOTE: the cache is shared; change a token only in a copy (see `confirmTokens`).
 */
function readParagraphs(parsed: ParsedArticle): ReadParagraph[] {
	let paragraphs = paragraphCache.get(parsed);
	if (!paragraphs) {
		paragraphs = [];
		for (const paragraph of parsed.paragraphs) {
			const tokens = tokenize(parsed.text, paragraph);
			paragraphs.push({ tokens, parts: findParts(tokens, parsed.text, paragraph) });
		}
		paragraphCache.set(parsed, paragraphs);
	}
	return paragraphs;
}

/** Word boundaries of the paragraph being split, reused from call to call (see `tokenize`). */
let wordStarts = new Int32Array(1024);
let wordEnds = new Int32Array(1024);
let wordKept = new Uint8Array(1024);

/**
 * Splits a paragraph into words, with their shape and what stands between them. Only the words
 * near a name can matter (a title, "said", "of", "the" around it), so lower-case words more than
 * two words away from any capitalised word, number or sign are not read one by one: each stretch
 * of them becomes one filler token (empty key, `closes`), which keeps names on either side apart.
 * NOTE: a lower-case acronym ("aukus") far from a capital is in a filler; `complete` reads all words.
 *
 * @param text The blanked text.
 * @param paragraph The paragraph's span.
 * @param complete Read every word (default: only those near a capitalised word).
 */
function tokenize(text: string, paragraph: Span, complete = false): Token[] {
	const count = findWords(text, paragraph, complete);
	let contentWords = false;
	let capitalised = 0;
	const tokens: Token[] = [];
	let previousEnd = paragraph.start;
	for (let n = 0; n < count; n++) {
		const start = wordStarts[n];
		let end = wordEnds[n];
		if (!wordKept[n]) {
			const last = tokens[tokens.length - 1];
			if (last?.key === '') {
				last.end = end;
			} else {
				tokens.push({ start, end, key: '', kind: 'lower', opening: false, joined: false, closes: true, shouted: false, gap: 'other' });
			}
			contentWords ||= end - start > 4 || !minorWords.has(text.slice(start, end));
			previousEnd = end;
			continue;
		}
		let word = text.slice(start, end);
		// NOTE: most gaps are one space; only the others are read character by character, for speed.
		const plain = start === previousEnd + 1 && text.charCodeAt(previousEnd) === 32;
		const gap = plain ? gapJoins : readGap(text, previousEnd, start);
		previousEnd = end;
		let closes = false;
		// "Putin’s" → "Putin"; the possessive ends the name ("China’s Foreign Ministry" is two names).
		if ((word.charCodeAt(word.length - 1) | 32) === 115 && word.length > 2 && possessivePattern.test(word)) {
			word = word.slice(0, -2);
			end -= 2;
			closes = true;
		}
		// "Kremlin-backed", "Page-inspired": the name is the capitalised head, and ends there.
		const tail = word.includes('-') ? /-\p{Ll}/u.exec(word) : null;
		if (tail && /^\p{Lu}/u.test(word)) {
			end -= word.length - tail.index;
			word = word.slice(0, tail.index);
			closes = true;
		}
		// "St.", "Jr.", "J.", "p.m.": the full stop belongs to the abbreviation.
		if (text.charCodeAt(end) === 46 && end === previousEnd && wantsDot(word)) {
			word += '.';
			end += 1;
			previousEnd = end;
		}
		const previous = tokens[tokens.length - 1];
		// "US$48 billion", "HK$": a currency, not a place.
		const kind = text.charCodeAt(end) === 36 ? 'other' : shapeOf(word);
		contentWords ||= kind === 'lower' && !minorWords.has(word);
		capitalised += kind === 'cap' || kind === 'upper' ? 1 : 0;
		tokens.push({
			start,
			end,
			key: wordKey(word),
			kind,
			opening: !previous || (gap & (gapSentence | gapClauseQuote)) !== 0 || ((gap & gapQuote) !== 0 && speechVerbs.has(previous.key)),
			joined: previous !== undefined && !previous.closes && (gap & gapJoins) !== 0,
			closes,
			shouted: false,
			gap: plain ? 'space' : (gap & gapAmpersand) !== 0 ? 'ampersand' : (gap & gapComma) !== 0 ? 'comma' : (gap & gapQuote) !== 0 ? 'quote' : 'other',
		});
	}
	// A line in title case: four capitalised words or more, no lower-case word but "of", "the" and their like, no full stop at the end.
	markShouting(tokens, capitalised >= 4 && !contentWords && text.charCodeAt(paragraph.end - 1) !== 46);
	return tokens;
}

/**
 * Finds the words of a paragraph into `wordStarts`/`wordEnds`, and marks in `wordKept` the words
 * to read: every word that is not plain lower case, and the two words on each side of one.
 *
 * @returns How many words there are.
 */
function findWords(text: string, paragraph: Span, complete: boolean): number {
	let count = 0;
	for (let start = nextWord(text, paragraph.start, paragraph.end); start < paragraph.end; start = nextWord(text, wordEnds[count - 1], paragraph.end)) {
		if (count === wordStarts.length) {
			wordStarts = grow(wordStarts);
			wordEnds = grow(wordEnds);
			wordKept = grow(wordKept);
		}
		wordStarts[count] = start;
		wordEnds[count] = wordEnd(text, start, paragraph.end);
		count++;
	}
	wordKept.fill(complete ? 1 : 0, 0, count);
	for (let n = 0; !complete && n < count; n++) {
		if (!isPlainLower(text, wordStarts[n])) {
			wordKept.fill(1, Math.max(0, n - 2), Math.min(count, n + 3));
		}
	}
	return count;
}

/** Doubles a scratch array, keeping its content. */
function grow<T extends Int32Array | Uint8Array>(array: T): T {
	const bigger = new (array.constructor as new (length: number) => T)(array.length * 2);
	bigger.set(array);
	return bigger;
}

/** A word in plain lower case: it starts with a-z and is not a name like "al-Assad" or "bin-Laden". */
function isPlainLower(text: string, start: number): boolean {
	const first = text.charCodeAt(start);
	return first >= 97 && first <= 122 && text.charCodeAt(start + 2) !== 45 && text.charCodeAt(start + 3) !== 45;
}

/**
 * Reads the gap between two words, as bits:
 * - `gapJoins`: white space with at most one line break ("Vladimir\nPutin"), or an ampersand
 *   ("Procter & Gamble", "AT&T"): both words may stand in one name;
 * - `gapAmpersand`: an ampersand with spaces around it ("EU & IMF");
 * - `gapSentence`: a full stop, "?", "!", "…", a colon or a dash: a sentence or clause begins;
 * - `gapComma`: a comma alone (", who");
 * - `gapQuote`: it ends with an opening quotation mark (`said “We`, `the “Quad”`, `said "We`);
 * - `gapClauseQuote`: a comma or colon, then an opening quotation mark or bracket (`, “Such`, `: "We`).
 */
function readGap(text: string, from: number, to: number): number {
	let breaks = 0;
	let ampersands = 0;
	let commas = 0;
	let others = 0;
	let bits = 0;
	for (let i = from; i < to; i++) {
		const code = text.charCodeAt(i);
		if (code === 32 || code === 9 || code === 0xa0) {
			continue;
		}
		if (code === 10 || code === 13) {
			breaks += code === 13 && text.charCodeAt(i + 1) === 10 ? 0 : 1;
		} else if (code === 38) {
			ampersands++;
		} else {
			others++;
			commas += code === 44 ? 1 : 0;
			// . ! ? : … – —
			if (code === 46 || code === 33 || code === 63 || code === 58 || code === 0x2026 || code === 0x2013 || code === 0x2014) {
				bits |= gapSentence;
			}
		}
	}
	if (to > from && others === 0 && ((ampersands === 0 && breaks <= 1) || (ampersands === 1 && breaks === 0 && to - from <= 3))) {
		bits |= gapJoins | (ampersands === 1 && to - from === 3 ? gapAmpersand : 0);
	}
	if (others === 1 && commas === 1 && breaks === 0 && ampersands === 0) {
		bits |= gapComma;
	}
	let i = to - 1;
	while (i >= from && /\s/.test(text[i])) {
		i--;
	}
	// A straight quote opens only right before the word: in `," Osterhout told` it closes.
	const quote = i >= from && ('“‘«'.includes(text[i]) || (i === to - 1 && (text[i] === '"' || text[i] === "'")));
	if (quote || (i >= from && text[i] === '(')) {
		bits |= quote ? gapQuote : 0;
		i--;
		while (i >= from && /\s/.test(text[i])) {
			i--;
		}
		bits |= i >= from && (text[i] === ',' || text[i] === ':') ? gapClauseQuote : 0;
	}
	return bits;
}

/** Where the next word starts, at or after `from` (`end` when there is none). */
function nextWord(text: string, from: number, end: number): number {
	let i = from;
	while (i < end && !isWordChar(text.charCodeAt(i))) {
		i++;
	}
	return i;
}

/**
 * Where the word that starts at `start` ends: letters and digits, with apostrophes, hyphens or
 * dots between them ("O’Brien", "Indo-Pacific", "Putin’s", "U.S", "p.m"; the final dot of "U.S."
 * is added by the caller).
 */
function wordEnd(text: string, start: number, end: number): number {
	let i = start + 1;
	while (i < end) {
		const code = text.charCodeAt(i);
		if (isWordChar(code)) {
			i++;
		} else if ((code === 39 || code === 0x2019 || code === 45 || code === 0x2010 || code === 46) && i + 1 < end && isWordChar(text.charCodeAt(i + 1))) {
			i += 2;
		} else {
			break;
		}
	}
	return i;
}

/**
 * A letter, a mark or a digit. ASCII is tested by range; other code units by a Unicode pattern,
 * remembered. Surrogates count as word characters, so that a letter beyond the BMP stays whole.
 */
function isWordChar(code: number): boolean {
	if (code < 128) {
		return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
	}
	if (code >= 0xd800 && code <= 0xdfff) {
		return true;
	}
	if (wordChars[code] === 0) {
		wordChars[code] = wordCharPattern.test(String.fromCharCode(code)) ? 1 : 2;
	}
	return wordChars[code] === 1;
}

/** An initial ("J."), a known abbreviation ("St.", "Sen.", "Dec.", "Tenn.") or a dotted word ("p.m."). */
function wantsDot(word: string): boolean {
	return /^\p{Lu}$/u.test(word) || word.includes('.') || dottedAbbreviations.has(word.toLowerCase());
}

/** The shape of a word: "Putin" cap, "NATO"/"U.S." upper, "J." initial, "said" lower, "2021"/"I" other. */
function shapeOf(word: string): Token['kind'] {
	// The common cases first, without Unicode patterns: plain lower-case, capitalised, upper-case words, numbers.
	const first = word.charCodeAt(0);
	if (first >= 97 && first <= 122 && !word.includes('-')) {
		return 'lower';
	}
	if (first >= 48 && first <= 57) {
		return 'other';
	}
	if (plainWordPattern.test(word)) {
		if (/[a-z]/.test(word)) {
			return /^[A-Z]+s$/.test(word) && word.length > 2 ? 'upper' : 'cap';
		}
		return word.length >= 2 ? 'upper' : 'other';
	}
	if (/^\p{Lu}\.$/u.test(word)) {
		return 'initial';
	}
	// "MTV.com", "p.m.": a dot inside a word that is not an acronym.
	if (/\.\p{L}/u.test(word) && !/^(?:\p{Lu}\.)+$/u.test(word)) {
		return 'other';
	}
	if (/^\p{Ll}/u.test(word)) {
		return arabicPrefixPattern.test(word) ? 'cap' : 'lower';
	}
	// "I'm", "I've", "We'll": a pronoun with its verb; "Dh472": a unit and a number.
	if (contractionPattern.test(word) || /\p{Ll}.*\d|\d.*\p{Ll}/u.test(word)) {
		return 'other';
	}
	// "KOs", "CEOs": an acronym in the plural.
	if (/^\p{Lu}{2,}s$/u.test(word)) {
		return 'upper';
	}
	if (!/^\p{Lu}/u.test(word)) {
		return 'other';
	}
	if (/\p{Ll}/u.test(word)) {
		return 'cap';
	}
	// "NATO", "U.S.", "G20"; a lone capital without a dot ("I", "A") is no name.
	return (word.match(/\p{Lu}/gu) ?? []).length >= 2 ? 'upper' : 'other';
}

/**
 * Marks words a capital says nothing about: three or more words in capitals in a row ("READ MORE
 * ABOUT …", "VARENNIKOFF WANTS THE SHIPS …"), a lone word of six capitals or more that no acronym
 * is that long ("POUTINE can hardly wait …"), and, in a line in title case, every capitalised word
 * ("Xi And Putin: 'Closer Than Allies' …", not "Staff of the Bank of England left.").
 */
function markShouting(tokens: Token[], titleCase: boolean): void {
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i];
		if (token.kind !== 'upper' || token.key.length < 2) {
			continue;
		}
		let j = i;
		while (j + 1 < tokens.length && tokens[j + 1].kind === 'upper') {
			j++;
		}
		if (j - i >= 2) {
			for (let k = i; k <= j; k++) {
				tokens[k].shouted = true;
			}
		} else if (token.key.replace(/-/g, '').length >= 6 && !longAcronyms.has(token.key) && !/\d/.test(token.key)) {
			token.shouted = true;
		}
	}
	if (titleCase) {
		for (const token of tokens) {
			token.shouted ||= token.kind === 'cap' || token.kind === 'upper';
		}
	}
}

/** Where the text holds an acronym of the folder in lower case ("the aukus"), which `tokenize` may have left in a filler. */
function lowerAcronymStarts(text: string, evidence: NameEvidence): number[] {
	const starts: number[] = [];
	for (const acronym of evidence.acronyms) {
		if (acronym.length >= 4 && !lexicalisedAcronyms.has(acronym)) {
			for (let at = text.indexOf(acronym); at >= 0; at = text.indexOf(acronym, at + 1)) {
				starts.push(at);
			}
		}
	}
	return starts;
}

/** The paragraph's words with `confirmToken` applied: the same array when no word changed. */
function confirmTokens(tokens: Token[], evidence: NameEvidence): Token[] {
	let confirmed = tokens;
	for (let i = 0; i < tokens.length; i++) {
		const token = confirmToken(tokens[i], evidence);
		if (token !== tokens[i]) {
			confirmed = confirmed === tokens ? [...tokens] : confirmed;
			confirmed[i] = token;
		}
	}
	return confirmed;
}

/**
 * Lets a shouted word be a name when the folder writes it as one ("POUTINE" after "Vladimir
 * Poutine", or close to it: "POUTINE" after "Putin" only), and turns a lower-case acronym the
 * folder also writes in capitals into a name ("the aukus" after "AUKUS").
 */
function confirmToken(token: Token, evidence: NameEvidence): Token {
	if (token.shouted) {
		return isConfirmedShout(token.key, evidence) ? { ...token, shouted: false } : token;
	}
	// "aukus" after "AUKUS" elsewhere; but never "aids" or "laser", which became words.
	if (token.kind === 'lower' && token.key.length >= 4 && evidence.acronyms.has(token.key) && !lexicalisedAcronyms.has(token.key)) {
		return { ...token, kind: 'upper' };
	}
	return token;
}

/** A shouted word the folder knows: a name word, a known acronym or place, or a name it sounds like. */
function isConfirmedShout(key: string, evidence: NameEvidence): boolean {
	if (stopWords.has(key) || timeWords.has(key)) {
		return false;
	}
	if (evidence.capitalised.has(key) || evidence.acronyms.has(key) || gazetteer.has(key) || knownOrganizations.has(key)) {
		return true;
	}
	return key.length >= 5 && soundsLikeName(key, evidence);
}

/** Name words of the folder by their phonetic code, built on first need. */
const phoneticIndexes = new WeakMap<NameEvidence, Map<string, string[]>>();

/** Whether a word sounds like a name word of the folder ("POUTINE" and "Putin"). */
function soundsLikeName(key: string, evidence: NameEvidence): boolean {
	let index = phoneticIndexes.get(evidence);
	if (!index) {
		index = new Map();
		for (const name of evidence.names) {
			if (name.length >= 4) {
				for (const code of new Set(phoneticCodes(name))) {
					index.set(code, [...(index.get(code) ?? []), name]);
				}
			}
		}
		phoneticIndexes.set(evidence, index);
	}
	return phoneticCodes(key).some((code) => index.get(code)?.some((name) => similarNames(key, name)));
}

/** Words that can stand in a name: capitalised, acronyms and initials, minus stop and time words. */
function isNameWord(token: Token): boolean {
	if (token.shouted || (token.kind !== 'cap' && token.kind !== 'upper' && token.kind !== 'initial')) {
		return false;
	}
	if (token.kind === 'upper') {
		return !commonAcronyms.has(token.key);
	}
	return !stopWords.has(token.key) && !timeWords.has(token.key);
}

/**
 * Cuts a paragraph into candidate names: runs of name words, with the connectors a name can hold
 * ("Bank of England", "Charles de Gaulle", "Procter & Gamble"), then with titles cut out
 * ("US President Joe Biden" → "US", "Joe Biden") and adjectives and events dropped.
 */
function findParts(tokens: Token[], text: string, paragraph: Span): Part[] {
	const parts: Part[] = [];
	let i = 0;
	const dateline = readDateline(tokens, text, paragraph);
	if (dateline) {
		parts.push(...dateline.parts);
		i = dateline.next;
	}
	while (i < tokens.length) {
		if (!isNameWord(tokens[i])) {
			i++;
			continue;
		}
		let j = i;
		for (let next = extendRun(tokens, j); next !== undefined; next = extendRun(tokens, j)) {
			j = next;
		}
		for (const part of splitTitles(tokens, i, j)) {
			const trimmed = trimPart(tokens, part);
			if (trimmed) {
				parts.push(trimmed);
			}
		}
		i = j + 1;
	}
	return parts;
}

/**
 * Reads a dateline at the start of a paragraph: the place in capitals, and the agency in
 * parentheses ("MOSCOW, December 15 (Reuters) –" → "MOSCOW" place, "Reuters" organization).
 */
function readDateline(tokens: Token[], text: string, paragraph: Span): { parts: Part[]; next: number } | undefined {
	if (tokens[0]?.kind !== 'upper') {
		return undefined;
	}
	const match = datelinePattern.exec(text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 120)));
	if (!match || (match[2] === undefined && match[0][match[1].length] !== ',')) {
		return undefined;
	}
	const placeEnd = paragraph.start + match[1].length;
	const parts: Part[] = [];
	const placeLast = tokens.findIndex((token) => token.end >= placeEnd);
	if (placeLast >= 0) {
		parts.push({ first: 0, last: placeLast, titled: false, forced: 'place' });
	}
	let next = placeLast + 1;
	if (match[2]) {
		const agencyStart = paragraph.start + match[0].indexOf('(' + match[2]) + 1;
		const first = tokens.findIndex((token) => token.start === agencyStart);
		const last = tokens.findIndex((token) => token.end >= agencyStart + match[2].length);
		if (first >= 0 && last >= first) {
			parts.push({ first, last, titled: false, forced: 'organization' });
			next = last + 1;
		}
	}
	return { parts, next };
}

/**
 * The index of the last token the run can take next, or `undefined` when the run ends here:
 * the next name word; a particle and a name ("de Gaulle", "van der Berg"); "of"/"for" (and
 * "the") after a head word ("Bank of England", "Center for Disease Control", "Gulf of the …");
 * "of" plus a qualifier after a title ("Secretary of State").
 */
function extendRun(tokens: Token[], at: number): number | undefined {
	const current = tokens[at];
	if (current.closes) {
		return undefined;
	}
	const next = tokens[at + 1];
	if (!next?.joined) {
		return undefined;
	}
	// "Procter & Gamble", "AT&T"; but "EU & IMF" is two names.
	if (isNameWord(next) && !(next.gap === 'ampersand' && (current.kind === 'upper' || next.kind === 'upper'))) {
		return at + 1;
	}
	// "Theresa May": a month after a first name is a surname.
	if (monthSurnames.has(next.key) && next.kind === 'cap' && firstNames.has(current.key)) {
		return at + 1;
	}
	if (current.kind !== 'cap' && current.kind !== 'upper') {
		return undefined;
	}
	let k = at + 1;
	if (nameParticles.has(next.key) && next.kind === 'lower') {
		while (k < at + 3 && tokens[k + 1]?.joined && nameParticles.has(tokens[k + 1].key) && tokens[k + 1].kind === 'lower') {
			k++;
		}
		return tokens[k + 1]?.joined && tokens[k + 1].kind === 'cap' ? k + 1 : undefined;
	}
	if ((next.key === 'of' || next.key === 'for') && next.kind === 'lower') {
		const head = isHeadWord(current.key) || current.key === 'house';
		if (tokens[k + 1]?.joined && tokens[k + 1].key === 'the' && tokens[k + 1].kind === 'lower') {
			k++;
		}
		const after = tokens[k + 1];
		if (!after?.joined || after.kind !== 'cap' || stopWords.has(after.key)) {
			return undefined;
		}
		if (head || (titleWords.has(current.key) && titleModifiers.has(after.key))) {
			return k + 1;
		}
	}
	return undefined;
}

/**
 * Cuts titles out of a run: "Russian President Vladimir Putin" → ("Russian"), "Vladimir Putin"
 * (titled); "US President" → "US"; "Secretary of State Jane Roe" → "Jane Roe". A title before a
 * head word is part of a name ("General Assembly", "Premier League", "Justice Department"), and a
 * title-like last word after a first name is a surname ("John Major").
 */
function splitTitles(tokens: Token[], first: number, last: number): Part[] {
	const parts: Part[] = [];
	// The part being read runs from `start` to the token before `n`.
	let start = first;
	let titled = false;
	for (let n = first; n <= last; n++) {
		if (!isTitleHere(tokens, start, n, last)) {
			continue;
		}
		// "Trade Minister", "Prime Minister": qualifiers go with the title.
		let end = n - 1;
		while (end >= start && (titleModifiers.has(tokens[end].key) || titleWords.has(tokens[end].key))) {
			end--;
		}
		if (end >= start) {
			parts.push({ first: start, last: end, titled });
		}
		// "Secretary of State": the rest of the title after "of" (but "General de Gaulle" keeps "de").
		while (n < last && (isOfOrThe(tokens[n + 1]) || titleModifiers.has(tokens[n + 1].key) || titleWords.has(tokens[n + 1].key))) {
			n++;
		}
		start = n + 1;
		titled = true;
	}
	if (start <= last) {
		parts.push({ first: start, last, titled });
	}
	return parts;
}

/** A lower-case "of" or "the" inside a run ("Secretary of State", "Bank of the …"). */
function isOfOrThe(token: Token): boolean {
	return token.kind === 'lower' && (token.key === 'of' || token.key === 'the');
}

/**
 * Whether the word at `n` is a title here, and not part of a name (see `splitTitles`); the part
 * read so far starts at `start`, the run ends at `last`.
 */
function isTitleHere(tokens: Token[], start: number, n: number, last: number): boolean {
	const token = tokens[n];
	if (!titleWords.has(token.key) || token.kind !== 'cap') {
		return false;
	}
	if (n < last) {
		return !isHeadWord(tokens[n + 1].key);
	}
	// A title last: "the US President", "Sixers Director" drop it; "John Major" keeps it.
	return start === n || !firstNames.has(tokens[start].key);
}

/** A word that ends organization, place or event names ("Assembly", "Strait", "Games"). */
function isHeadWord(key: string): boolean {
	return organizationHeads.has(key) || placeHeads.has(key) || thingHeads.has(key);
}

/**
 * Drops what is not a name from the edges of a part: qualifiers ("Former …"), adjectives of
 * nationality ("Russian", "Sino-Russian", but not in "Russian Olympic Committee"); and drops events
 * and documents ("Winter Olympics", "Global Development Initiative"), keeping a place that opens
 * them ("Beijing Winter Olympics" → "Beijing").
 */
function trimPart(tokens: Token[], part: Part): Part | undefined {
	let { first, last } = part;
	while (first < last && nameQualifiers.has(tokens[first].key)) {
		first++;
	}
	// The head is the last word, or the word before "of"/"for" ("Agenda for Sustainable Development").
	let head = first;
	while (head < last && tokens[head + 1].kind !== 'lower') {
		head++;
	}
	if (thingHeads.has(tokens[head].key) && !(first < head && firstNames.has(tokens[first].key))) {
		// "Beijing Winter Olympics": the place that opens the event's name is still a place.
		for (let end = head - 1; end >= first; end--) {
			if (gazetteer.has(keyOf(tokens, first, end))) {
				return { ...part, first, last: end };
			}
		}
		return undefined;
	}
	const endsWithHead = organizationHeads.has(tokens[last].key) || placeHeads.has(tokens[last].key);
	while (first <= last && isDemonymToken(tokens[first]) && (first === last || !endsWithHead)) {
		first++;
	}
	while (last >= first && isDemonymToken(tokens[last])) {
		last--;
	}
	// "Assistant", "Jr.", "L." alone: what is left of a title or a name.
	let leftover = true;
	for (let i = first; i <= last && leftover; i++) {
		leftover = titleModifiers.has(tokens[i].key) || titleWords.has(tokens[i].key) || nameSuffixes.has(tokens[i].key) || tokens[i].kind === 'initial';
	}
	return first > last || leftover ? undefined : { ...part, first, last };
}

/** An adjective of nationality or a compound of them ("Russian", "Sino-Russian", "Anti-Western", "Muslims"). */
function isDemonymToken(token: Token): boolean {
	if (token.kind !== 'cap') {
		return false;
	}
	if (token.key.includes('-')) {
		return token.key.split('-').every((piece, n) => isDemonym(piece) || (n === 0 && hyphenPrefixes.has(piece)));
	}
	return isDemonym(token.key);
}

/** A demonym from the list, or its plural ("Muslims", "Uyghurs"). */
function isDemonym(key: string): boolean {
	return demonyms.has(key) || (key.endsWith('s') && demonyms.has(key.slice(0, -1)));
}

/**
 * Readings of the folder that refine a part in an article: a word that opens a sentence is a
 * name only if the folder says so; "Putin-Xi summit" is two names; "Dravonia Aleksandr
 * Varennikoff" (the title before it cut out) is a place and a person; "Kestrian" after "Kestria"
 * is an adjective.
 */
function refinePart(tokens: Token[], part: Part, evidence: NameEvidence, text: string): Part[] {
	if (part.forced) {
		return [part];
	}
	let { first } = part;
	const { last } = part;
	if (isDerivedDemonym(tokens[first].key, evidence) && (first === last || !isHeadWord(tokens[last].key))) {
		first++;
	}
	if (first > last) {
		return [];
	}
	if (tokens[first].opening) {
		if (first === last && !isKnownSingle(tokens[first], evidence)) {
			return [];
		}
		if (first < last && isSentenceWord(tokens[first], evidence, text)) {
			first++;
		}
	}
	const refined = { ...part, first };
	return splitCompound(tokens, refined, evidence) ?? splitPlacePerson(tokens, refined, evidence) ?? [refined];
}

/** A word that the folder writes as a name, or an acronym, a known place or organization. */
function isKnownSingle(token: Token, evidence: NameEvidence): boolean {
	return token.kind === 'upper' || evidence.names.has(token.key) || gazetteer.has(token.key) || knownOrganizations.has(token.key) || isPlaceByDemonym(token.key, evidence);
}

/**
 * The first word of a sentence that is an ordinary word: never a name in the folder, and used in
 * lower case elsewhere in the article or shaped like a verb or adverb ("Calling Putin …",
 * "Considering Lionsgate …"). First names and known places stay ("Yuri Ushakov said …").
 */
function isSentenceWord(token: Token, evidence: NameEvidence, text: string): boolean {
	if (evidence.names.has(token.key) || firstNames.has(token.key) || gazetteer.has(token.key) || knownOrganizations.has(token.key) || token.kind !== 'cap') {
		return false;
	}
	return verbalEndingPattern.test(token.key) || usedInLowerCase(text, token.key);
}

/** Whether a word stands in lower case somewhere in the text ("artist" for a sentence-initial "Artist"). */
function usedInLowerCase(text: string, word: string): boolean {
	for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
		if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[at + word.length] ?? ' ')) {
			return true;
		}
	}
	return false;
}

/**
 * Splits a hyphenated pair of names used as a modifier: "Putin-Xi summit", "China-Russia
 * relations", when each half is a name on its own. "Indo-Pacific" and "Jean-Stéphane" stay whole.
 */
function splitCompound(tokens: Token[], part: Part, evidence: NameEvidence): Part[] | undefined {
	const token = tokens[part.first];
	if (part.first !== part.last || !token.key.includes('-') || gazetteer.has(token.key)) {
		return undefined;
	}
	const pieces = token.key.split('-');
	if (!pieces.every((piece) => evidence.names.has(piece) || gazetteer.has(piece) || knownOrganizations.has(piece))) {
		return undefined;
	}
	let start = token.start;
	return pieces.map((key) => {
		const piece = { start, end: start + key.length, key };
		start = piece.end + 1;
		return { ...part, titled: false, piece };
	});
}

/**
 * Splits a place that runs into a person's name once the title between them is gone:
 * "the President of Dravonia Aleksandr Varennikoff" → "Dravonia", "Aleksandr Varennikoff". The
 * rest must read as a person: a first name, or a name the folder gives to a person elsewhere.
 */
function splitPlacePerson(tokens: Token[], part: Part, evidence: NameEvidence): Part[] | undefined {
	for (let end = part.first; end < part.last; end++) {
		const place = keyOf(tokens, part.first, end);
		if (!(gazetteer.has(place) || isPlaceByDemonym(place, evidence) || majority(evidence.votes.get(place)) === 'place')) {
			continue;
		}
		const rest = keyOf(tokens, end + 1, part.last);
		if (firstNames.has(tokens[end + 1].key) || majority(evidence.votes.get(rest)) === 'person') {
			return [
				{ first: part.first, last: end, titled: false },
				{ first: end + 1, last: part.last, titled: part.titled },
			];
		}
	}
	return undefined;
}

/** The key of the words from `first` to `last`. */
function keyOf(tokens: Token[], first: number, last: number): string {
	let key = tokens[first].key;
	for (let i = first + 1; i <= last; i++) {
		key += ' ' + tokens[i].key;
	}
	return key;
}

/**
 * A place the folder names through its adjective: "Kestria" when "Kestrian" stands before a
 * lower-case word ("Kestrian officials"), "Russia" for "Russian", "Italy" for "Italian".
 */
function isPlaceByDemonym(key: string, evidence: NameEvidence): boolean {
	if (key.length < 4 || key.includes(' ')) {
		return false;
	}
	const stem = key.slice(0, -1);
	return [key + 'n', key + 'an', key + 'ian', key + 'i', key + 'ese', stem + 'ian', stem + 'an', stem + 'ese'].some((form) => evidence.adjectives.has(form));
}

/**
 * An adjective made from a place the folder names: "Kestrian" when "Kestria" is a name,
 * "Dravonians" when "Dravonia" is. NOTE: only for words that end as demonyms do (-n, -i, -ese, -ish).
 */
function isDerivedDemonym(key: string, evidence: NameEvidence): boolean {
	const word = /(?:ns|is)$/.test(key) ? key.slice(0, -1) : key;
	if (gazetteer.has(word) || !/^\p{L}+$/u.test(word)) {
		return false;
	}
	return demonymBases(word).some((base) => base.length >= 4 && (gazetteer.has(base) || (evidence.votes.has(base) && !firstNames.has(base))));
}

/**
 * The places a demonym can come from: "-n"/"-i" added ("Kestria-n", "Iraq-i"), "-ian"/"-ese"
 * after a consonant or for a final vowel ("Egypt-ian", "Japan-ese", "Canad-ian" ← "Canada",
 * "Chin-ese" ← "China", "Ital-ian" ← "Italy"), "-an" for "-o" or after a consonant ("Mexic-an",
 * "Tibet-an").
 */
function demonymBases(word: string): string[] {
	const bases: string[] = [];
	if (/[ni]$/.test(word)) {
		bases.push(word.slice(0, -1));
	}
	if (/(?:ian|ese)$/.test(word)) {
		const stem = word.slice(0, -3);
		bases.push(stem, stem + 'a', stem + 'y');
	} else if (word.endsWith('an')) {
		const stem = word.slice(0, -2);
		bases.push(stem, stem + 'o');
	}
	return bases;
}

/**
 * The type of a part: what its words say (a known place, a head word, a first name), then an
 * acronym (an organization), then a place known by its adjective, then how the folder's contexts
 * voted for this name, then its own context; a lone unknown word or two or three unknown words
 * are a person, a longer run an organization.
 */
function typeOf(tokens: Token[], part: Part, evidence: NameEvidence): EntityType {
	if (part.forced) {
		return part.forced;
	}
	const key = part.piece?.key ?? keyOf(tokens, part.first, part.last);
	const words = key.split(' ');
	const lexical = lexicalType(words);
	if (lexical) {
		return lexical;
	}
	if (!part.piece && words.length === 1 && tokens[part.first].kind === 'upper' && key.length <= 5) {
		return 'organization';
	}
	if (isPlaceByDemonym(key, evidence)) {
		return 'place';
	}
	return majority(evidence.votes.get(key)) ?? contextType(tokens, part) ?? (words.length > 3 ? 'organization' : 'person');
}

/** The type with most votes, `undefined` when no vote was cast. */
function majority(votes: Record<EntityType, number> | undefined): EntityType | undefined {
	if (!votes) {
		return undefined;
	}
	const best = Math.max(votes.person, votes.organization, votes.place);
	if (best === 0) {
		return undefined;
	}
	return votes.person === best ? 'person' : votes.place === best ? 'place' : 'organization';
}

/**
 * What the words around a part say about its type:
 * - "President Xi" (a title cut out), "coach Maurice Cheeks", "said Xi", "Xi said", "Putin, who": person;
 * - "J. K. Rowling" (initials): person;
 * - "the Xinjiang region", "in Beijing", "Eddie Jordan of Washington": place;
 * - "Kremlin aide", "Xinhua news agency", "the Kremlin said", "the “Quad” grouping": organization.
 */
function contextType(tokens: Token[], part: Part): EntityType | undefined {
	if (part.titled) {
		return 'person';
	}
	const previous = tokens[part.first].joined || tokens[part.first].gap === 'quote' ? tokens[part.first - 1] : undefined;
	const after = tokens[part.last + 1];
	const next = after?.joined && after.kind === 'lower' ? after : undefined;
	if (part.last > part.first && tokens[part.first].kind === 'initial' && tokens[part.last].kind === 'cap') {
		return 'person';
	}
	if (next && placeNouns.has(next.key)) {
		return 'place';
	}
	if (next && organizationNouns.has(next.key)) {
		return 'organization';
	}
	if (previous?.key === 'the' && (!next || speechVerbs.has(next.key) || auxiliaries.has(next.key))) {
		return 'organization';
	}
	if ((next && speechVerbs.has(next.key)) || (after?.key === 'who' && after.gap === 'comma')) {
		return 'person';
	}
	if (previous && (speechVerbs.has(previous.key) || titleWords.has(previous.key))) {
		return 'person';
	}
	// "Eddie Jordan of Washington", "the president of Dravonia"; not "Director of Player Personnel".
	const owner = tokens[part.first - 2];
	if (previous?.key === 'of' && owner && (titleWords.has(owner.key) ? owner.kind === 'lower' : isNameWord(owner))) {
		return 'place';
	}
	// "in Beijing"; but "in Cheeks's firing" is no place.
	if (previous && placePrepositions.has(previous.key) && !tokens[part.last].closes) {
		return 'place';
	}
	return undefined;
}

/** Records the words of a paragraph of ordinary prose: capitalised mid-sentence, acronyms, adjectives. */
function recordWords(tokens: Token[], evidence: NameEvidence): void {
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i];
		if (token.shouted) {
			continue;
		}
		if (token.kind === 'upper' && token.key.length >= 2 && token.key.length <= 5) {
			evidence.acronyms.add(token.key);
		}
		if (token.kind !== 'cap') {
			continue;
		}
		if (!token.opening) {
			evidence.capitalised.add(token.key);
		}
		const next = tokens[i + 1];
		if (next?.joined && next.kind === 'lower' && !token.closes) {
			evidence.adjectives.add(token.key);
		}
	}
}

/**
 * Records a candidate name: its words for `names` (a word alone, or the first or last word of a
 * longer name, inside a sentence; never a head word like "Agency"), and its context's vote.
 */
function recordPart(tokens: Token[], part: Part, evidence: NameEvidence): void {
	const opening = tokens[part.first].opening;
	if (part.first === part.last && opening && !part.forced) {
		return;
	}
	const key = keyOf(tokens, part.first, part.last);
	let votes = evidence.votes.get(key);
	if (!votes) {
		votes = { person: 0, organization: 0, place: 0 };
		evidence.votes.set(key, votes);
	}
	const type = part.forced ?? contextType(tokens, part);
	if (type) {
		votes[type]++;
	}
	// "coach Maurice Cheeks" also tells that "Cheeks" alone is a person.
	if (type === 'person' && part.last > part.first) {
		const surname = tokens[part.last].key;
		const own = evidence.votes.get(surname) ?? { person: 0, organization: 0, place: 0 };
		own.person++;
		evidence.votes.set(surname, own);
	}
	// "Xi" of "Xi Jinping" is a name alone; "United" of "United Nations" is not.
	const lexical = part.first === part.last ? undefined : lexicalType(key.split(' '));
	const personLike = lexical === undefined || lexical === 'person';
	const edges = opening || !personLike ? [tokens[part.last]] : [tokens[part.first], tokens[part.last]];
	for (const token of edges) {
		if (token.kind === 'cap' && !isHeadWord(token.key) && !nameSuffixes.has(token.key)) {
			evidence.names.add(token.key);
		}
	}
}
