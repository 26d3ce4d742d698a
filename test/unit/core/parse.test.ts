import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../../../src/core/parse';
import { seedsFolder, seedsPresent } from '../helpers/sample';

const parse = (text: string, path = 'story.txt') => parseArticle({ id: 'a', path, text });
const slice = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

suite('parseArticle: header', () => {
	test('front matter gives outlet, date, byline, title and url, and the body starts after it', () => {
		const text = '---\noutlet: The Harbour Gazette\ndate: 2026-03-04\nbyline: By Ines Dorr\ntitle: Accord signed\nurl: https://gazette.example/a\n---\n\nThe ministers signed the accord.\n';
		const { article } = parse(text, 'gazette.md');
		assert.deepEqual(article.meta, { outlet: 'The Harbour Gazette', date: '2026-03-04', byline: 'Ines Dorr', title: 'Accord signed', url: 'https://gazette.example/a' });
		assert.equal(text.slice(article.bodyStart).trimStart().slice(0, 13), 'The ministers');
	});

	test('a " date YYYY-MM-DD " line glued to the first sentence splits there', () => {
		const text = ' date 2026-03-04 The ministers signed the accord in the port.\n\nTrade rose.\n';
		const { article, sentences } = parse(text);
		assert.equal(article.meta.date, '2026-03-04');
		assert.equal(slice(text, sentences[0]), 'The ministers signed the accord in the port.');
	});

	test('breadcrumbs after the date header are boilerplate, reported and kept out', () => {
		const text = ' date 2026-03-04 Home » World\n\nThe ministers signed the accord.\n';
		const { article, sentences } = parse(text);
		assert.deepEqual(article.boilerplate.map((span) => slice(text, span)), ['Home » World']);
		assert.equal(sentences.length, 1);
	});

	test('a headline with a trailing publication time, a by-line and an agency dateline', () => {
		const text = 'Ports reopen after the strike – March 4, 2026 at 9:12 a.m.\n\nby Ola Brenn\n\nHALDEN, March 4 (Nordwire) – Dock workers returned on Wednesday.\n';
		const { article, sentences, headline } = parse(text);
		assert.equal(article.meta.title, 'Ports reopen after the strike');
		assert.equal(article.meta.date, '2026-03-04');
		assert.equal(article.meta.byline, 'Ola Brenn');
		assert.equal(article.meta.outlet, 'Nordwire');
		assert.equal(headline && slice(text, headline), 'Ports reopen after the strike');
		assert.deepEqual(
			sentences.map((sentence) => slice(text, sentence)),
			['Ports reopen after the strike', 'HALDEN, March 4 (Nordwire) – Dock workers returned on Wednesday.'],
		);
	});

	test('a date line and a headline without final punctuation', () => {
		const text = 'Wednesday, March 4, 2026\n\nDockers Return: \'Back To Work\' In The Port\n\nDock workers returned on Wednesday.\n';
		const { article } = parse(text);
		assert.equal(article.meta.date, '2026-03-04');
		assert.equal(article.meta.title, "Dockers Return: 'Back To Work' In The Port");
	});

	test('a URL on the first line names the outlet by its host', () => {
		const { article } = parse('http://www.portnews.example/story/1\n\nDock workers returned on Wednesday.\n');
		assert.equal(article.meta.outlet, 'portnews.example');
	});

	test('without any header the outlet is the file name', () => {
		assert.equal(parse('Dock workers returned.\n', 'dir/port-daily.txt').article.meta.outlet, 'port-daily');
	});
});

suite('parseArticle: boilerplate', () => {
	test('READ MORE and DO NOT MISS glued to the end of a prose line are cut off, the prose kept', () => {
		const text = 'The dockers voted to return. READ MORE ABOUT A SINGER’S NEW TOUR\n\nNo vote was needed. DO NOT MISS :\n\nREAD MORE: Strike ends\n';
		const { article, sentences } = parse(text);
		assert.deepEqual(article.boilerplate.map((span) => slice(text, span)), ['READ MORE ABOUT A SINGER’S NEW TOUR', 'DO NOT MISS :', 'READ MORE: Strike ends']);
		assert.deepEqual(sentences.map((sentence) => slice(text, sentence)), ['The dockers voted to return.', 'No vote was needed.']);
	});

	test('credit lines at the end are boilerplate', () => {
		const text = 'The dockers voted to return.\n\n(Reporting by Ola Brenn; Editing by Tom Fell)\n';
		assert.equal(parse(text).article.boilerplate.length, 1);
	});

	test('a wire story\'s revision note and its standards line are boilerplate; a sentence in brackets that reports is prose', () => {
		const text = 'Tarn raises rates\n\n(Adds economist comment in paragraph 4)\n\nThe bank raised its rate.\n\n(Corrects spelling of governor\'s name in paragraph 2)\n\n(The bank adds that it will meet again in May.)\n\nOur Standards: The Harbour Wire Trust Principles.\n';
		const { article } = parse(text);
		assert.deepEqual(article.boilerplate.map((span) => slice(text, span)), ['(Adds economist comment in paragraph 4)', '(Corrects spelling of governor\'s name in paragraph 2)', 'Our Standards: The Harbour Wire Trust Principles.']);
	});

	test("a blog's posting line, with its category and a dated year at the line's end, is boilerplate; news about a post is prose", () => {
		const text = 'Ferry strike ends\n\nOn behalf of Orlek & Vey, LLP. posted in Harbour News on Friday, May 2, 2031.\n\nThe captain posted in the crew forum on Monday that the strike was over.\n';
		const { article } = parse(text);
		assert.deepEqual(article.boilerplate.map((span) => slice(text, span)), ['On behalf of Orlek & Vey, LLP. posted in Harbour News on Friday, May 2, 2031.']);
	});

	test('a subheading in capitals is prose, not boilerplate', () => {
		const text = 'The dockers voted.\n\nBRENN CANNOT WAIT FOR THE SEASON\n\nShe said so.\n';
		const { article, paragraphs } = parse(text);
		assert.equal(article.boilerplate.length, 0);
		assert.equal(paragraphs.length, 3);
	});
});

suite('parseArticle: body', () => {
	test('Markdown markup is blanked, prose offsets are unchanged', () => {
		const text = '# Accord signed\n\nThe **ministers** met [in the port](https://x.example/port) on `Tuesday`.\n';
		const parsed = parse(text, 'a.md');
		assert.equal(parsed.text.length, text.length);
		assert.equal(parsed.article.meta.title, 'Accord signed');
		assert.deepEqual(
			parsed.sentences.map((sentence) => parsed.text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ')),
			['Accord signed', 'The ministers met in the port on Tuesday .'],
		);
	});

	test('CRLF line ends keep paragraphs and offsets exact', () => {
		const text = 'First paragraph here.\r\n\r\nSecond one, “quoted”.\r\n';
		const { sentences } = parse(text);
		assert.deepEqual(sentences.map((sentence) => slice(text, sentence)), ['First paragraph here.', 'Second one, “quoted”.']);
	});

	test('a heading line without punctuation is a paragraph of its own even without a blank line', () => {
		const text = 'The dockers voted.\nBRENN CANNOT WAIT\nShe said the season starts soon.\n';
		assert.equal(parse(text).paragraphs.length, 3);
	});

	test('hard-wrapped prose stays one paragraph, its first line no headline', () => {
		const text = 'The dockers voted on Tuesday to return to work after a strike that lasted\nnine days and closed the port.\n';
		const parsed = parse(text);
		assert.equal(parsed.article.meta.title, undefined);
		assert.deepEqual(
			parsed.sentences.map((sentence) => slice(text, sentence)),
			['The dockers voted on Tuesday to return to work after a strike that lasted\nnine days and closed the port.'],
		);
	});
});

suite('parseArticle: real articles', () => {
	test('every seed article has a body, a date and sentences inside the file', function () {
		if (!seedsPresent()) {
			this.skip();
		}
		for (const name of readdirSync(seedsFolder)) {
			const text = readFileSync(join(seedsFolder, name), 'utf8');
			const parsed = parseArticle({ id: name, path: name, text });
			assert.ok(parsed.article.meta.date, `${name} has a date`);
			assert.ok(parsed.sentences.length >= 10, `${name} has sentences`);
			for (const sentence of parsed.sentences) {
				const inHeadline = parsed.headline !== undefined && sentence.start >= parsed.headline.start && sentence.end <= parsed.headline.end;
				assert.ok((inHeadline || sentence.start >= parsed.article.bodyStart) && sentence.end <= text.length);
			}
		}
	});
});
