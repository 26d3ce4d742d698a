/**
 * The evaluation's own reading of an article, by plain patterns that share nothing with the
 * analysis it measures (no tokenizer, extractor or aligner of `src/core`): so a plant goes where a
 * reader would see a claim, not only where the analysis already reads one.
 */

/** One word as written: "Reid's" → norm "reid". */
export interface Word {
	start: number;
	end: number;
	/** Lower case, a final possessive dropped. */
	norm: string;
	/** Written with a capital first letter. */
	capitalized: boolean;
	/** Not a function word (see `stopWords`). */
	content: boolean;
}

/** A sentence or a headline of an article, with its content words. */
export interface Passage {
	article: string;
	start: number;
	end: number;
	/** Content words, lightly stemmed ("fires" and "fire" are one). */
	words: Set<string>;
	/** The article's headline (see `passagesOf`). */
	headline: boolean;
}

/** Function words that say nothing of the claim: "the", "was", "said"… */
const stopWords = new Set(
	(
		'a an and are as at be been but by for from had has have he her hers him his i in into is it its me my not of on or our she so than that the their them then there these they this those to us was we were what when where which who whom why will with would you your ' +
		'about after again all also am any because before being both can could did do does doing down during each few further here how if just more most no nor now off once only other over own same should some such through too under until up very while ' +
		'said says say told tells according one'
	).split(' '),
);

const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * The words of a stretch of text, in order.
 *
 * @param text The article's text.
 * @param start Where the stretch begins.
 * @param end Where it ends.
 * @returns Its words.
 */
export function wordsOf(text: string, start: number, end: number): Word[] {
	const words: Word[] = [];
	for (const match of text.slice(start, end).matchAll(wordPattern)) {
		const norm = match[0].toLowerCase().replace(/['’]s$/, '');
		words.push({ start: start + match.index, end: start + match.index + match[0].length, norm, capitalized: /^\p{Lu}/u.test(match[0]), content: !stopWords.has(norm) });
	}
	return words;
}

/** "fires" → "fire", "police" stays: a plural's s dropped, so that two outlets' number need not agree. */
function stem(norm: string): string {
	return norm.length > 3 && norm.endsWith('s') && !norm.endsWith('ss') ? norm.slice(0, -1) : norm;
}

/** A sentence ends at . ! or ? (a closing quote may follow) before a space and a capital or an opening quote: "…home. The…". */
const sentenceEnd = /[.!?]["”’']?\s+(?=["“‘']?\p{Lu})/gu;

/**
 * An article's passages: each line (a paragraph, or the headline) cut into sentences. Lines of a
 * front-matter block (`---` … `---`) are left out but its title, and so are web addresses. The
 * headline is the front matter's title, or else the first line (past a web address or a time
 * stamp) when it is short and has no final
 * punctuation ("Ferry strike ends after nine days") and more lines follow, the next not in lower
 * case (hard-wrapped prose: "The mayor closed the harbour after the storm" / "wrecked two piers.").
 *
 * @param article The article id.
 * @param text Its text.
 * @returns Its passages with at least three content words.
 */
export function passagesOf(article: string, text: string): Passage[] {
	const passages: Passage[] = [];
	let offset = 0;
	let inFrontMatter = false;
	let firstLine = true;
	for (const [n, line] of text.split('\n').entries()) {
		const lineStart = offset;
		offset += line.length + 1;
		if (line.trim() === '---' && (n === 0 || inFrontMatter)) {
			inFrontMatter = !inFrontMatter;
			continue;
		}
		if ((inFrontMatter && !/^title:/i.test(line)) || line.includes('://') || isPageStamp(line)) {
			continue;
		}
		// The first line of prose, past front matter, a web address and a time stamp.
		const opening = firstLine && !inFrontMatter && line.trim() !== '';
		if (opening) {
			firstLine = false;
		}
		const headline = (inFrontMatter && /^title:/i.test(line)) || (opening && isHeadlineLine(line) && text.slice(offset).trim() !== '' && !/^[ \t]*\p{Ll}/u.test(text.slice(offset, offset + 80)));
		let from = 0;
		const ends = [...line.matchAll(sentenceEnd)].map((match) => match.index + match[0].trimEnd().length);
		for (const to of [...ends, line.length]) {
			// "… piers. Crews …": the next sentence starts after the spaces.
			const start = lineStart + from + (line.slice(from, to).length - line.slice(from, to).trimStart().length);
			const end = lineStart + to;
			const words = new Set(wordsOf(text, start, end).filter((word) => word.content).map((word) => stem(word.norm)));
			if (words.size >= 3) {
				passages.push({ article, start, end, words, headline });
			}
			from = to;
		}
	}
	return passages;
}

/** A headline's line: under 160 characters, with no sentence punctuation at its end. */
function isHeadlineLine(line: string): boolean {
	const trimmed = line.trim();
	return trimmed.length < 160 && !/[.!?:;,…"”’')]$/.test(trimmed);
}

/** Words a page's time stamp is made of, beside its numbers: "Updated: Friday, May 3, 2024, 2:05 PM EDT". */
const stampWords = new Set(
	(
		'updated published posted modified last first on at by pm am p m a et edt est pdt pst cdt cst gmt utc bst cet ' +
		'monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun ' +
		'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec st nd rd th'
	).split(' '),
);

/**
 * A line that only stamps the page with a time ("Posted: Friday, May 3, 2024 @ 2:05 pm EDT"): when
 * an outlet published is no claim about the event, and outlets publish at different times, so
 * nothing is planted there. Read by plain patterns: a clock time and no word but stamp words.
 */
function isPageStamp(line: string): boolean {
	return /\b\d{1,2}:\s?\d{2}(?!\d)/.test(line) && (line.toLowerCase().match(/\p{L}+/gu) ?? []).every((word) => stampWords.has(word));
}

/** How much two passages share: content words in common, and the Dice overlap (2 × shared / both sizes). */
export function overlap(a: Passage, b: Passage): { shared: number; dice: number } {
	let shared = 0;
	for (const word of a.words) {
		shared += b.words.has(word) ? 1 : 0;
	}
	return { shared, dice: (2 * shared) / (a.words.size + b.words.size || 1) };
}

/** Number words a reader counts with, by value. */
export const numberWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
export const tensWords = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** A plain number as a reader spots it: digits with thousands commas and decimals, or a number word. */
export interface Numeral {
	start: number;
	end: number;
	/** What it is worth ("1,200" → 1200, "five" → 5). */
	value: number;
	/** Written as a word. */
	word: boolean;
}

const numeralPattern = new RegExp(`(?<![\\p{L}\\p{N}.,:/])(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?![\\p{L}\\p{N}:/]|[.,]\\d)|\\b(?:${[...numberWords, ...tensWords].join('|')})\\b`, 'giu');

/**
 * The numbers of a passage a reader would call a count, an amount or a share: not a year
 * ("1998") or a day of a month ("March 3": dates are planted as such), a time ("7:15"), a fraction or a date with a slash
 * ("9/11"), an ordinal ("11th"), a version ("2.0.1"), or the word "one".
 *
 * @param text The article's text.
 * @param passage Where to look.
 * @returns The numbers, in order.
 */
export function numeralsOf(text: string, passage: { start: number; end: number }): Numeral[] {
	const found: Numeral[] = [];
	const slice = text.slice(passage.start, passage.end);
	// A date written in digits ("date 2031-12-16" at a page's top): its month and day are no counts.
	const digitDates = [...slice.matchAll(digitDatePattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
	for (const match of slice.matchAll(numeralPattern)) {
		if (digitDates.some((date) => match.index >= date.start && match.index < date.end)) {
			continue;
		}
		const written = match[0];
		const word = /^\p{L}/u.test(written);
		const value = word ? wordValue(written.toLowerCase()) : Number(written.replace(/,/g, ''));
		// "one" is mostly no count: "as one who", "one of them", "no one".
		if (word && value === 1) {
			continue;
		}
		if (!word && (/^(?:19|20)\d\d$/.test(written) || monthBefore.test(text.slice(Math.max(0, passage.start + match.index - 11), passage.start + match.index)))) {
			continue;
		}
		found.push({ start: passage.start + match.index, end: passage.start + match.index + written.length, value, word });
	}
	return found;
}

const digitDatePattern = /\b\d{4}-\d{1,2}-\d{1,2}\b/g;

const monthBefore = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s$/;

function wordValue(word: string): number {
	const unit = numberWords.indexOf(word);
	return unit >= 0 ? unit : (tensWords.indexOf(word) + 2) * 10;
}

/** A straight mark right after a digit is an inch or a second, not a quotation mark: `0.98" thick`. */
const measureMark = /\d/;

/**
 * Words in quotation marks, by a plain pattern: the marks of each line paired in order, a curly
 * opening mark always opening and a curly closing one always closing, a straight one closing what
 * is open and else opening. Marks paired in order keep the words between two quotes out:
 * `"Tarnline" wants a May opening for"The Long Tide"` quotes two names and nothing between
 * them, where a pattern that takes any mark as an opening one would quote ` wants a May opening for`.
 *
 * @param text The article's text.
 * @param minLength The fewest characters a quote holds (short ones are names and terms).
 * @returns The quotes' inner spans, in order.
 */
export function quotedSpans(text: string, minLength: number): { start: number; end: number }[] {
	const spans: { start: number; end: number }[] = [];
	let lineStart = 0;
	for (const line of text.split('\n')) {
		let open = -1;
		for (const mark of line.matchAll(/["“”]/g)) {
			const at = lineStart + mark.index;
			if (mark[0] === '"' && measureMark.test(line.charAt(mark.index - 1))) {
				continue;
			}
			const closes = mark[0] === '”' || (mark[0] === '"' && open >= 0);
			if (closes && open >= 0) {
				if (at - (open + 1) >= minLength) {
					spans.push({ start: open + 1, end: at });
				}
				open = -1;
			} else if (!closes) {
				open = at;
			}
		}
		lineStart += line.length + 1;
	}
	return spans;
}
