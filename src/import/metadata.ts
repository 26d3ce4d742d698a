import type { PageDocument } from './dom';

/** What a page says about its article, before the article itself is extracted. */
export interface PageMetadata {
	/** The outlet's name ("Marsh Valley Gazette"), else the host ("gazette.example"). */
	outlet?: string;
	/** The publication date: `YYYY-MM-DD` when the page gives an ISO date, else its own words. */
	date?: string;
	/** The headline. */
	title?: string;
	/** Who wrote it ("Ilse Marrow", "Ana Ruiz and Li Wen"). */
	byline?: string;
	/** The page's address: where it was fetched from, else its canonical link or `og:url`. */
	url?: string;
	/** `true` when the page's JSON-LD says the article is not free to read (`isAccessibleForFree: false`). */
	paywalled?: boolean;
}

/** A JSON-LD object, loosely: schema.org's shapes vary (a string, an object, an array of either). */
type LinkedData = Record<string, unknown>;

/**
 * Reads the outlet, date, headline, byline and address a page declares, each from the most
 * deliberate source first: the outlet from `og:site_name`, then the JSON-LD article's `publisher`,
 * then the host; the date from `article:published_time`, then JSON-LD `datePublished`, then the first
 * `<time datetime>`; the title from JSON-LD `headline`, then `og:title`, then `<title>`; the byline
 * from JSON-LD `author`, then `<meta name="author">`. Pure: it only reads the document.
 *
 * @param document The parsed page (before Readability, which changes it).
 * @param pageUrl Where the page was fetched from (or saved from), when known.
 */
export function readMetadata(document: PageDocument, pageUrl?: string): PageMetadata {
	const article = linkedArticle(document);
	const meta = (key: string) => document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content')?.trim() || undefined;
	const url = pageUrl ?? ownAddress(document);
	const outlet = meta('og:site_name') ?? nameOf(article?.publisher) ?? hostOf(url);
	const rawTitle = stringOf(article?.headline) ?? meta('og:title') ?? document.querySelector('title')?.textContent?.trim();
	const result: PageMetadata = {
		outlet,
		date: dateOf(meta('article:published_time') ?? stringOf(article?.datePublished) ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined),
		title: rawTitle ? withoutSiteName(collapse(rawTitle), outlet) : undefined,
		byline: namesOf(article?.author) ?? meta('author') ?? meta('article:author'),
		url,
	};
	if (article?.isAccessibleForFree === false || article?.isAccessibleForFree === 'False' || article?.isAccessibleForFree === 'false') {
		result.paywalled = true;
	}
	return Object.fromEntries(Object.entries(result).filter(([, value]) => value !== undefined && value !== '')) as PageMetadata;
}

/**
 * The JSON-LD object that describes the article (`NewsArticle`, `ReportageNewsArticle`,
 * `BlogPosting`…), looked for in every `<script type="application/ld+json">`, in arrays and in
 * `@graph`; a `WebSite` or `BreadcrumbList` beside it is never taken for it.
 */
function linkedArticle(document: PageDocument): LinkedData | undefined {
	const found: LinkedData[] = [];
	const collect = (value: unknown): void => {
		if (Array.isArray(value)) {
			value.forEach(collect);
		} else if (value && typeof value === 'object') {
			found.push(value as LinkedData);
			collect((value as LinkedData)['@graph']);
		}
	};
	for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
		try {
			collect(JSON.parse(script.textContent ?? ''));
		} catch {
			// A page's broken JSON-LD is its own business: the other sources still count.
		}
	}
	return found.find((item) => [item['@type']].flat().some((type) => typeof type === 'string' && /Article|BlogPosting|Report/.test(type)));
}

/** `"Gazette"`, `{ "name": "Gazette" }` or a list of them → the first name. */
function nameOf(value: unknown): string | undefined {
	const first = Array.isArray(value) ? value[0] : value;
	return stringOf(first) ?? stringOf((first as LinkedData | undefined)?.name);
}

/** Authors as one byline: `[{ name: "Ana Ruiz" }, { name: "Li Wen" }]` → "Ana Ruiz and Li Wen". */
function namesOf(value: unknown): string | undefined {
	const names = [value].flat().map(nameOf).filter((name): name is string => name !== undefined);
	return names.length === 0 ? undefined : names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function stringOf(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? collapse(value) : undefined;
}

function collapse(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/**
 * The date part of an ISO time stamp, as the outlet wrote it: "2026-02-11T23:30:00-05:00" is the
 * 11th where it was published, though it is the 12th in UTC. Other forms are kept as written.
 */
function dateOf(value: string | undefined): string | undefined {
	return value ? (/^\s*(\d{4}-\d{2}-\d{2})/.exec(value)?.[1] ?? collapse(value)) : undefined;
}

/** "Orlen ferry sails again | Marsh Valley Gazette" → "Orlen ferry sails again", when the tail is the outlet. */
function withoutSiteName(title: string, outlet: string | undefined): string {
	if (!outlet) {
		return title;
	}
	const parts = title.split(/\s+[|–—-]\s+/);
	return parts.length > 1 && parts.at(-1)!.toLowerCase() === outlet.toLowerCase() ? parts.slice(0, -1).join(' - ') : title;
}

/** Where a saved page came from, as it declares it: its canonical link, else `og:url`. */
function ownAddress(document: PageDocument): string | undefined {
	const address = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? document.querySelector('meta[property="og:url"]')?.getAttribute('content');
	return address && /^https?:\/\//i.test(address) ? address : undefined;
}

function hostOf(url: string | undefined): string | undefined {
	try {
		return url ? new URL(url).hostname.replace(/^www\./, '') || undefined : undefined;
	} catch {
		return undefined;
	}
}
