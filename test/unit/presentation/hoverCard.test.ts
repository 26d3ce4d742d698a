import * as assert from 'node:assert/strict';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { comparePassageAt, type PassageComparison } from '../../../src/core/compare/lookup';
import { type HoverCardOptions, markPassage, renderHoverCard } from '../../../src/presentation/hoverCard';
import type { PassageTarget } from '../../../src/presentation/passageTarget';
import { type Analysed, analyseFolder, analyseSources, offsetOf, sampleFolder } from './analysed';

/** What a Markdown renderer makes of the card: its links, raw HTML and visible text. */
function parseCard(markdown: string): { links: string[]; html: string[]; text: string } {
	const tree = unified().use(remarkParse).parse(markdown);
	const links: string[] = [];
	const html: string[] = [];
	const text: string[] = [];
	visit(tree, (node) => {
		if (node.type === 'link' || node.type === 'definition') {
			links.push((node as { url: string }).url);
		} else if (node.type === 'html') {
			html.push((node as { value: string }).value);
		} else if (node.type === 'text') {
			text.push((node as { value: string }).value);
		}
	});
	return { links, html, text: text.join(' ') };
}

function targetOf(link: string): PassageTarget {
	return (JSON.parse(decodeURIComponent(link.slice(link.indexOf('?') + 1))) as PassageTarget[])[0];
}

/** An outlet's paragraph in a card and the quoted passage after it. */
function outletBlock(card: string, outlet: string): string {
	const blocks = card.split('\n\n');
	const at = blocks.findIndex((block) => block.startsWith(`**${outlet}**`));
	assert.ok(at >= 0, card);
	return blocks.slice(at, at + 2).join('\n\n');
}

function comparisonAt(analysed: Analysed, article: string, text: string): PassageComparison {
	const comparison = comparePassageAt(analysed.comparison, article, offsetOf(analysed, article, text) + 1, analysed.articleIds);
	assert.ok(comparison, `no passage at "${text}"`);
	return comparison;
}

function cardAt(analysed: Analysed, article: string, text: string, options?: HoverCardOptions): string {
	return renderHoverCard(comparisonAt(analysed, article, text), analysed.directory, options);
}

const openPassageLink = /^command:crossread\.openPassage\?/;
const ignoreLink = /^command:crossread\.ignoreDiscrepancy\?/;

suite('hover card', () => {
	let sample: Analysed;
	suiteSetup(async () => {
		sample = await analyseFolder(sampleFolder);
	});

	test('a figure that differs shows each other outlet with its date and verdict', () => {
		const card = cardAt(sample, 'harbourline-daily', '26 percent');
		assert.match(card, /figure \*\*26 percent\*\*/);
		assert.match(card, /\*\*Kestria Morning Post\*\* · 2025\\-10\\-15 · \$\(diff-modified\) \*\*differs\\: 26 percent vs 27%\*\*/);
		assert.match(card, /\*\*The Meridian Ledger\*\* · 2025\\-10\\-14 · /);
	});

	test('on a figure, the other outlet\'s figure is bold and nothing else is marked', () => {
		const card = cardAt(sample, 'harbourline-daily', '26 percent');
		const meridian = outletBlock(card, 'The Meridian Ledger');
		const passage = meridian.split('\n').find((line) => line.startsWith('> '))!;
		assert.deepEqual(passage.match(/\*\*[^*]+\*\*/g), ['**27%**']);
		assert.doesNotMatch(meridian, /instead of/);
	});

	test('outlets that do not report the passage are named once, at the end', () => {
		const card = cardAt(sample, 'harbourline-daily', '26 percent');
		const last = card.split('\n\n').pop()!;
		assert.match(last, /^\$\(circle-slash\) Not reported by \*\*coastal\\-gazette\*\*, \*\*dravonia\\-today\*\*$/);
		assert.equal(card.match(/coastal\\-gazette/g)?.length, 1);
	});

	test('every passage link opens the other outlet\'s passage beside the editor', () => {
		const card = cardAt(sample, 'harbourline-daily', '26 percent');
		const links = parseCard(card).links.filter((link) => openPassageLink.test(link));
		assert.ok(links.length >= 3);
		for (const link of links) {
			const target = targetOf(link);
			assert.equal(target.beside, true);
			const text = sample.directory.get(target.article)!.text.slice(target.start, target.end);
			assert.match(text, /grain exports|exports/i);
		}
	});

	test('a reworded quote marks the other outlet\'s word and strikes ours', () => {
		const card = cardAt(sample, 'harbourline-daily', 'Our ports must serve');
		assert.match(card, /quote/);
		assert.match(card, /\*\*should\*\*/);
		assert.match(card, /~~must~~/);
	});

	test('article text with markup renders inert: no HTML, no foreign links', () => {
		const hostile = analyseSources([
			{ id: 'plain', path: 'plain.txt', text: 'The Riverton council approved a library budget of 12 million dollars on Monday after a long debate.\n' },
			{
				id: 'hostile',
				path: 'hostile.txt',
				text: 'The Riverton council approved a library budget of 14 million dollars on Monday <script>alert(1)</script> after a *long* [x](command:evil) debate at https://evil.example.\n',
			},
			{ id: 'third', path: 'third.txt', text: 'On Monday the Riverton council approved a library budget of 12 million dollars.\n' },
		]);
		// The whole passage shown, so that every piece of markup in it is in the card.
		const card = cardAt(hostile, 'plain', '12 million dollars', { maxPassage: 400 });
		const { links, html, text } = parseCard(card);
		assert.deepEqual(html, []);
		assert.ok(links.length > 0);
		assert.ok(links.every((link) => openPassageLink.test(link) || ignoreLink.test(link)), links.join('\n'));
		assert.ok(text.includes('<script>alert(1)</script>'), 'the script shows as text');
		assert.ok(text.includes('[x](command:evil)'), 'the link shows as text');
		assert.ok(!card.includes('](command:evil'));
	});

	test('marks cover whole words, with quotation marks and trailing commas left outside', () => {
		const text = 'They pour US$48 billion in, “Our ports must serve,” she said.';
		const span = (word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });
		const passage = { start: 0, end: text.length };
		assert.equal(markPassage(text, passage, [span('$48')], '**', 200), 'They pour **US\\$48** billion in, “Our ports must serve,” she said\\.');
		assert.equal(markPassage(text, passage, [span('Our'), span('serve')], '**', 200), 'They pour US\\$48 billion in, “**Our** ports must **serve**,” she said\\.');
	});

	test('a long passage is cut around its first mark, on word boundaries', () => {
		const text = `${'word '.repeat(80)}target ${'tail '.repeat(80)}`;
		const marked = markPassage(text, { start: 0, end: text.length }, [{ start: 400, end: 406 }], '**', 100);
		assert.match(marked, /^…word .*\*\*target\*\* tail.*…$/);
		assert.ok(marked.length < 130);
	});

	test('with one article the card says comparison needs a second outlet', () => {
		const alone = analyseSources([{ id: 'only', path: 'only.txt', text: 'The Riverton council approved a library budget of 12 million dollars on Monday.\n' }]);
		const card = cardAt(alone, 'only', '12 million');
		assert.match(card, /needs a second outlet/);
	});

	test('each discrepancy on the passage says why it was flagged and how sure the analysis is', () => {
		const comparison = comparisonAt(sample, 'harbourline-daily', '26 percent');
		const percent = comparison.discrepancies.find((discrepancy) => discrepancy.kind === 'figure')!;
		const card = renderHoverCard(comparison, sample.directory);
		const block = card.split('\n\n').find((paragraph) => paragraph.startsWith('$(warning)') && paragraph.includes('26 percent'))!;
		assert.ok(block, card);
		const { text } = parseCard(block);
		assert.ok(text.includes(percent.reason), text);
		assert.match(block, new RegExp(`\\(${percent.severity} · confidence ${Math.round(percent.confidence * 100)}%\\)`));
	});

	test('the Ignore link runs Ignore This Discrepancy with the discrepancy\'s id, and nothing else runnable is added', () => {
		const comparison = comparisonAt(sample, 'harbourline-daily', '26 percent');
		const { links, html } = parseCard(renderHoverCard(comparison, sample.directory));
		assert.deepEqual(html, []);
		const ignores = links.filter((link) => ignoreLink.test(link));
		assert.deepEqual(
			ignores.map((link) => JSON.parse(decodeURIComponent(link.slice(link.indexOf('?') + 1)))),
			comparison.discrepancies.slice(0, 3).map((discrepancy) => [{ discrepancy: discrepancy.id }]),
		);
		assert.ok(links.every((link) => openPassageLink.test(link) || ignoreLink.test(link)), links.join('\n'));
	});

	test('discrepancies the filter or the ignore list leave out are not summarised, only counted', () => {
		const comparison = comparisonAt(sample, 'harbourline-daily', '26 percent');
		assert.ok(comparison.discrepancies.length > 0);
		const card = renderHoverCard(comparison, sample.directory, { listed: new Set() });
		assert.doesNotMatch(card, /\$\(warning\)/);
		assert.ok(!parseCard(card).links.some((link) => ignoreLink.test(link)));
		assert.match(card, new RegExp(`\\*${comparison.discrepancies.length} hidden by the filter or ignored\\*`));
		// The other outlets' versions are still there: they are facts of the comparison, not flags.
		assert.match(card, /\*\*The Meridian Ledger\*\*/);
	});
});

suite('hover card links that open a passage', () => {
	test('Open beside carries the words the card shows in bold, to be marked in the editor it opens', () => {
		const sources = analyseSources([
			{ id: 'north', path: 'north.txt', text: 'The ferry board said, "We must raise the fares before the winter season starts."\n' },
			{ id: 'south', path: 'south.txt', text: 'The ferry board said, "We should raise the fares before the winter season starts."\n' },
			{ id: 'east', path: 'east.txt', text: 'The ferry board said, "We should raise the fares before the winter season starts."\n' },
		]);
		const card = cardAt(sources, 'north', 'must raise');
		const targets = parseCard(card)
			.links.filter((link) => openPassageLink.test(link))
			.map(targetOf)
			.filter((target) => target.words);
		assert.ok(targets.length >= 2, card);
		for (const target of targets) {
			const text = sources.directory.get(target.article)!.text;
			assert.deepEqual(
				target.words!.map((word) => text.slice(word.start, word.end)),
				['should'],
			);
		}
	});
});

suite('a compact hover card', () => {
	test('one rule sets the outlets apart from the discrepancy, none between them, and each passage is one short line', async () => {
		const sample = await analyseFolder(sampleFolder);
		const card = cardAt(sample, 'harbourline-daily', '26 percent');
		const outlets = card.split('\n\n').filter((block) => /^\*\*[^*]+\*\* · /.test(block));
		assert.ok(outlets.length >= 3, card);
		assert.equal(card.split('\n\n').filter((block) => block === '---').length, 2, 'a rule above the outlets and one above those that do not report it');
		for (const line of card.split('\n').filter((text) => text.startsWith('> '))) {
			// Escapes and bold marks aside, at most 90 characters and the two ellipses.
			assert.ok(line.slice(2).replace(/\\(.)/g, '$1').replace(/\*\*/g, '').length <= 92, line);
		}
	});
});
