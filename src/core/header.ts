import * as headerLinesModule from './headerLines';
import * as outletNameModule from './outletName';
import type { ArticleMeta, Span } from './types';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { outletOfByline, siteNameOf } = outletNameModule;
const { isBreadcrumb, readDateLine, readFrontMatter, readHeadline } = headerLinesModule;

/** What the top of an article holds. */
export interface Header {
	/** Facts about the article; `outlet` may still be missing here (the caller falls back to the file name). */
	meta: Partial<ArticleMeta>;
	/** Offset where the body starts. */
	bodyStart: number;
	/** Parts of the header that are boilerplate (breadcrumbs), to report alongside the body's. */
	boilerplate: Span[];
	/** Where `meta.title` stands in the text, when it is written there as it reads (not for a title YAML folds or escapes). */
	titleSpan?: Span;
}

/** How many non-blank lines at the top may still be header before the body must have begun. */
const maxHeaderLines = 8;

/**
 * `---` YAML `---` at the very start of a Markdown file.
 * NOTE: the closing fence must sit on a line of its own; a `---` rule later in the body is not one.
 */
const frontMatterPattern = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** A ` date 2026-03-04 ` header line, possibly followed on the same line by breadcrumbs or the first sentence. */
const dateHeaderPattern = /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*/i;

/** `by Ines Dorr`, `By A. Doe and B. Roe`, `BY JOHN DOE, Staff writer`. */
const bylinePattern = /^[ \t]*by[ \t]+([\p{Lu}][^\n\r]{1,100}?)[ \t]*$/iu;

/** A URL alone on the first line, as in scraped copy. */
const urlLinePattern = /^[ \t]*(https?:\/\/[^\s]+)[ \t]*$/;

/** `HALDEN, March 4 (Nordwire) – `: a dateline naming the agency that filed the story. */
const datelineAgencyPattern = /^[\p{Lu}][\p{Lu}\p{L} .'-]{1,40},[^()\n]{0,40}\(([\p{L}][\p{L} .&-]{1,30})\)[ \t]*[–—-]/u;

/** `HALDEN (Nordwire) — `: a dateline with no date, its place in capitals ("Brenn (who …) -" is prose). */
const datelineAgencyUndatedPattern = /^[\p{Lu}][\p{Lu} .'-]{1,40}[ \t]+\(([\p{L}][\p{L} .&-]{1,30})\)[ \t]*[–—-]/u;

/**
 * Reads the header of an article: YAML front matter, a URL line, ` date YYYY-MM-DD `, a date line
 * ("Wednesday, March 4, 2026"), a headline (a line without final punctuation, or one ending
 * in "– March 4, 2026 at 9:12 a.m."), a by-line and breadcrumbs. Stops at the first line of
 * prose, which is where the body starts.
 *
 * @param text The article's text.
 * @returns Meta data, where the body starts, and breadcrumbs found in the header.
 */
export function readHeader(text: string): Header {
	const meta: Partial<ArticleMeta> = {};
	const boilerplate: Span[] = [];
	let offset = 0;
	let titleSpan: Span | undefined;

	const frontMatter = frontMatterPattern.exec(text);
	if (frontMatter) {
		Object.assign(meta, readFrontMatter(frontMatter[1]));
		offset = frontMatter[0].length;
		titleSpan = meta.title === undefined ? undefined : frontMatterTitleSpan(text, offset, meta.title);
	}

	let headerLines = 0;
	while (offset < text.length && headerLines < maxHeaderLines) {
		const lineEnd = findLineEnd(text, offset);
		const line = text.slice(offset, lineEnd);
		const next = skipLineBreak(text, lineEnd);
		if (line.trim() === '') {
			offset = next;
			continue;
		}
		headerLines++;

		const dateHeader = dateHeaderPattern.exec(line);
		if (dateHeader) {
			meta.date ??= dateHeader[1];
			const restStart = offset + dateHeader[0].length;
			const rest = text.slice(restStart, lineEnd);
			if (rest.trim() === '') {
				offset = next;
				continue;
			}
			if (isBreadcrumb(rest)) {
				boilerplate.push(trimSpan(text, restStart, lineEnd));
				offset = next;
				continue;
			}
			// " date 2026-03-04 Dock workers returned …": the body starts on this very line.
			return titleSpan ? { meta, bodyStart: restStart, boilerplate, titleSpan } : { meta, bodyStart: restStart, boilerplate };
		}

		const url = urlLinePattern.exec(line);
		if (url && headerLines === 1) {
			meta.url ??= url[1];
			offset = next;
			continue;
		}
		if (isBreadcrumb(line)) {
			boilerplate.push(trimSpan(text, offset, lineEnd));
			offset = next;
			continue;
		}
		const byline = bylinePattern.exec(line);
		if (byline) {
			meta.byline ??= byline[1].trim();
			meta.outlet ??= outletOfByline(byline[1].trim());
			offset = next;
			continue;
		}
		if (/^[ \t]*#{1,6}[ \t]+\S/.test(line) && meta.title === undefined) {
			meta.title = line.replace(/^[ \t]*#{1,6}[ \t]+/, '').replace(/[ \t#]+$/, '');
			titleSpan = spanIn(text, offset, lineEnd, meta.title);
			offset = next;
			continue;
		}
		// "Marsh Valley Gazette" above the headline: the site's name, as scraped copy opens.
		const site = meta.title === undefined && meta.outlet === undefined ? siteNameOf(line) : undefined;
		if (site && isHeaderLineNext(text, next)) {
			meta.outlet = site;
			offset = next;
			continue;
		}
		const dateLine = readDateLine(line);
		if (dateLine) {
			meta.date ??= dateLine;
			offset = next;
			continue;
		}
		const headline = readHeadline(line);
		if (headline && meta.title === undefined && !isLastLine(text, next) && !wrapsOnto(text, next)) {
			meta.title = headline.title;
			meta.date ??= headline.date;
			titleSpan = spanIn(text, offset, lineEnd, headline.title);
			offset = next;
			continue;
		}
		break;
	}

	const opening = text.slice(offset, offset + 200).trimStart();
	const agency = datelineAgencyPattern.exec(opening) ?? datelineAgencyUndatedPattern.exec(opening);
	if (agency) {
		meta.outlet ??= agency[1].trim();
	}
	if (meta.url && !meta.outlet) {
		meta.outlet = hostOf(meta.url);
	}
	return titleSpan ? { meta, bodyStart: offset, boilerplate, titleSpan } : { meta, bodyStart: offset, boilerplate };
}

/** Where `title` first stands between `from` and `to`, when it does. */
function spanIn(text: string, from: number, to: number, title: string): Span | undefined {
	const at = text.slice(from, to).indexOf(title);
	return at < 0 ? undefined : { start: from + at, end: from + at + title.length };
}

/**
 * The title's span in front matter, on its `title:` (or `headline:`) line, when YAML left it as
 * written there: `title: Ferry strike ends` or `title: "Ferry strike ends"`, not a folded block.
 */
function frontMatterTitleSpan(text: string, end: number, title: string): Span | undefined {
	const line = /^(?:title|headline)[ \t]*:[^\r\n]*/m.exec(text.slice(0, end));
	return line ? spanIn(text, line.index, line.index + line[0].length, title) : undefined;
}

/** Whether the next non-blank line is still header (a headline, a date, a by-line), not prose. */
function isHeaderLineNext(text: string, from: number): boolean {
	const rest = text.slice(from, from + 400).replace(/^\s+/, '');
	const line = rest.slice(0, findLineEnd(rest, 0));
	return line !== '' && (bylinePattern.test(line) || dateHeaderPattern.test(line) || /^[ \t]*#{1,6}[ \t]+\S/.test(line) || readDateLine(line) !== undefined || readHeadline(line) !== undefined);
}

/**
 * Whether the line starting at `next` carries on the line before it: hard-wrapped prose, whose
 * first line has no final punctuation either ("The dockers voted to return after a strike that
 * lasted" / "nine days."). A headline is followed by a blank line or by a line of its own.
 */
function wrapsOnto(text: string, next: number): boolean {
	return /^[ \t]*\p{Ll}/u.test(text.slice(next, next + 80));
}

function isLastLine(text: string, next: number): boolean {
	return text.slice(next).trim() === '';
}

function hostOf(url: string): string | undefined {
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return undefined;
	}
}

function findLineEnd(text: string, from: number): number {
	for (let i = from; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code === 10 || code === 13) {
			return i;
		}
	}
	return text.length;
}

function skipLineBreak(text: string, at: number): number {
	if (text[at] === '\r' && text[at + 1] === '\n') {
		return at + 2;
	}
	return at < text.length ? at + 1 : at;
}

function trimSpan(text: string, start: number, end: number): Span {
	while (start < end && /\s/.test(text[start])) {
		start++;
	}
	while (end > start && /\s/.test(text[end - 1])) {
		end--;
	}
	return { start, end };
}
