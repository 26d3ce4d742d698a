import { parseHTML } from 'linkedom';

/*
 * The DOM that Readability runs on is linkedom, chosen by measurement against jsdom 26 on the test
 * pages (test/fixtures/import, Node 20, 2 cores), with the same Readability 0.6:
 *
 *                     bundle (minified, with Readability)   news page   AMP page   300 KB page
 *   linkedom 0.18     482 KB (cssomnom 199, entities 117)    25 ms       8 ms       226 ms
 *   jsdom 26          3,223 KB, and the bundle does not run   109 ms      70 ms      1,025 ms
 *                     (it requires its xhr-sync-worker.js)
 *
 * linkedom's share drops to 283 KB once cssomnom, which only parses `<style>.sheet`, is left out
 * of the bundles (esbuild.mjs, noStyleSheets.ts).
 *
 * Fidelity was the same: both kept the five checked passages of the news page (paragraphs, the quote,
 * the subheading, the blockquote, the paragraph after the related links) and let none of the eight
 * pieces of boilerplate through (cookie banner, navigation, ads, related links, newsletter, footer,
 * scripts). jsdom also needs Node 22 from version 27 on; VS Code 1.90's extension host runs Node 20.
 *
 * The project's TypeScript has no DOM library, so the few members used are declared here.
 */

/** A node of a parsed page: an element, a text node or a comment. */
export interface PageNode {
	/** 1 for an element, 3 for text. */
	readonly nodeType: number;
	/** The upper-case tag name of an element (`P`, `H2`), `#text` for text. */
	readonly nodeName: string;
	/** The text of the node and everything in it. */
	readonly textContent: string | null;
	/** The node's children, in order. */
	readonly childNodes: ArrayLike<PageNode>;
}

/** An element of a parsed page. */
export interface PageElement extends PageNode {
	/** The upper-case tag name (`P`, `BLOCKQUOTE`). */
	readonly tagName: string;
	getAttribute(name: string): string | null;
	querySelector(selector: string): PageElement | null;
	querySelectorAll(selector: string): ArrayLike<PageElement>;
}

/** A parsed page. */
export interface PageDocument {
	readonly documentElement: PageElement;
	querySelector(selector: string): PageElement | null;
	querySelectorAll(selector: string): ArrayLike<PageElement>;
}

/** Node types used when walking a page. */
export const elementNode = 1;
export const textNode = 3;

/**
 * Parses an HTML page into a DOM, with no script run and nothing fetched.
 *
 * @param html The page's text.
 * @returns Its document.
 */
export function parsePage(html: string): PageDocument {
	return (parseHTML(html) as unknown as { document: PageDocument }).document;
}
