import { Readability } from '@mozilla/readability';
import { parsePage, type PageElement } from './dom';
import { ImportError } from './importError';
import { readMetadata, type PageMetadata } from './metadata';
import { toMarkdown } from './toMarkdown';

/** An article taken out of a page: its facts and its body as Markdown. */
export interface ExtractedArticle extends PageMetadata {
	/** The headline (from the page's metadata, else Readability's guess, else "Untitled"). */
	title: string;
	/** Paragraphs, headings and quotes, as Markdown. */
	body: string;
}

/**
 * Less prose than this (in characters, headings left out) is no article: a paywall's teaser, a
 * login page, an index of links. The shortest news briefs run to about two sentences of 150.
 */
const minimumProse = 300;

/**
 * Extracts the article of an HTML page with Mozilla's Readability (what Firefox's reader view and
 * most read-later tools use), then reads its metadata and turns its content into Markdown. Pure:
 * the page is only read.
 *
 * @param html The page's text.
 * @param pageUrl Where the page came from, when known (fetched from, or saved from).
 * @returns The article.
 * @throws ImportError "no article found…" when the page holds too little prose.
 */
export function extractArticle(html: string, pageUrl?: string): ExtractedArticle {
	const document = parsePage(html);
	// Before Readability, which takes the page apart as it goes.
	const metadata = readMetadata(document, pageUrl ?? savedFrom(html));
	const readable = new Readability<PageElement>(document as never, { serializer: (node) => node as unknown as PageElement }).parse();
	const byline = metadata.byline ?? cleanByline(readable?.byline);
	const body = withoutBylineLine(readable?.content ? toMarkdown(readable.content) : '', byline);
	const prose = body
		.split('\n')
		.filter((line) => !line.startsWith('#'))
		.join('')
		.replace(/\s+/g, ' ').length;
	if (prose < minimumProse) {
		throw new ImportError(
			metadata.paywalled
				? 'no article in the page, only a teaser: the page says the article is behind a paywall'
				: 'no article found in the page (too little text: a paywall, a login page or a list of links?)',
		);
	}
	const title = metadata.title ?? (readable?.title?.trim() || undefined) ?? 'Untitled';
	return { ...metadata, title, ...(byline ? { byline } : {}), body };
}

/** The body without a paragraph that only repeats the byline ("By Tomas Ekwall"): it is in the front matter. */
function withoutBylineLine(body: string, byline: string | undefined): string {
	if (!byline) {
		return body;
	}
	const same = (block: string) => block.replace(/^by\s+/i, '').trim().toLowerCase() === byline.toLowerCase();
	const kept = body.split('\n\n').filter((block) => !same(block));
	return kept.join('\n\n').replace(/\n*$/, '\n');
}

/**
 * The address in the mark browsers leave in a saved page:
 * `<!-- saved from url=(0044)https://gazette.example/news/orlen-ferry -->`.
 */
function savedFrom(html: string): string | undefined {
	return /<!--\s*saved from url=\(\d+\)(https?:\/\/[^\s>]+?)\s*-->/i.exec(html.slice(0, 2048))?.[1];
}

/** Readability's byline is the element's text: "By Ilse Marrow, river correspondent" → "Ilse Marrow, river correspondent". */
function cleanByline(byline: string | null | undefined): string | undefined {
	const text = byline?.replace(/\s+/g, ' ').replace(/^by\s+/i, '').trim();
	return text && text.length <= 120 ? text : undefined;
}
