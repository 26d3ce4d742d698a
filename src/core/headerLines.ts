/**
 * What one line at the top of an article can be, read alone: breadcrumbs (`Home » World`), YAML
 * front matter's facts, a line that is only a date, a headline (with a publication date after a
 * dash cut off it). `header.ts` walks the lines and decides where the body starts.
 */
import * as chrono from 'chrono-node';
import { parse as parseYaml } from 'yaml';
import type { ArticleMeta } from './types';

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

/** Reads `outlet` (or `source`, `publisher`, `site`), `date`, `title`, `byline` (or `author`) and `url` from YAML. */
export function readFrontMatter(yaml: string): Partial<ArticleMeta> {
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
export function readDateLine(line: string): string | undefined {
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
export function readHeadline(line: string): { title: string; date?: string } | undefined {
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
