import { elementNode, textNode, type PageElement, type PageNode } from './dom';

/** Elements whose text is never article prose, wherever they sit (Readability keeps some of them). */
const dropped = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'FORM', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'NAV', 'ASIDE', 'FOOTER', 'FIGURE', 'FIGCAPTION', 'TABLE', 'PRE', 'HR']);

/** Elements that hold blocks rather than text: walked into. */
const containers = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'BODY', 'HTML', 'CENTER', 'DETAILS']);

/**
 * Turns the article Readability found into Markdown: paragraphs, headings (`##`…) and block
 * quotes (`> `) are kept with their text; lists are kept as `- ` items unless they are mostly links
 * (a "Related stories" list that survived); images, figures, tables, forms, asides, scripts and
 * the like are dropped. Inline markup (links, emphasis) is reduced to its text.
 *
 * @param root The article's content element.
 * @returns Markdown blocks separated by blank lines, ending with a newline (empty when nothing is kept).
 */
export function toMarkdown(root: PageElement): string {
	const blocks: string[] = [];
	walkBlocks(root, blocks, '');
	return blocks.length === 0 ? '' : blocks.join('\n\n') + '\n';
}

function walkBlocks(parent: PageNode, blocks: string[], prefix: string): void {
	let loose: PageNode[] = [];
	// Text and inline elements directly in a container ("<div>Text <b>more</b><p>…</p></div>") form a paragraph of their own.
	const flush = () => {
		pushParagraph(blocks, prefix, inlineText(loose));
		loose = [];
	};
	for (const node of Array.from(parent.childNodes)) {
		const name = node.nodeType === elementNode ? node.nodeName.toUpperCase() : '';
		if (node.nodeType === textNode || (name && !isBlock(name))) {
			loose.push(node);
			continue;
		}
		flush();
		if (!name || isDropped(name)) {
			continue;
		}
		if (/^H[1-6]$/.test(name)) {
			// The headline is in the front matter: a heading in the body is at least a second level.
			const level = Math.max(2, Number(name[1]));
			pushParagraph(blocks, prefix, inlineText([node]), `${'#'.repeat(level)} `);
		} else if (name === 'P') {
			pushParagraph(blocks, prefix, inlineText([node]));
		} else if (name === 'BLOCKQUOTE') {
			walkBlocks(node, blocks, `${prefix}> `);
		} else if (name === 'UL' || name === 'OL') {
			pushList(blocks, prefix, node as PageElement);
		} else {
			walkBlocks(node, blocks, prefix);
		}
	}
	flush();
}

/** AMP's own elements (`<amp-img>`, `<amp-ad>`, `<amp-sidebar>`) are media, ads and menus. */
function isDropped(name: string): boolean {
	return dropped.has(name) || name.startsWith('AMP-');
}

function isBlock(name: string): boolean {
	return isDropped(name) || containers.has(name) || /^H[1-6]$/.test(name) || ['P', 'BLOCKQUOTE', 'UL', 'OL', 'LI', 'DL'].includes(name);
}

function pushParagraph(blocks: string[], prefix: string, text: string, marker = ''): void {
	if (text !== '') {
		blocks.push(prefix + marker + (marker ? text : escapeBlockStart(text)));
	}
}

/** A list of mostly links ("Related stories", "More from News") is navigation, not prose. */
function pushList(blocks: string[], prefix: string, list: PageElement): void {
	const items = Array.from(list.childNodes).filter((node) => node.nodeName.toUpperCase() === 'LI');
	const text = items.map((item) => inlineText([item])).filter((line) => line !== '');
	const linkText = Array.from(list.querySelectorAll('a')).reduce((sum, link) => sum + (link.textContent ?? '').trim().length, 0);
	const allText = text.reduce((sum, line) => sum + line.length, 0);
	if (text.length > 0 && linkText <= allText / 2) {
		blocks.push(text.map((line) => `${prefix}- ${line}`).join('\n'));
	}
}

/** The text of inline nodes, white space collapsed, dropped elements left out. */
function inlineText(nodes: readonly PageNode[]): string {
	const parts: string[] = [];
	const visit = (node: PageNode) => {
		if (node.nodeType === textNode) {
			parts.push(node.textContent ?? '');
		} else if (node.nodeType === elementNode) {
			const name = node.nodeName.toUpperCase();
			if (name === 'BR') {
				parts.push(' ');
			} else if (!isDropped(name)) {
				Array.from(node.childNodes).forEach(visit);
			}
		}
	};
	nodes.forEach(visit);
	return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * A paragraph that would read as Markdown markup gets a backslash: "# 1 in the charts" is not a
 * heading, "- 5 degrees overnight" not a list, "2026. A year…" not a numbered list.
 */
function escapeBlockStart(text: string): string {
	return text.replace(/^(#{1,6}\s|>|[-+*]\s|\d+[.)]\s|---)/, '\\$1');
}
