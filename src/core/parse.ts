import * as boilerplateModule from './boilerplate';
import * as headerModule from './header';
import * as markdownModule from './markdown';
import * as outletNameModule from './outletName';
import * as segmentModule from './segment';
import { asReaderSees } from './text/readerText';
import type { Article, ParsedArticle, Span } from './types';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { findBoilerplate } = boilerplateModule;
const { readHeader } = headerModule;
const { findMarkup } = markdownModule;
const { fallbackOutlet } = outletNameModule;
const { findParagraphs, findSentences } = segmentModule;

/** An article's text as read from disk or from an editor. */
export interface ArticleSource {
	/** Unique id within the folder. */
	id: string;
	/** Path or URI, shown to the reader. */
	path: string;
	/** The decoded text. */
	text: string;
	/** How it was decoded (default: `utf-8`). */
	encoding?: string;
}

/**
 * Reads an article: its header (front matter, date, headline, by-line), its boilerplate, and its
 * body split into paragraphs and sentences. Markdown (by extension, or by front matter) has its
 * markup blanked so that the extractors only see prose.
 *
 * @param source The article's text and where it comes from.
 * @returns The parsed article; all spans are offsets into `source.text` (inside a word that held an
 *   invisible character, a soft hyphen or a zero-width space, they may end early: see `text/readerText.ts`).
 */
export function parseArticle(source: ArticleSource): ParsedArticle {
	// "Vas\u00ADquez" (a soft hyphen from a web page) is the "Vasquez" a reader sees, "４,０００" is 4,000.
	const text = asReaderSees(source.text);
	const header = readHeader(text);
	const bodyBoilerplate = findBoilerplate(text, header.bodyStart);
	const boilerplate = [...header.boilerplate, ...bodyBoilerplate].sort((a, b) => a.start - b.start);
	const article: Article = {
		id: source.id,
		path: source.path,
		text,
		encoding: source.encoding ?? 'utf-8',
		meta: { ...header.meta, outlet: header.meta.outlet ?? fallbackOutlet(source.path, header.meta.title, text.slice(header.bodyStart, header.bodyStart + 400)) },
		bodyStart: header.bodyStart,
		boilerplate,
	};

	const title = header.titleSpan;
	// The header is hidden but its headline, which is read as a passage of its own.
	const hidden: Span[] = title ? [{ start: 0, end: title.start }, { start: title.end, end: header.bodyStart }, ...boilerplate] : [{ start: 0, end: header.bodyStart }, ...boilerplate];
	if (isMarkdown(source.path, text)) {
		// NOTE: a loop, not `push(...)`: a large file can hold more markup spans than a call takes arguments.
		for (const span of findMarkup(text, header.bodyStart)) {
			hidden.push(span);
		}
	}
	const prose = blank(text, hidden);
	const body = findParagraphs(prose, header.bodyStart);
	const paragraphs = title ? [title, ...body] : body;
	const parsed: ParsedArticle = { article, text: prose, paragraphs, sentences: findSentences(prose, paragraphs) };
	if (title) {
		parsed.headline = title;
	}
	return parsed;
}

/** Markdown by extension, or any file that opens with YAML front matter. */
function isMarkdown(path: string, text: string): boolean {
	return /\.(md|markdown|mdown|mkd)$/i.test(path) || /^---\r?\n/.test(text);
}

/**
 * Replaces every character inside the spans with a space, keeping line ends, so that offsets
 * and line numbers stay those of the original.
 */
export function blank(text: string, spans: Span[]): string {
	if (spans.length === 0) {
		return text;
	}
	const sorted = [...spans].sort((a, b) => a.start - b.start);
	let out = '';
	let at = 0;
	for (const { start, end } of sorted) {
		const from = Math.max(at, start);
		const to = Math.min(end, text.length);
		if (to <= from) {
			continue;
		}
		out += text.slice(at, from) + text.slice(from, to).replace(/[^\r\n]/g, ' ');
		at = to;
	}
	return out + text.slice(at);
}
