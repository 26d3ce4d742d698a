import * as assert from 'node:assert/strict';
import { variantForms } from '../../../src/core/entities/variantForms';
import { buildReport, type ReportFilter } from '../../../src/core/report/model';
import { renderReportHtml, type SpellingTable } from '../../../src/presentation/reportHtml';
import { type Analysed, analyseFolder, analyseSources, sampleFolder } from './analysed';

const page = { nonce: 'n0nce4test', cspSource: 'vscode-webview://test-source', scriptUri: 'vscode-webview://test-source/media/report.js', styleUri: 'vscode-webview://test-source/media/report.css' };

function render(analysed: Analysed, filter: ReportFilter = {}): string {
	const spellings: SpellingTable = new Map(analysed.corpus.entities.map((entity) => [entity.id, variantForms(entity)]));
	return renderReportHtml(buildReport(analysed.corpus, analysed.comparison, filter), spellings, page);
}

suite('report page', () => {
	let sample: Analysed;
	let html: string;
	suiteSetup(async () => {
		sample = await analyseFolder(sampleFolder);
		html = render(sample);
	});

	test('a strict Content-Security-Policy allows only the nonce\'s script and the media folder', () => {
		const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
		assert.ok(csp, 'the CSP meta tag is there');
		assert.match(csp, /default-src &#39;none&#39;/);
		assert.match(csp, /script-src &#39;nonce-n0nce4test&#39;/);
		assert.match(csp, /style-src vscode-webview:\/\/test-source/);
		assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
	});

	test('the one script carries the nonce, and nothing loads from the network', () => {
		const scripts = html.match(/<script\b[^>]*>/g) ?? [];
		assert.deepEqual(scripts, ['<script nonce="n0nce4test" src="vscode-webview://test-source/media/report.js">']);
		assert.doesNotMatch(html, /(src|href)="https?:/);
		assert.doesNotMatch(html, /\sstyle="/, 'no inline styles: the CSP forbids them');
	});

	test('ranked discrepancies come first, each passage a button that reveals it', () => {
		const summaries = [...html.matchAll(/class="reveal summary"[^>]*>([^<]*)</g)].map((match) => match[1]);
		assert.equal(summaries.length, sample.comparison.discrepancies.length);
		const reveal = /data-article="harbourline-daily" data-range="(\d+),(\d+),(\d+),(\d+)"[^>]*><span class="outlet">Harbourline Daily<\/span> <span class="variant">26 percent<\/span>/.exec(html);
		assert.ok(reveal, 'the odd outlet of the percentage is a reveal button');
	});

	test('the coverage matrix has a column per outlet and the chart a row per outlet', () => {
		const columns = html.match(/<th scope="col" class="outlet-column">/g) ?? [];
		assert.equal(columns.length, sample.articleIds.length);
		const bars = html.match(/<div class="chart-row">/g) ?? [];
		assert.equal(bars.length, sample.articleIds.length);
	});

	test('the spellings table lists who writes Varennikoff', () => {
		assert.match(html, /<span class="form">Aleksandr Varennikoff<\/span> <span class="outlets">dravonia-today<\/span>/);
	});

	test('article text is escaped', () => {
		const hostile = analyseSources([
			{ id: 'a', path: 'a.txt', text: 'The Riverton council approved a library budget of 12 million dollars on Monday.\n' },
			{
				id: 'b',
				path: 'b.txt',
				text: 'The Riverton council approved a library budget of 14 million dollars on Monday.\n\nMayor Ilse Brandt called the vote <img src="https://evil.example/x.png" onerror="alert(1)"> a victory for readers of all ages.\n',
			},
			{ id: 'c', path: 'c.txt', text: 'The Riverton council approved a library budget of 12 million dollars on Monday.\n' },
		]);
		const page = render(hostile);
		assert.doesNotMatch(page, /<img/);
		assert.match(page, /&#60;img src=&#34;https:\/\/evil/);
	});

	test('one article: the page says comparison needs a second outlet', () => {
		const alone = render(analyseSources([{ id: 'a', path: 'a.txt', text: 'The Riverton council approved a library budget of 12 million dollars on Monday.\n' }]));
		assert.match(alone, /comparison needs a second outlet/);
		assert.doesNotMatch(alone, /id="coverage"/);
	});

	test('each discrepancy says why it was flagged and how sure the analysis is, and has an Ignore button with its id', () => {
		const items = html.match(/<li class="discrepancy"[\s\S]*?<\/li>\n(?=<li|<\/ol)/g) ?? [];
		assert.equal(items.length, sample.comparison.discrepancies.length);
		sample.comparison.discrepancies.forEach((discrepancy, index) => {
			assert.ok(items[index].includes(`data-action="ignore" data-discrepancy="${discrepancy.id}"`), items[index]);
			assert.match(items[index], new RegExp(`<span class="confidence">confidence ${Math.round(discrepancy.confidence * 100)}%</span>`));
			assert.match(items[index], /<p class="reason"><span class="why">Why:<\/span> /);
		});
	});

	test('what the filter and the ignore list leave out is counted; the ignored ones are listed apart when asked for', () => {
		const percent = sample.comparison.discrepancies.find((discrepancy) => discrepancy.kind === 'figure')!;
		const filtered = render(sample, { minSeverity: 'medium', ignore: { discrepancies: [percent.id] } });
		const low = sample.comparison.discrepancies.filter((discrepancy) => discrepancy.severity === 'low').length;
		assert.match(filtered, new RegExp(`<p class="summary">[^<]* \\(${low} less severe hidden · 1 ignored\\)</p>`));
		assert.doesNotMatch(filtered, /id="ignored"/);
		const withIgnored = render(sample, { minSeverity: 'medium', ignore: { discrepancies: [percent.id] }, showIgnored: true });
		const section = /<section id="ignored"[\s\S]*?<\/section>/.exec(withIgnored)?.[0] ?? '';
		assert.match(section, /<h2 id="ignored-title">Ignored \(1\)<\/h2>/);
		assert.ok(section.includes(`data-action="stopIgnoring" data-discrepancy="${percent.id}"`));
		assert.match(section, /<span class="ignored-by">ignored<\/span>/);
		// The chips filter the listed ones only: an ignored one has no kind to be filtered by.
		assert.doesNotMatch(section, /data-kind=/);
	});

	test('nothing listed because of the filter is not "the outlets agree"', () => {
		const none = render(sample, { minSeverity: 'high', kinds: ['attribution'] });
		assert.match(none, /None listed: /);
		assert.doesNotMatch(none, /the outlets agree/);
	});
});
