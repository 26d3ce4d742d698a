import type { OtherVersion, PassageComparison } from '../core/compare/lookup';
import type { Discrepancy, Span } from '../core/types';
import { type ArticleDirectory, outletOf } from './articleDirectory';
import { commandIds, type IgnoreArgument } from './commandIds';
import { commandUri, inertMarkdown } from './markdownText';
import type { PassageTarget } from './passageTarget';
import { type CardVerdict, focusDiscrepancy, judgeVersion, verdictPhrase } from './verdict';

/**
 * How much of another outlet's passage a card shows, in characters (the differing words stay in
 * view): one line of a card, so that a card of five outlets fits without a scroll box above or
 * below any line of the editor (measured in the e2e suite, test/e2e/truth.test.mjs).
 */
const defaultMaxPassage = 90;

/** Other discrepancies of the passage offered as links under the one the card is about; the panel lists the rest. */
const maxOtherLinks = 2;

/** How the hover card is drawn. */
export interface HoverCardOptions {
	/** Ids of the discrepancies the reader sees (`selectShown`); the others are only counted (default: all shown). */
	listed?: ReadonlySet<string>;
	/** Longest passage shown, in characters (default: 90). */
	maxPassage?: number;
	/** The offset under the cursor: the card is about the discrepancy there (default: the passage's first). */
	offset?: number;
}

/** Runs of our own words shown struck under another outlet's passage, and the longest run. */
const maxStruck = 4;
const maxStruckLength = 48;

/**
 * Renders the hover card for a passage: the one discrepancy under the cursor (why it was
 * flagged, how sure the analysis is, an Ignore link), the passage's other discrepancies as links
 * that select them; then, for each other outlet that reports the same claim, the outlet and
 * date, an honest verdict (`judgeVersion`), its passage with the words that differ in **bold**
 * (the words ours has instead ~~struck~~; on a figure, their figures in bold), and a link that
 * opens the passage beside the editor; then, in one line each, the outlets with only a related
 * passage and those that do not report it. Article text is escaped: nothing in it renders as
 * Markdown or HTML, and the only links are `crossread.openPassage` and
 * `crossread.ignoreDiscrepancy` commands.
 *
 * @param comparison The passage under the cursor and every other outlet's version (`comparePassageAt`).
 * @param directory Outlet names, dates and texts of the folder's articles.
 * @param options Which discrepancies are listed, the longest passage shown, the cursor.
 * @returns Markdown for a MarkdownString with theme icons, trusted for those two commands only.
 */
export function renderHoverCard(comparison: PassageComparison, directory: ArticleDirectory, options: HoverCardOptions = {}): string {
	const { listed, maxPassage = defaultMaxPassage } = options;
	const ourText = directory.get(comparison.article)?.text ?? '';
	const shown = comparison.discrepancies.filter((discrepancy) => !listed || listed.has(discrepancy.id));
	const focus = focusDiscrepancy(shown, comparison.article, options.offset);
	const judged = comparison.others.map((other) => ({ other, verdict: judgeVersion(comparison, other, focus, ourText) }));
	const reporting = judged.filter(({ verdict }) => verdict.kind === 'agrees' || verdict.kind === 'differs');
	const related = judged.filter(({ verdict }) => verdict.kind === 'related');
	const missing = judged.filter(({ verdict }) => verdict.kind === 'not-reported');
	const blocks: string[] = [header(comparison, reporting.length + 1, comparison.others.length + 1)];

	if (focus) {
		blocks.push(discrepancyBlock(focus));
	}
	const others = shown.filter((discrepancy) => discrepancy !== focus);
	const links = others.slice(0, maxOtherLinks).map((discrepancy) => otherDiscrepancyLink(discrepancy, comparison.article));
	const unlisted = comparison.discrepancies.length - shown.length;
	const more = others.length - links.length;
	if (more > 0 || unlisted > 0) {
		links.push(`*${[...(more > 0 ? [`${more} more in the Discrepancies view`] : []), ...(unlisted > 0 ? [`${unlisted} hidden by the filter or ignored`] : [])].join(' · ')}*`);
	}
	if (links.length > 0) {
		blocks.push(links.join('  \n'));
	}
	// Disagreement first: that is what the reader hovered for.
	const ordered = [...reporting].sort((a, b) => verdictOrder(a.verdict) - verdictOrder(b.verdict));
	// One rule above the outlets, none between them: the bold outlet names part them, and the card stays short.
	ordered.forEach(({ other, verdict }, i) => blocks.push(...(i === 0 ? ['---'] : []), otherVersion(comparison, other, verdict, ourText, directory, maxPassage)));
	if (related.length > 0) {
		const names = related.map(({ other }) => `**${inertMarkdown(outletOf(directory, other.article))}** ${openLink(other, '$(link-external)', 'Open this related passage beside the editor')}`);
		blocks.push('---', `$(link) Related, not the same claim: ${names.join(', ')}`);
	}
	if (missing.length > 0) {
		blocks.push('---', `$(circle-slash) Not reported by ${missing.map(({ other }) => `**${inertMarkdown(outletOf(directory, other.article))}**`).join(', ')}`);
	}
	if (comparison.others.length === 0) {
		blocks.push('Comparison needs a second outlet: add another article about this event to the folder.');
	}
	return blocks.join('\n\n');
}

/** One discrepancy, one paragraph: the summary; then why, severity and confidence, and the Ignore link on the same line (the card stays short). Two spaces end each line. */
export function discrepancyBlock(discrepancy: Discrepancy): string {
	const confidence = `${discrepancy.severity} · confidence ${Math.round(discrepancy.confidence * 100)}%`;
	const args: IgnoreArgument[] = [{ discrepancy: discrepancy.id }];
	const ignore = `[$(eye-closed) Ignore this discrepancy](${commandUri(commandIds.ignoreDiscrepancy, args)} "Its id goes into .crossread.json; Show Ignored in the Discrepancies view lists it again")`;
	return [`$(warning) **${inertMarkdown(discrepancy.summary)}**`, `${inertMarkdown(discrepancy.reason)} *(${confidence})* · ${ignore}`].join('  \n');
}

/** Another discrepancy of the passage: a link that selects its words in this article, where hovering shows its card. */
export function otherDiscrepancyLink(discrepancy: Discrepancy, article: string): string {
	const mention = discrepancy.mentions.find((candidate) => candidate.article === article);
	const summary = inertMarkdown(discrepancy.summary);
	if (!mention) {
		return `$(warning) ${summary}`;
	}
	const target: PassageTarget = { article, start: mention.start, end: mention.end, beside: false };
	return `$(warning) [${summary}](${commandUri(commandIds.openPassage, [target])} "Select it: its card shows when hovered")`;
}

function header(comparison: PassageComparison, reporting: number, total: number): string {
	const what = comparison.figure
		? `figure **${inertMarkdown(comparison.figure.text)}**`
		: comparison.passage.kind;
	const coverage = total > 1 ? ` · reported by ${reporting} of ${total} outlets` : '';
	return `$(book) **Crossread** · ${what}${coverage}`;
}

/** A link that opens another outlet's passage beside the editor, with `words` (those the card shows in bold) marked there. */
function openLink(other: OtherVersion, label: string, tooltip: string, words: Span[] = []): string {
	const passage = other.passage!;
	const target: PassageTarget = { article: other.article, start: passage.start, end: passage.end, beside: true, ...(words.length > 0 ? { words: words.map(({ start, end }) => ({ start, end })) } : {}) };
	return `[${label}](${commandUri(commandIds.openPassage, [target])} "${tooltip}")`;
}

function otherVersion(comparison: PassageComparison, other: OtherVersion, verdict: CardVerdict, ourText: string, directory: ArticleDirectory, maxPassage: number): string {
	const entry = directory.get(other.article);
	const passage = other.passage!;
	// On a figure, the figure of theirs it was compared with is what to look at, not every word the sentences differ in.
	const marks = comparison.figure ? (other.figure ? [other.figure] : []) : other.theirWords;
	const link = openLink(other, '$(split-horizontal) Open beside', 'Open this passage beside the editor, its differing words marked', verdict.kind === 'differs' ? marks : []);
	// The link ends the outlet's line rather than taking one of its own: the card stays short enough not to scroll.
	const title = [`**${inertMarkdown(outletOf(directory, other.article))}**`, ...(entry?.date ? [inertMarkdown(entry.date)] : []), verdictText(verdict), link].join(' · ');
	const quoted = [markPassage(entry?.text ?? '', passage, marks, '**', maxPassage)];
	const ours = comparison.figure ? [] : mergeMarks(ourText, other.ourWords);
	if (ours.length > 0) {
		const struck = ours.slice(0, maxStruck).map((span) => `~~${inertMarkdown(shorten(ourText.slice(span.start, span.end)))}~~`);
		quoted.push(`instead of ${struck.join(', ')}${ours.length > maxStruck ? ', …' : ''}`);
	}
	// Two spaces end a line inside a paragraph: the passage and what ours has instead stay one blockquote.
	return [title, `> ${quoted.join('  \n> ')}`].join('\n\n');
}

const verdictIcons: Record<CardVerdict['kind'], string> = { agrees: '$(check)', differs: '$(diff-modified)', related: '$(link)', 'not-reported': '$(circle-slash)' };

function verdictText(verdict: CardVerdict): string {
	const phrase = inertMarkdown(verdictPhrase(verdict));
	return `${verdictIcons[verdict.kind]} ${verdict.kind === 'differs' ? `**${phrase}**` : phrase}`;
}

function verdictOrder(verdict: CardVerdict): number {
	return verdict.kind === 'differs' ? 0 : 1;
}

/**
 * A passage as inert Markdown with some words wrapped in a delimiter (`**`, `~~`), cut to a
 * window around the first marked word when it is long.
 *
 * @param text The article's text.
 * @param passage The passage's span.
 * @param marks Spans to mark (words inside the passage).
 * @param delimiter `**` for bold, `~~` for struck.
 * @param maxLength Longest text shown before it is cut with "…".
 */
export function markPassage(text: string, passage: Span, marks: Span[], delimiter: string, maxLength: number): string {
	const window = clip(text, passage, marks, maxLength);
	const inside = mergeMarks(text, marks)
		.map((mark) => ({ start: Math.max(mark.start, window.start), end: Math.min(mark.end, window.end) }))
		.filter((mark) => mark.start < mark.end);
	let out = window.start > passage.start ? '…' : '';
	let at = window.start;
	for (const mark of inside) {
		out += inertMarkdown(text.slice(at, mark.start)) + delimiter + inertMarkdown(text.slice(mark.start, mark.end)) + delimiter;
		at = mark.end;
	}
	out += inertMarkdown(text.slice(at, window.end));
	return out.trim() + (window.end < passage.end ? '…' : '');
}

/**
 * Marks widened to whole white-space-delimited chunks, then trimmed of the quotation marks and
 * sentence punctuation at their ends, and merged when only white space separates them.
 * NOTE: emphasis must open after white space or punctuation: `US**$48**` would show its
 * asterisks, `**US$48**` is bold; `**48 billion**,` is bold too.
 */
function mergeMarks(text: string, marks: Span[]): Span[] {
	const widened = marks
		.map(({ start, end }) => {
			let from = start;
			let to = end;
			while (from > 0 && !/\s/.test(text[from - 1])) {
				from--;
			}
			while (to < text.length && !/\s/.test(text[to])) {
				to++;
			}
			while (from < to - 1 && edgePunctuation.test(text[from])) {
				from++;
			}
			while (to > from + 1 && edgePunctuation.test(text[to - 1])) {
				to--;
			}
			return { start: from, end: to };
		})
		.sort((a, b) => a.start - b.start);
	const merged: Span[] = [];
	for (const mark of widened) {
		const last = merged[merged.length - 1];
		if (last && /^\s*$/.test(text.slice(last.end, mark.start))) {
			last.end = Math.max(last.end, mark.end);
		} else if (!last || mark.start >= last.end) {
			merged.push({ ...mark });
		}
	}
	return merged;
}

/** Punctuation left outside a mark: `“Our` marks `Our`, `euros,` marks `euros`. */
const edgePunctuation = /[,.;:!?"'“”‘’«»()[\]…]/;

/** A run of words cut to `maxStruckLength` characters at a word boundary. */
function shorten(text: string): string {
	const line = text.replace(/\s+/g, ' ').trim();
	if (line.length <= maxStruckLength) {
		return line;
	}
	const cut = line.lastIndexOf(' ', maxStruckLength - 1);
	return `${line.slice(0, cut > 0 ? cut : maxStruckLength - 1)}…`;
}

/** The part of a passage shown: all of it when short, else a window that starts a little before the first mark, on word boundaries. */
function clip(text: string, passage: Span, marks: Span[], maxLength: number): Span {
	if (passage.end - passage.start <= maxLength) {
		return passage;
	}
	const first = marks.find((mark) => mark.start >= passage.start && mark.end <= passage.end);
	let start = first ? Math.max(passage.start, Math.min(first.start - Math.floor(maxLength / 3), passage.end - maxLength)) : passage.start;
	let end = Math.min(passage.end, start + maxLength);
	if (start > passage.start) {
		const space = text.indexOf(' ', start);
		start = space >= 0 && space < end ? space + 1 : start;
	}
	if (end < passage.end) {
		const space = text.lastIndexOf(' ', end);
		end = space > start ? space : end;
	}
	return { start, end };
}
