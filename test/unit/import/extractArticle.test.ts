import * as assert from 'node:assert/strict';
import { decodeHtml } from '../../../src/import/decodeHtml';
import { parsePage } from '../../../src/import/dom';
import { extractArticle } from '../../../src/import/extractArticle';
import { readMetadata } from '../../../src/import/metadata';
import { toMarkdown } from '../../../src/import/toMarkdown';
import { urlsInText } from '../../../src/import/urls';
import { page } from './pageServer';

const text = (name: string, contentType?: string) => decodeHtml(page(name), contentType).text;

function failure(run: () => unknown): string {
	try {
		run();
	} catch (error) {
		return (error as Error).message;
	}
	assert.fail('expected the extraction to fail');
}

suite('Extracting the article of a news page', () => {
	const article = extractArticle(text('news.html'), 'https://gazette.example/news/orlen-ferry-returns');

	test('the paragraphs, the quote, the subheading and the block quote are kept, in order', () => {
		const kept = [
			'The chain ferry between Orlen and Piskow returned',
			'The ferry carried 412 passengers and 96 cars',
			'"We have replaced the hull plates, the engine and every metre of the chain," said Hedda Vornholt',
			'## A costly winter',
			'> Without the ferry, a trip to the hospital in Piskow takes an hour and a half by road.',
			'Councillor Anders Blum said the county would review the timetable',
			'The first sailing of the day now leaves Orlen at seven',
		];
		const places = kept.map((passage) => article.body.indexOf(passage));
		assert.ok(places.every((place) => place >= 0), `missing: ${kept.filter((_, i) => places[i] < 0).join(' | ')}`);
		assert.deepEqual(places, [...places].sort((a, b) => a - b));
	});

	test('navigation, ads, the cookie banner, related links, the newsletter box, scripts and the footer are dropped', () => {
		for (const boilerplate of ['Sport', 'Weather', 'Advertisement', 'Valley Rover', 'cookies', 'Related stories', 'Dunmere bridge plan shelved', 'Sign up', 'More from News', 'All rights reserved', 'trackPageview', 'dataset.loaded', 'Share']) {
			assert.ok(!article.body.includes(boilerplate), `"${boilerplate}" leaked into the body`);
		}
	});

	test('the headline and the byline are in the front matter, not repeated in the body', () => {
		assert.equal(article.title, 'Orlen ferry sails again after winter repairs');
		assert.equal(article.byline, 'Ilse Marrow');
		assert.ok(!article.body.includes('Orlen ferry sails again after winter repairs'));
		assert.ok(!article.body.includes('river correspondent'));
	});

	test('the outlet, the date and the address come from the page', () => {
		assert.equal(article.outlet, 'Marsh Valley Gazette');
		assert.equal(article.date, '2026-02-11');
		assert.equal(article.url, 'https://gazette.example/news/orlen-ferry-returns');
	});

	test('an AMP page gives its article without its amp-img, amp-ad or sidebar, and its outlet from the JSON-LD publisher', () => {
		const amp = extractArticle(text('amp.html'));
		assert.equal(amp.outlet, 'Railwatch Weekly');
		assert.equal(amp.date, '2026-03-02');
		assert.equal(amp.byline, 'Tomas Ekwall');
		assert.equal(amp.url, 'https://railwatch.example/stories/night-trains-kessel', 'a saved page keeps its canonical address');
		assert.match(amp.body, /about 40,000 passengers in the first year/);
		assert.doesNotMatch(amp.body, /Advertisement|Lines|Fares|By Tomas Ekwall/);
		assert.equal(amp.body.split('\n\n').length, 4);
	});

	test('a paywall stub is no article, and says why', () => {
		assert.equal(failure(() => extractArticle(text('paywall.html'))), 'no article in the page, only a teaser: the page says the article is behind a paywall');
	});

	test('a page of links is no article', () => {
		const links = `<html><body><h1>Latest</h1><ul>${'<li><a href="/a">A headline about the harbour</a></li>'.repeat(30)}</ul></body></html>`;
		assert.equal(failure(() => extractArticle(links)), 'no article found in the page (too little text: a paywall, a login page or a list of links?)');
	});
});

suite('Reading a page\'s metadata', () => {
	const head = (inner: string) => parsePage(`<html><head>${inner}</head><body><p>Text.</p></body></html>`);

	test('og:site_name comes before the JSON-LD publisher, which comes before the host', () => {
		const ld = '<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"From LD"}}</script>';
		assert.equal(readMetadata(head(`<meta property="og:site_name" content="From OG">${ld}`), 'https://www.host.example/a').outlet, 'From OG');
		assert.equal(readMetadata(head(ld), 'https://www.host.example/a').outlet, 'From LD');
		assert.equal(readMetadata(head(''), 'https://www.host.example/a').outlet, 'host.example');
	});

	test('a WebSite beside the article in @graph is not taken for the publisher', () => {
		const ld = '<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"site.example"},{"@type":["ReportageNewsArticle"],"headline":"Real headline","publisher":[{"@type":"Organization","name":"Real Outlet"}]}]}</script>';
		const meta = readMetadata(head(ld));
		assert.equal(meta.outlet, 'Real Outlet');
		assert.equal(meta.title, 'Real headline');
	});

	test('the date: article:published_time, else JSON-LD datePublished, else the first <time>, the local date kept', () => {
		assert.equal(readMetadata(head('<meta property="article:published_time" content="2026-02-11T23:30:00-05:00">')).date, '2026-02-11');
		assert.equal(readMetadata(head('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-12-31"}</script>')).date, '2025-12-31');
		assert.equal(readMetadata(parsePage('<p>Posted <time datetime="2024-07-04T10:00">July 4</time></p>')).date, '2024-07-04');
	});

	test('several authors make one byline; broken JSON-LD is passed over', () => {
		const ld = '<script type="application/ld+json">{ broken </script><script type="application/ld+json">{"@type":"NewsArticle","author":[{"name":"Ana Ruiz"},{"name":"Li Wen"},"Sam Obi"]}</script>';
		assert.equal(readMetadata(head(ld)).byline, 'Ana Ruiz, Li Wen and Sam Obi');
	});

	test('the outlet\'s name is taken off the end of the <title>', () => {
		assert.equal(readMetadata(head('<title>Tolls rise again | Saltmarsh Post</title><meta property="og:site_name" content="Saltmarsh Post">')).title, 'Tolls rise again');
		assert.equal(readMetadata(head('<title>Tolls rise | again</title>')).title, 'Tolls rise | again');
	});
});

suite('Article content as Markdown', () => {
	const markdown = (html: string) => toMarkdown(parsePage(`<html><body><div id="root">${html}</div></body></html>`).querySelector('#root')!);

	test('headings become second-level or deeper, quotes get "> ", links and emphasis keep only their text', () => {
		assert.equal(markdown('<h1>Top</h1><p>A <a href="/x">linked</a> and <em>stressed</em> word.</p><h3>Lower</h3><blockquote><p>One.</p><p>Two.</p></blockquote>'), '## Top\n\nA linked and stressed word.\n\n### Lower\n\n> One.\n\n> Two.\n');
	});

	test('a list of prose stays a list; a list of links goes', () => {
		assert.equal(markdown('<ul><li>Bread rose by 4%.</li><li>Milk fell.</li></ul><ul><li><a href="/a">Read more</a></li><li><a href="/b">Also read</a></li></ul>'), '- Bread rose by 4%.\n- Milk fell.\n');
	});

	test('figures, captions, tables, forms and scripts are dropped; loose text in a container is a paragraph', () => {
		assert.equal(markdown('Loose <b>text</b><figure><img src="x.jpg"><figcaption>Photo: someone</figcaption></figure><table><tr><td>1</td></tr></table><form><button>Go</button></form><script>x()</script><p>End.</p>'), 'Loose text\n\nEnd.\n');
	});

	test('a paragraph that would read as Markdown markup is escaped', () => {
		assert.equal(markdown('<p># 1 in the charts</p><p>- 5 degrees overnight</p><p>1. Not a list</p>'), '\\# 1 in the charts\n\n\\- 5 degrees overnight\n\n\\1. Not a list\n');
	});
});

suite('The page\'s character set', () => {
	test('a Content-Type header saying ISO-8859-1 reads the Latin-1 bytes', () => {
		const decoded = decodeHtml(page('latin1.html'), 'text/html; charset=ISO-8859-1');
		assert.equal(decoded.encoding, 'windows-1252');
		assert.match(decoded.text, /Brücke über die Wölm/);
		assert.match(decoded.text, /«Wir bauen lieber gründlich als schnell»/);
	});

	test('a <meta charset="windows-1252"> reads curly quotes and the euro sign at 0x80–0x9F', () => {
		const decoded = decodeHtml(page('cp1252.html'), 'text/html');
		assert.match(decoded.text, /“The causeway is sinking, and someone has to pay to lift it,” said Rowan Tate/);
		assert.match(decoded.text, /from €3 to €4/);
		assert.match(decoded.text, /board’s plan/);
	});

	test('a byte order mark wins over what the header says', () => {
		const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>Café “crème”</p>', 'utf8')]);
		assert.deepEqual(decodeHtml(bytes, 'text/html; charset=iso-8859-1'), { text: '<p>Café “crème”</p>', encoding: 'utf-8' });
	});

	test('UTF-8 without a BOM or a declaration is read as UTF-8; bytes that are not UTF-8 as Windows-1252', () => {
		assert.equal(decodeHtml(Buffer.from('<p>Zürich – 5 °C</p>', 'utf8')).text, '<p>Zürich – 5 °C</p>');
		assert.equal(decodeHtml(Buffer.from([0x3c, 0x70, 0x3e, 0x93, 0x48, 0x69, 0x94, 0x20, 0x80, 0x35])).text, '<p>“Hi” €5');
	});

	test('an unknown charset label is passed over', () => {
		assert.equal(decodeHtml(Buffer.from('<p>plain</p>'), 'text/html; charset=no-such-thing').text, '<p>plain</p>');
	});
});

suite('URLs on the clipboard', () => {
	test('each http(s) URL once, in order, without the punctuation around it', () => {
		const clipboard = 'Two stories: https://a.example/one, and (see https://b.example/two).\nhttps://a.example/one again, and https://c.example/wiki/Ferry_(boat) too. ftp://d.example/x is not one.';
		assert.deepEqual(urlsInText(clipboard), ['https://a.example/one', 'https://b.example/two', 'https://c.example/wiki/Ferry_(boat)']);
	});

	test('text without URLs gives none', () => {
		assert.deepEqual(urlsInText('nothing to see here, http:// alone'), []);
	});
});
