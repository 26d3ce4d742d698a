import * as assert from 'node:assert/strict';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { comparePassageAt } from '../../../src/core/compare/lookup';
import { variantForms } from '../../../src/core/entities/variantForms';
import { formatJson } from '../../../src/core/report/controlCharacters';
import { formatMarkdown } from '../../../src/core/report/formatMarkdown';
import { formatText } from '../../../src/core/report/formatText';
import { buildReport, type Report } from '../../../src/core/report/model';
import { colourStyle } from '../../../src/core/report/style';
import { buildDiscrepancyTree } from '../../../src/presentation/discrepancyTree';
import { renderHoverCard } from '../../../src/presentation/hoverCard';
import { inertLabel, inertNotificationText } from '../../../src/presentation/markdownText';
import { outletPicks } from '../../../src/presentation/outletPicks';
import { renderReportHtml } from '../../../src/presentation/reportHtml';
import { buildSourceTree } from '../../../src/presentation/sourceTree';
import { assertNoControls, hostile, hostileSources } from '../helpers/hostile';
import { type Analysed, analyseSources, offsetOf } from './analysed';

/** What a Markdown renderer makes of a card or a tooltip: its links, images and raw HTML. */
function rendered(markdown: string): { links: string[]; images: string[]; html: string[]; text: string } {
	const links: string[] = [];
	const images: string[] = [];
	const html: string[] = [];
	const text: string[] = [];
	visit(unified().use(remarkParse).parse(markdown), (node) => {
		if (node.type === 'link' || node.type === 'definition') {
			links.push((node as { url: string }).url);
		} else if (node.type === 'image' || node.type === 'imageReference') {
			images.push(JSON.stringify(node));
		} else if (node.type === 'html') {
			html.push((node as { value: string }).value);
		} else if (node.type === 'text' || node.type === 'inlineCode') {
			text.push((node as { value: string }).value);
		}
	});
	return { links, images, html, text: text.join(' ') };
}

/** The Markdown surface shows the hostile values as text, with no image, no HTML, no link of theirs. */
function assertInertMarkdown(markdown: string, surface: string, allowedLinks = /^command:crossread\.(openPassage|ignoreDiscrepancy)\?%5B%7B%22(article|discrepancy)%22/): void {
	const { links, images, html, text } = rendered(markdown);
	assert.deepEqual(images, [], `${surface}: no image`);
	assert.deepEqual(html, [], `${surface}: no HTML`);
	assert.ok(
		links.every((link) => allowedLinks.test(link)),
		`${surface}: only Crossread's own links, got ${links.join(', ')}`,
	);
	assert.ok(text.includes(hostile.date), `${surface}: the date shows as text`);
	assertNoControls(markdown, surface);
}

suite('hostile metadata is inert on every surface', () => {
	let analysed: Analysed;
	let report: Report;
	suiteSetup(() => {
		analysed = analyseSources(hostileSources());
		report = buildReport(analysed.corpus, analysed.comparison, { minSeverity: 'low' });
	});

	test('the hover card (a trusted MarkdownString) shows the date and outlet as text', () => {
		const comparison = comparePassageAt(analysed.comparison, 'plain', offsetOf(analysed, 'plain', '12 million') + 1, analysed.articleIds);
		assert.ok(comparison);
		const card = renderHoverCard(comparison, analysed.directory);
		assertInertMarkdown(card, 'hover card');
		assert.ok(rendered(card).text.includes('[Ignore](command:crossread.ignoreDiscrepancy?%5B%22x%22%5D)'), 'the outlet\'s fake link shows as text');
	});

	test('the Sources tooltip shows the date, title, by-line and path as text', () => {
		const row = buildSourceTree(analysed.corpus, analysed.comparison.discrepancies, analysed.directory).find((node) => node.article === 'hostile');
		assert.ok(row?.tooltip);
		assertInertMarkdown(row.tooltip, 'Sources tooltip', /^$/);
		assert.ok(rendered(row.tooltip).text.includes('<img src=https://evil.example/t.png>'), 'the title shows as text');
	});

	test('the Discrepancies tooltip shows the outlet as text', () => {
		const tooltips = [...walk(buildDiscrepancyTree(analysed.comparison.discrepancies, analysed.directory))].map((node) => node.tooltip ?? '');
		for (const tooltip of tooltips) {
			const { links, images, html } = rendered(tooltip);
			assert.deepEqual([links, images, html], [[], [], []]);
			assertNoControls(tooltip, 'Discrepancies tooltip');
		}
		assert.ok(tooltips.some((tooltip) => rendered(tooltip).text.includes('[Ignore](command:')));
	});

	test('the outlet picker (a quick pick, which draws $(icons)) shows the outlet and date as text', () => {
		const comparison = comparePassageAt(analysed.comparison, 'plain', offsetOf(analysed, 'plain', '12 million') + 1, analysed.articleIds);
		const picks = outletPicks(comparison!, analysed.directory);
		const pick = picks.find((candidate) => candidate.target.article === 'hostile')!;
		assertNoControls([pick.label, pick.description, pick.detail].join('\n'), 'outlet picker');
		assert.equal(inertLabel('$(alert) Official $(x'), '\\$(alert) Official \\$(x');
		assert.doesNotMatch(pick.label, /(?<!\\)\$\(/);
	});

	test('the Markdown report keeps every value in its cell, its code span and its line', () => {
		const markdown = formatMarkdown(report);
		assertNoControls(markdown, 'Markdown report');
		const { links, images, html } = rendered(markdown);
		assert.deepEqual([links, images, html], [[], [], []]);
		// A table row has as many cells as its header: a `|` not escaped would add one.
		const lines = markdown.split('\n');
		const header = lines.indexOf('| Outlet | Date | Title | File | Quotes | Figures |');
		const cells = (line: string) => line.split(/(?<!\\)\|/).length;
		for (const row of lines.slice(header + 2, header + 5)) {
			assert.equal(cells(row), cells(lines[header]), row);
		}
		const hostileRow = lines.slice(header + 2, header + 5).find((line) => line.includes('beacon'))!;
		assert.ok(hostileRow.includes('| ``desk/evil`?\\| x \\|?[31m.txt`` |'), hostileRow);
		assert.ok(hostileRow.includes('\\!\\[x\\]\\(https\\://evil\\.example/beacon\\.png\\)'), 'the date is escaped');
		assert.ok(markdown.includes('\n## \\[Ignore\\]\\(command\\:'), 'the outlet heading is escaped');
	});

	test('the text report carries no control character but its own colours', () => {
		const plain = formatText(report);
		assertNoControls(plain, 'text report');
		assert.ok(plain.includes(hostile.date));
		assert.ok(plain.includes('desk/evil`?| x |?[31m.txt'), 'the file name is on one line, its controls shown as ?');
		// eslint-disable-next-line no-control-regex -- the style's own colour codes are taken out
		const coloured = formatText(report, colourStyle).replace(/\u001b\[\d+m/g, '');
		assertNoControls(coloured, 'coloured text report');
	});

	test('JSON writes every control character as an escape, and reads back the same', () => {
		const json = formatJson(report);
		assertNoControls(json, 'JSON report');
		const back = JSON.parse(json) as Report;
		// The override of writing direction is invisible, and read out as a reader sees the text (`core/text/readerText.ts`).
		assert.equal(back.articles.find((article) => article.id === 'hostile')?.byline, hostile.byline.replace('\u202e', ''));
		assert.equal(back.articles.find((article) => article.id === 'hostile')?.path, hostile.path);
	});

	test('the report webview escapes the values and drops control characters', () => {
		const spellings = new Map(analysed.corpus.entities.map((entity) => [entity.id, variantForms(entity)]));
		const page = renderReportHtml(report, spellings, { nonce: 'n', cspSource: 'vscode-webview://x', scriptUri: 'vscode-webview://x/r.js', styleUri: 'vscode-webview://x/r.css' });
		assertNoControls(page, 'report webview');
		assert.doesNotMatch(page, /<img|<a\b|(href|src)="https?:/i);
		assert.ok(page.includes('<span class="outlet">[Ignore](command:crossread.ignoreDiscrepancy?%5B%22x%22%5D) Evil $(alert)</span>'), 'the outlet shows as text, its hyperlink escape gone');
	});
});

suite('notifications', () => {
	// VS Code's own pattern for the links it draws in a notification's message (linkedText.ts).
	const notificationLink = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/gi;

	test('an outlet or an ignore-file entry quoted in a notification cannot form a link', () => {
		const message = inertNotificationText(`Crossread: "Figure: 12 (${hostile.outlet}) vs 14 ([x](https://evil.example))" is ignored because .crossread.json ignores the differences of "[Open](file:///etc/passwd)".`);
		assert.deepEqual(message.match(notificationLink), null);
		assertNoControls(message, 'notification');
		assert.ok(message.includes('[Ignore] (command:crossread.ignoreDiscrepancy?%5B%22x%22%5D)'), message);
	});
});

function* walk<T extends { children: T[] }>(nodes: readonly T[]): Generator<T> {
	for (const node of nodes) {
		yield node;
		yield* walk(node.children);
	}
}
