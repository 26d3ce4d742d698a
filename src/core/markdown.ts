import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Node, Parent } from 'unist';
import { checkBudget } from './budget';
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
	const markup: Span[] = [];
	for (const block of blocks(body)) {
		const tree = markdownParser.parse(tame(body.slice(block.start, block.end)));
		findNodeMarkup(tree, text, from + block.start, markup);
	}

	// Block markers at line starts: "> quoted", "- item", "1. item".
	for (const lineStart of lineStarts(body)) {
		const end = markerEnd(body, lineStart);
		if (end > lineStart) {
			markup.push({ start: from + lineStart, end: from + end });
		}
	}
	return markup.filter((span) => span.end > span.start);
}

/** Offsets where lines start (after \n, \r, U+2028 or U+2029, as `^` in a multiline pattern). */
function lineStarts(body: string): number[] {
	const starts = [0];
	const breaks = /[\n\r\u2028\u2029]/g;
	for (let match = breaks.exec(body); match; match = breaks.exec(body)) {
		starts.push(match.index + 1);
	}
	return starts;
}

/** Indentation for a list marker, then "- ", "* ", "+ ", "1. " or "1) " with its blanks. */
const listMarker = /[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+/y;

/**
 * End of a line's block markers: `[ \t]*(?:>[ \t]?)+`, else a list marker.
 * NOTE: a scan for the quote markers: as a repeated group, 10 MB of "> > …" overflowed the
 * regular expression engine's backtracking stack.
 */
function markerEnd(body: string, start: number): number {
	let i = start;
	while (body[i] === ' ' || body[i] === '\t') {
		i++;
	}
	if (body[i] === '>') {
		while (body[i] === '>') {
			i++;
			if (body[i] === ' ' || body[i] === '\t') {
				i++;
			}
		}
		return i;
	}
	listMarker.lastIndex = start;
	return listMarker.test(body) ? listMarker.lastIndex : start;
}

/** The markup of one parsed tree whose offsets start at `base` in `text`. */
function findNodeMarkup(tree: Node, text: string, base: number, markup: Span[]): void {
	const offsetOf = (node: Node, edge: 'start' | 'end') => base + (node.position?.[edge].offset ?? 0);
	// NOTE: an explicit stack, not recursion: "> > > …" nests one node a marker, thousands deep.
	const stack: Node[] = [tree];
	for (let node = stack.pop(); node; node = stack.pop()) {
		checkBudget();
		if (hiddenTypes.has(node.type)) {
			markup.push({ start: offsetOf(node, 'start'), end: offsetOf(node, 'end') });
			continue;
		}
		const children = (node as Parent).children;
		if (node.type === 'inlineCode') {
			// `x`: only the backticks are markup.
			const start = offsetOf(node, 'start');
			const end = offsetOf(node, 'end');
			const ticks = /^`+/.exec(text.slice(start, Math.min(end, start + 1000)))?.[0].length ?? 1;
			markup.push({ start, end: start + ticks }, { start: end - ticks, end });
			continue;
		}
		if (wrapperTypes.has(node.type) && children && children.length > 0) {
			markup.push({ start: offsetOf(node, 'start'), end: offsetOf(children[0], 'start') });
			markup.push({ start: offsetOf(children[children.length - 1], 'end'), end: offsetOf(node, 'end') });
		}
		if (children) {
			for (let i = children.length - 1; i >= 0; i--) {
				stack.push(children[i]);
			}
		}
	}
}

/**
 * A stretch longer than this is parsed in blocks: micromark's time grows faster than the text on
 * some inputs (nested brackets, "[a](" repeated), so one huge file costs what its blocks cost.
 */
const maxParsedBlock = 64_000;

/**
 * The parts of a body handed to the Markdown parser, in order. A paragraph of plain prose (every
 * line starts with a letter, no character that can open inline syntax) holds no markup and is
 * skipped: the parser spends a millisecond or so on each paragraph, and a file of thousands of
 * tiny paragraphs took minutes. The rest is cut into blocks of about `maxParsedBlock`, only before
 * a paragraph that starts with a letter in the first column (which closes every list, quote and
 * indented block) and never inside a fenced code block.
 * NOTE: a body with raw HTML or a link reference definition ("[1]: https://…") is never split
 * below `maxParsedBlock`: an HTML block can hold blank lines, a reference can be used anywhere.
 */
export function blocks(body: string): Span[] {
	const whole = /<|^ {0,3}\[[^\]\n]*\]:/m.test(body);
	if (whole && body.length <= maxParsedBlock) {
		return [{ start: 0, end: body.length }];
	}
	const found: Span[] = [];
	const line = /[^\n]*\n?/g;
	let start = -1;
	let fence: string | undefined;
	let paragraph: { start: number; plain: boolean } | undefined;
	const close = (end: number) => {
		if (paragraph && !paragraph.plain) {
			// A paragraph with markup joins the current block, or starts a new one.
			if (start < 0) {
				start = paragraph.start;
			} else if (paragraph.start - start >= maxParsedBlock / 2 && /^[\p{L}\p{N}]/u.test(body[paragraph.start] ?? '')) {
				found.push({ start, end: paragraph.start });
				start = paragraph.start;
			}
		} else if (paragraph && start >= 0) {
			found.push({ start, end: paragraph.start });
			start = -1;
		}
		paragraph = undefined;
		return end;
	};
	for (let match = line.exec(body); match && match[0] !== ''; match = line.exec(body)) {
		const content = match[0];
		const marker = /^ {0,3}(`{3,}|~{3,})/.exec(content)?.[1];
		if (marker && (fence === undefined || (marker[0] === fence[0] && marker.length >= fence.length))) {
			fence = fence === undefined ? marker : undefined;
		}
		if (content.trim() === '' && fence === undefined) {
			close(match.index);
			continue;
		}
		const plain = !whole && fence === undefined && isPlainLine(content);
		if (!paragraph) {
			paragraph = { start: match.index, plain };
		} else {
			paragraph.plain &&= plain;
		}
	}
	close(body.length);
	if (start >= 0) {
		found.push({ start, end: body.length });
	}
	return found;
}

/** A line that starts with a letter or digit (not "1." nor "1)") and holds no character of inline syntax. */
function isPlainLine(line: string): boolean {
	return /^\p{L}/u.test(line) && !/[\\`*_[\]<>!&~|#=+]|^\S*\d[.)]/u.test(line);
}

/** The longest run of indentation and container markers ("> > - ") handed to the parser on one line. */
const maxLinePrefix = 32;

/** The most brackets in one paragraph handed to the parser as brackets. */
const maxBrackets = 200;

/**
 * Pre-empts the inputs that make micromark slow, without moving an offset: a line's run of
 * indentation and container markers beyond `maxLinePrefix` characters (5,000 nested "> " take
 * seconds, deeper ones minutes) and the brackets of a paragraph holding more than `maxBrackets`
 * (thousands of "[[[…" or "[a](" are quadratic) become no-break spaces, which are prose to it.
 * The markers themselves are still blanked by the line-prefix scan; no article comes near either limit.
 */
export function tame(source: string): string {
	const lines = source.split('\n');
	let paragraphStart = 0;
	for (let n = 0; n <= lines.length; n++) {
		if (n < lines.length) {
			lines[n] = tamePrefix(lines[n]);
		}
		// A blank line (or the end) closes a paragraph: its brackets are counted, and neutralised if too many.
		if (n === lines.length || lines[n].trim() === '') {
			let brackets = 0;
			for (let k = paragraphStart; k < n && brackets <= maxBrackets; k++) {
				brackets += countBrackets(lines[k]);
			}
			for (let k = paragraphStart; k < n && brackets > maxBrackets; k++) {
				lines[k] = lines[k].replace(/[[\]]/g, '\u00a0');
			}
			paragraphStart = n + 1;
		}
	}
	return lines.join('\n');
}

/** A line's run of indentation and container markers cut to `maxLinePrefix` characters (the rest no-break spaces). */
function tamePrefix(line: string): string {
	let i = 0;
	while (i < line.length) {
		const code = line.charCodeAt(i);
		if (code === 32 || code === 9 || code === 62 || code === 42 || code === 43 || code === 45) {
			i++;
			continue;
		}
		// "12." or "3)": an ordered list marker of up to nine digits.
		let j = i;
		while (j < line.length && j - i < 9 && line.charCodeAt(j) >= 48 && line.charCodeAt(j) <= 57) {
			j++;
		}
		if (j > i && (line[j] === '.' || line[j] === ')')) {
			i = j + 1;
			continue;
		}
		break;
	}
	return i <= maxLinePrefix ? line : line.slice(0, maxLinePrefix) + '\u00a0'.repeat(i - maxLinePrefix) + line.slice(i);
}

function countBrackets(line: string): number {
	let count = 0;
	for (let i = 0; i < line.length; i++) {
		const code = line.charCodeAt(i);
		count += code === 91 || code === 93 ? 1 : 0;
	}
	return count;
}
