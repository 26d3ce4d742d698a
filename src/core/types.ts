/**
 * The data the analysis core returns. Plain, serialisable objects: no classes, no `vscode`.
 *
 * Every span is a pair of UTF-16 offsets into `Article.text` (the decoded file, byte order mark
 * removed, line ends untouched, read as a reader sees it: `text/readerText.ts` moves invisible
 * characters such as soft hyphens to the end of their word and reads "４" as "4"), so
 * `article.text.slice(start, end)` is what the file holds there. `toPosition` in `lineIndex.ts`
 * turns an offset into the 0-based line/character VS Code uses.
 */

/** A half-open range `[start, end)` of UTF-16 offsets into `Article.text`. */
export interface Span {
	/** Offset of the first code unit. */
	start: number;
	/** Offset just past the last code unit. */
	end: number;
}

/** A 0-based line and UTF-16 character, as `vscode.Position` counts them. */
export interface Position {
	/** 0-based line. */
	line: number;
	/** 0-based UTF-16 offset within the line. */
	character: number;
}

/** What the header, front matter or file name tell about an article. */
export interface ArticleMeta {
	/** The outlet: front matter `outlet`/`source`, an agency dateline `(Tidewire)`, a URL's host, else the file name. */
	outlet: string;
	/** Publication date as `YYYY-MM-DD`, when the article says it. */
	date?: string;
	/** Headline, when the article has one. */
	title?: string;
	/** Author line without its leading "by". */
	byline?: string;
	/** Address the article was taken from. */
	url?: string;
}

/** One decoded article file. */
export interface Article {
	/** Short id, unique in its folder (the file name without extension, made unique). */
	id: string;
	/** Path as given to the loader. */
	path: string;
	/** The decoded text, as a reader sees it (`text/readerText.ts`): offsets of every span point into it. */
	text: string;
	/** How the bytes were decoded: `utf-8`, `utf-16le`, `utf-16be`, or the encoding the file declares (`windows-1252`). */
	encoding: string;
	/** Header facts. */
	meta: ArticleMeta;
	/** Offset where the body (the analysed text) starts, after front matter and header lines. */
	bodyStart: number;
	/** Boilerplate kept out of the analysis ("READ MORE …", breadcrumbs, credit lines). */
	boilerplate: Span[];
}

/** A paragraph or a sentence of the body. */
export interface Sentence extends Span {
	/** Index of the paragraph it belongs to, in `ParsedArticle.paragraphs`. */
	paragraph: number;
	/**
	 * The words, as the word scanner finds them (`text/words.ts`: punctuation and white space left
	 * out), each as its start and end in turn: `[start0, end0, start1, end1, …]` (`wordSpans` in
	 * `text/sentences.ts` reads them as spans). Flat, as a folder of a thousand articles holds half a
	 * million words, and a span object each cost 40 bytes and a collector's visit.
	 */
	words: number[];
}

/**
 * An article ready for the extractors: the original, plus `text`, a copy of the same length in
 * which everything that is not body prose (front matter, header lines, boilerplate, Markdown
 * markup) is blanked with spaces. Extractors read `text` and never see what they should skip,
 * yet every offset they produce is an offset in the original file.
 */
export interface ParsedArticle {
	/** The article as loaded. */
	article: Article;
	/** Same length as `article.text`; non-prose blanked with spaces. */
	text: string;
	/** Paragraphs, in order: the headline first when `headline` is set, then the body's. */
	paragraphs: Span[];
	/** Sentences, in order (the headline's in paragraph 0). */
	sentences: Sentence[];
	/**
	 * The headline, when the header writes it as it reads ("# Ferry strike ends after nine days",
	 * or a headline line above the body): a passage of its own, read and compared with other
	 * outlets' headlines. It is `paragraphs[0]`.
	 */
	headline?: Span;
}

/** Who a quote is attributed to, as the text says it. */
export interface Speaker {
	/** The name as written, titles and possessive left out (`Oleg Varnak`, `Lu`, `the Admiralty`). */
	name: string;
	/** Where that name stands; for a speaker carried over from an earlier sentence, where it was named. */
	span: Span;
	/** How it was found: next to the quote, through a pronoun ("he added"), or from the previous sentence. */
	via: 'adjacent' | 'pronoun' | 'previous';
}

/** A quotation mark pair and what it holds. */
export interface Quote extends Span {
	/** The quoted words, without the marks (may run over a paragraph break). */
	text: string;
	/** Offsets of the quoted words, without the marks. */
	inner: Span;
	/**
	 * `speech` for words someone said; `scare` for one or two words set off ("'democracy'"),
	 * `title` for names of works, `term` for a word or phrase quoted as a word ("the so-called
	 * “harbour tax”", "a slogan, “Ships First”").
	 */
	kind: 'speech' | 'scare' | 'title' | 'term';
	/**
	 * Words in quotation marks that someone said or wrote (`kind` is `speech`); `false` for reported
	 * speech ("Lu said that China would …") and for every other kind: a scare quote, a term, a title.
	 */
	direct: boolean;
	/** `false` when no closing mark was found: the quote ends at the end of its paragraph. */
	closed: boolean;
	/** The speaker, when the text names one. */
	speaker?: Speaker;
	/**
	 * The best guess when the text names nobody surely: the subject of the quote's sentence when
	 * it is no person, organisation or document ("The first incident came …, shouting “…”").
	 */
	speakerHint?: Speaker;
	/** The outlet or agency that relays the quote ("quoted by Tianbao", "told Tidewire", "according to KNT"). */
	source?: { name: string; span: Span };
	/** To whom it was said ("Borodin told Lu"). */
	addressee?: { name: string; span: Span };
	/** Nesting depth: 0 for outer quotes, 1 for a quote inside a quote. */
	depth: number;
}

/** What a figure measures. */
export type FigureKind = 'number' | 'count' | 'money' | 'percent' | 'duration' | 'date' | 'time' | 'range' | 'ordinal';

/**
 * A number in the text, normalised so that equal figures compare equal:
 * `$ 123 billion`, `US$123 billion` and `123 billion dollars` all become
 * `{ kind: 'money', value: 123e9, unit: 'USD' }`; `eleven months` and `11 months` both
 * `{ kind: 'duration', value: 11, unit: 'month' }`; `31%` and `31 percent` both `{ kind: 'percent', value: 31, unit: '%' }`.
 */
export interface Figure extends Span {
	/** What it measures. */
	kind: FigureKind;
	/** The value with its scale applied (`123 billion` → 123000000000). Dates: ms since epoch (UTC midnight). Times: minutes after midnight. Ranges: the low end. */
	value: number;
	/** Unit after normalisation: a currency code (`USD`), `%`, a singular noun for counts (`dose`, `manufacturer`), a time unit for durations (`month`), `date`, `time`, or `` for a bare number. */
	unit: string;
	/** The scale word as written (`billion`, `million`), if any. */
	scale?: string;
	/** Upper end of a range. */
	high?: number;
	/** For dates: `YYYY-MM-DD` (or `YYYY-MM`, `YYYY` for coarser dates). */
	iso?: string;
	/** The text as written. */
	text: string;
}

/** The kinds of named entity Crossread tells apart. */
export type EntityType = 'person' | 'organization' | 'place';

/** One occurrence of a name in one article. */
export interface EntityMention extends Span {
	/** The name as written, without title or possessive (`Borodin` in "President Borodin's"). */
	text: string;
	/** Best guess of what it names. */
	type: EntityType;
}

/** A mention placed in the folder: which article it is in. */
export interface LocatedMention extends Span {
	/** `Article.id` of the article it is in. */
	article: string;
	/** The exact text at the span. */
	text: string;
}

/** One person, organization or place, with every way the folder writes it. */
export interface Entity {
	/** Stable id within one analysis (`e1`, `e2`, …). */
	id: string;
	/** Best guess of what it names. */
	type: EntityType;
	/** Canonical name: the most complete form most outlets use (`Vadim Borodin`). */
	name: string;
	/** Every distinct surface form (`Vadim Borodin`, `Borodin`, `Borodine`, `BORODINE`). */
	forms: string[];
	/** Every mention, in every article. */
	mentions: LocatedMention[];
}

/** Everything found in one article. */
export interface ArticleAnalysis {
	/** The parse the findings come from. */
	parsed: ParsedArticle;
	/** Quotations. */
	quotes: Quote[];
	/** Figures. */
	figures: Figure[];
	/** Names, before grouping across the folder. */
	mentions: EntityMention[];
}

/** A problem with one input file: it is skipped or read with a caveat, never lost silently. */
export interface InputWarning {
	/** The file. */
	path: string;
	/** One line a person understands ("binary file, skipped"). */
	message: string;
}

/** Everything found in a folder of articles. */
export interface CorpusAnalysis {
	/** Per-article findings, in the order the files were given. */
	articles: ArticleAnalysis[];
	/** Names grouped into identities across the folder. */
	entities: Entity[];
	/** Files skipped or read with a caveat. */
	warnings: InputWarning[];
}

/** What kind of disagreement a discrepancy is. */
export type DiscrepancyKind = 'figure' | 'quote' | 'entity' | 'attribution' | 'omission';

/** How much a reader should care, first to last. */
export type Severity = 'high' | 'medium' | 'low';

/** One outlet's side of a discrepancy. */
export interface DiscrepancyMention extends Span {
	/** `Article.id`. */
	article: string;
	/** Exactly the file's text at the span. */
	text: string;
	/** What this outlet says, in short (`31%`, `"must"`, `Borodine`, `told Tidewire`, `not reported`). */
	variant: string;
	/** `true` for the outlets that differ from the majority (or that alone report an omitted claim). */
	odd: boolean;
	/** Words inside the passage that differ from the other outlets' versions, for marking. */
	words?: Span[];
}

/** A place where the outlets disagree, with every outlet involved (those that agree included). */
export interface Discrepancy {
	/** Stable id derived from the kind and the passages (`figure-3f2a9c`). */
	id: string;
	/** What kind of disagreement. */
	kind: DiscrepancyKind;
	/** How much it matters. */
	severity: Severity;
	/** One line a person understands at a glance (`Grain exports: 27% (A, C) vs 26 percent (B)`). */
	summary: string;
	/** Why it was flagged: which words or values differ, which outlets agree. */
	reason: string;
	/** How sure the analysis is that the passages report the same thing and really differ (0–1). */
	confidence: number;
	/** Every outlet's passage. */
	mentions: DiscrepancyMention[];
	/** Outlets (article ids) that do not report the claim at all. */
	missing: string[];
	/** The claim the passages belong to, when there is one. */
	claim?: string;
	/** Ranking score: higher is shown first. */
	rank: number;
}
