import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Node, Parent } from 'unist';
import type { Span } from './types';

/** Node types whose whole text is not prose: code, raw HTML, images, link definitions, rules. */
const hiddenTypes = new Set(['code', 'html', 'image', 'imageReference', 'definition', 'thematicBreak', 'footnoteDefinition']);

/** Node types whose markers wrap prose: `**bold**`, `_em_`, `[text](url)`, `# heading`, `` `code` ``. */
const wrapperTypes = new Set(['strong', 'emphasis', 'delete', 'link', 'linkReference', 'heading', 'inlineCode']);

const markdownParser = unified().use(remarkParse);

/**
 * Finds the Markdown markup in `[from, to)` of a text: everything that is syntax rather than prose
 * (`**`, `# `, `](https://…)`, code blocks, HTML, list bullets and `>` markers), so that it can be
 * blanked without moving any offset. "[the summit](https://x.test/a)" leaves "the summit".
 *
 * @param text The whole article.
 * @param from Where the Markdown body starts (after front matter).
 * @returns Spans of markup.
 */
export function findMarkup(text: string, from: number): Span[] {
	const body = text.slice(from);
	const tree = markdownParser.parse(body);
	const markup: Span[] = [];
	const offsetOf = (node: Node, edge: 'start' | 'end') => from + (node.position?.[edge].offset ?? 0);

	const visit = (node: Node) => {
		if (hiddenTypes.has(node.type)) {
			markup.push({ start: offsetOf(node, 'start'), end: offsetOf(node, 'end') });
			return;
		}
		const children = (node as Parent).children;
		if (node.type === 'inlineCode') {
			// `x`: only the backticks are markup.
			const start = offsetOf(node, 'start');
			const end = offsetOf(node, 'end');
			const ticks = /^`+/.exec(text.slice(start, end))?.[0].length ?? 1;
			markup.push({ start, end: start + ticks }, { start: end - ticks, end });
			return;
		}
		if (wrapperTypes.has(node.type) && children && children.length > 0) {
			markup.push({ start: offsetOf(node, 'start'), end: offsetOf(children[0], 'start') });
			markup.push({ start: offsetOf(children[children.length - 1], 'end'), end: offsetOf(node, 'end') });
		}
		children?.forEach(visit);
	};
	visit(tree);

	// Block markers at line starts: "> quoted", "- item", "1. item".
	const linePrefix = /^[ \t]*(?:>[ \t]?)+|^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+/gm;
	for (let match = linePrefix.exec(body); match; match = linePrefix.exec(body)) {
		markup.push({ start: from + match.index, end: from + match.index + match[0].length });
	}
	return markup.filter((span) => span.end > span.start);
}
