import * as chrono from 'chrono-node';
import { parse as parseYaml } from 'yaml';
import * as outletNameModule from './outletName';
import type { ArticleMeta, Span } from './types';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { outletOfByline, siteNameOf } = outletNameModule;

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

/** A breadcrumb segment's characters: letters, digits, `&`, `'`, space, `.` and `-`. */
const breadcrumbSegmentPattern = /^[\p{L}\p{N}&' .-]+$/u;

/** The longest breadcrumb segment ("Home", "World News", "Asia-Pacific"). */
const maxBreadcrumbSegment = 30;

/**
 * `Home » Nation`, `News › World › Asia`: short segments joined by a breadcrumb separator.
 * NOTE: a scan, not one regular expression: the pattern
 * `[seg]{1,30}(?:[ \t]*[»›][ \t]*[seg]{1,30})+` lets the spaces fall inside a segment or around a
 * separator, and backtracks exponentially on a line that fails at its end ("Aa » bb » … x!":
 * 82 characters took 110 s). Cutting at the separators first leaves one test per segment.
 */
export function isBreadcrumb(line: string): boolean {
	if (line.length > 2000 || !/[»›]/.test(line)) {
		return false;
	}
	const segments = line.split(/[»›]/);
	return segments.length >= 2 && segments.every(isBreadcrumbSegment);
}

/**
 * One segment with the blanks around it: `[ \t]*` + 1 to 30 segment characters + `[ \t]*`. The
 * blanks may count as either, so the segment is the part between them, or a single space of them.
 */
function isBreadcrumbSegment(part: string): boolean {
	const core = part.replace(/^[ \t]+/, '').replace(/[ \t]+$/, '');
	if (core === '') {
		return part.includes(' ');
	}
	return core.length <= maxBreadcrumbSegment && breadcrumbSegmentPattern.test(core);
}

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

/** Reads `outlet` (or `source`, `publisher`, `site`), `date`, `title`, `byline` (or `author`) and `url` from YAML. */
function readFrontMatter(yaml: string): Partial<ArticleMeta> {
	let data: unknown;
	try {
		data = parseYaml(yaml);
	} catch {
		return {};
	}
	if (!data || typeof data !== 'object') {
		return {};
	}
	const record = data as Record<string, unknown>;
	const pick = (...keys: string[]): string | undefined => {
		for (const key of keys) {
			const value = record[key];
			if (value instanceof Date) {
				return value.toISOString().slice(0, 10);
			}
			if (typeof value === 'string' || typeof value === 'number') {
				return String(value).trim() || undefined;
			}
			if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
				return value.join(', ');
			}
		}
		return undefined;
	};
	const meta: Partial<ArticleMeta> = {};
	const outlet = pick('outlet', 'source', 'publisher', 'site', 'publication');
	const date = pick('date', 'published', 'pubDate');
	const title = pick('title', 'headline');
	const byline = pick('byline', 'author', 'authors');
	const url = pick('url', 'link', 'canonical');
	if (outlet) {
		meta.outlet = outlet;
	}
	if (date) {
		meta.date = isoDateOf(date) ?? date;
	}
	if (title) {
		meta.title = title;
	}
	if (byline) {
		meta.byline = byline.replace(/^by\s+/i, '');
	}
	if (url) {
		meta.url = url;
	}
	return meta;
}

/**
 * A line that is only a date ("Wednesday, March 4, 2026", "4 March 2026", "2026-03-04"):
 * chrono finds a date with a year that covers nearly all of the line.
 */
function readDateLine(line: string): string | undefined {
	const trimmed = line.trim();
	if (trimmed.length > 60 || !/\d{4}/.test(trimmed)) {
		return undefined;
	}
	const found = chrono.parse(trimmed);
	if (found.length !== 1 || !found[0].start.isCertain('year')) {
		return undefined;
	}
	const rest = trimmed.replace(found[0].text, '').replace(/[\s,.|–—-]+/g, '');
	return rest.length <= 3 ? formatDate(found[0].start.date()) : undefined;
}

/** The longest headline, and the longest date after it ("– Wednesday, March 4, 2026 at 9:12 a.m. ET"). */
const maxHeadlineLength = 160;
const maxDateTailLength = 80;

/**
 * The patterns of `readHeadline`, built once: a literal with `\p{…}` inside a function is rebuilt
 * at every call once compiled for Node 20 (see `entities/wordShapes.ts`). "Talks end. Ships sail"
 * has a sentence break; a headline opens with a capital, a digit or a quotation mark.
 */
const sentenceBreakPattern = /[.!?]\s+\p{Lu}/u;
const headlineStartPattern = /^[\p{Lu}\p{N}'‘“"]/u;

/**
 * A headline: no final full stop, not too long, and not a quote's tail. A trailing
 * "– March 4, 2026 at 9:12 a.m." is the publication date, cut off the title.
 */
function readHeadline(line: string): { title: string; date?: string } | undefined {
	let title = line.trim();
	// A line this long is no headline, even with a date cut off it: spare chrono (and the pattern below) a huge tail.
	if (title.length > maxHeadlineLength + maxDateTailLength) {
		return undefined;
	}
	let date: string | undefined;
	const dated = /^(.*\S)\s+[–—|-]\s+(.+)$/.exec(title);
	if (dated) {
		const found = chrono.parse(dated[2]);
		if (found.length > 0 && found[0].index === 0 && found[0].start.isCertain('year')) {
			title = dated[1];
			date = formatDate(found[0].start.date());
		}
	}
	// "The dockers voted. READ MORE …": a full stop inside means prose, not a headline.
	const hasSentenceBreak = sentenceBreakPattern.test(title);
	if (title.length > maxHeadlineLength || title.length < 8 || hasSentenceBreak || /[.!?:;,…”"’)]$/.test(title) || !headlineStartPattern.test(title)) {
		return undefined;
	}
	return date ? { title, date } : { title };
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

function isoDateOf(value: string): string | undefined {
	if (/^\d{4}-\d{2}-\d{2}/.test(value)) {
		return value.slice(0, 10);
	}
	const found = chrono.parseDate(value);
	return found ? formatDate(found) : undefined;
}

/** `YYYY-MM-DD` of a date's local calendar day (chrono builds dates in local time). */
export function formatDate(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
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
