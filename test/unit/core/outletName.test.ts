import * as assert from 'node:assert/strict';
import { combineAnalyses, analyzeArticle } from '../../../src/core/analyze';
import { parseIgnoreFile, setOutletName } from '../../../src/core/ignore';
import { compareArticles } from '../../../src/core/pipeline';
import { isMachineName, labelFromText, nameOutlets, outletNameFor, outletOfByline, siteNameOf } from '../../../src/core/outletName';
import { parseArticle } from '../../../src/core/parse';
import { sampleFolder } from '../helpers/sample';

const outletOf = (text: string, path = '001_9f3a77c2e01b4d55.txt') => parseArticle({ id: 'a', path, text }).article.meta.outlet;

suite('outlet names: read from the text', () => {
	test('an undated dateline names its agency: "HALDEN (Nordwire) —"', () => {
		assert.equal(outletOf('HALDEN (Nordwire) — The ferry sailed again on Monday after a week of strikes.\n'), 'Nordwire');
	});

	test('a dated dateline still names its agency', () => {
		assert.equal(outletOf('Ferry sails again after strike\n\nHALDEN, March 4 (Nordwire) – The ferry sailed again on Monday.\n'), 'Nordwire');
	});

	test('a prose sentence with a parenthesis is no dateline', () => {
		assert.notEqual(outletOf('Brenn (who chairs the board) - not the mayor - signed the deal on Monday.\n'), 'who chairs the board');
	});

	test("a by-line's outlet after a comma, a bar or 'for' names the outlet", () => {
		assert.equal(outletOfByline('Jane Roe, Marsh Valley Gazette'), 'Marsh Valley Gazette');
		assert.equal(outletOfByline('Jane Roe | Nordic Wire'), 'Nordic Wire');
		assert.equal(outletOfByline('JANE ROE, AP'), 'AP');
		assert.equal(outletOfByline('Jane Roe for The Harbour Times'), 'The Harbour Times');
		assert.equal(outletOfByline('Jane Roe, Nordic Wire Writer'), 'Nordic Wire');
	});

	test('a by-line with a role or a list of authors names no outlet', () => {
		assert.equal(outletOfByline('Jane Roe, Staff writer'), undefined);
		assert.equal(outletOfByline('Ann Lee, Bo Ray and Cy Tam'), undefined);
		assert.equal(outletOfByline('Ines Dorr'), undefined);
	});

	test("an article's by-line gives its outlet when the header has none", () => {
		assert.equal(outletOf('Ferry sails again after strike\n\nBy Jane Roe, Marsh Valley Gazette\n\nThe ferry sailed again on Monday.\n'), 'Marsh Valley Gazette');
	});

	test('a site-name line above the headline names the outlet, and the headline stays the headline', () => {
		const text = 'THE HARBOUR TIMES\n\nFerry sails again after strike\n\nThe ferry sailed again on Monday.\n';
		const { meta } = parseArticle({ id: 'a', path: 'x.txt', text }).article;
		assert.equal(meta.outlet, 'THE HARBOUR TIMES');
		assert.equal(meta.title, 'Ferry sails again after strike');
	});

	test('a headline ending in a word of the trade, followed by prose, is still the headline', () => {
		const text = 'Town Mourns Its Daily\n\nThe last edition went to print on Monday.\n';
		const { meta } = parseArticle({ id: 'a', path: 'x.txt', text }).article;
		assert.equal(meta.title, 'Town Mourns Its Daily');
	});

	test('site names: a domain or a title-case name ending in a word of the trade, never a headline', () => {
		assert.equal(siteNameOf('harbourledger.com'), 'harbourledger.com');
		assert.equal(siteNameOf('Nordic Wire | World'), 'Nordic Wire');
		assert.equal(siteNameOf('Ferry Service Ends'), undefined);
		assert.equal(siteNameOf('The ferry strike ended in the early hours of the day, news'), undefined);
	});
});

suite('outlet names: a label when the text names none', () => {
	test('a machine-made file name is no outlet name; a person-made one is', () => {
		assert.equal(isMachineName('001_9f3a77c2e01b4d55'), true);
		assert.equal(isMachineName('20260304-01'), true);
		assert.equal(isMachineName('harbour-times'), false);
		assert.equal(isMachineName('reuters_2026-03-04'), false);
	});

	test('a machine-named article is labelled with the first words of its headline', () => {
		assert.equal(outletOf('Ferry sails again after the strike\n\nThe ferry sailed again on Monday.\n'), 'Ferry sails again after…');
	});

	test('with no headline, the first words of the body, without a leading article', () => {
		assert.equal(outletOf(' date 2026-03-04 \n\nThe dock workers of Halden voted on Monday to end the strike.\n'), 'Dock workers of Halden…');
	});

	test('a person-made file name stays the outlet', () => {
		assert.equal(outletOf('The ferry sailed again on Monday.\n', 'events/harbour-times.txt'), 'harbour-times');
	});

	test('labels are short, and end where the words end', () => {
		assert.equal(labelFromText('Strike over'), 'Strike over');
		assert.equal(labelFromText('Strike over: ferries run'), 'Strike over: ferries run');
		assert.equal(labelFromText('“Never again,” dockers say after vote'), '“Never again,” dockers say…');
		assert.equal(labelFromText(' … '), undefined);
	});
});

suite('outlet names: chosen by the reader', () => {
	test('a name keyed by a file name applies to that file in any folder; the longest key wins', () => {
		const names = { '001.txt': 'Harbour Times', 'b/001.txt': 'Nordic Wire' };
		assert.equal(outletNameFor('a/001.txt', names), 'Harbour Times');
		assert.equal(outletNameFor('b/001.txt', names), 'Nordic Wire');
		assert.equal(outletNameFor('b/1001.txt', names), undefined);
		assert.equal(outletNameFor('001.txt', undefined), undefined);
	});

	test('named outlets replace the label before comparing, and the others are left as they are', () => {
		const corpus = combineAnalyses([
			analyzeArticle({ id: 'a', path: 'f/001_9f3a77c2e01b4d55.txt', text: 'The ferry sailed again on Monday.\n' }),
			analyzeArticle({ id: 'b', path: 'f/harbour-times.txt', text: 'The ferry sailed again on Tuesday.\n' }),
		]);
		const named = nameOutlets(corpus, { '001_9f3a77c2e01b4d55.txt': 'Marsh Valley Gazette' });
		assert.deepEqual(
			named.articles.map(({ parsed }) => parsed.article.meta.outlet),
			['Marsh Valley Gazette', 'harbour-times'],
		);
		assert.equal(named.articles[1], corpus.articles[1]);
		assert.equal(nameOutlets(corpus, {}), corpus);
		// Named the same again, an article is the same object (the editor then judges nothing of it again); named anew, a new one.
		assert.equal(nameOutlets(corpus, { '001_9f3a77c2e01b4d55.txt': 'Marsh Valley Gazette' }).articles[0], named.articles[0]);
		const renamed = nameOutlets(corpus, { '001_9f3a77c2e01b4d55.txt': 'Orla Post' }).articles[0];
		assert.notEqual(renamed, named.articles[0]);
		assert.equal(renamed.parsed.article.meta.outlet, 'Orla Post');
	});
});

suite('outlet names: kept in .crossread.json', () => {
	test('the file reads outlet names beside the ignore list, and refuses a list of them', () => {
		assert.deepEqual(parseIgnoreFile('{"ignore": {"names": ["Brenn"]}, "outletNames": {"a.txt": "Nordic Wire"}}'), { names: ['Brenn'], outletNames: { 'a.txt': 'Nordic Wire' } });
		const bad = parseIgnoreFile('{"outletNames": ["Nordic Wire"]}');
		assert.ok('error' in bad && bad.error.includes('"outletNames"'));
	});

	test('naming an outlet keeps everything else in the file, and an empty name removes the entry', () => {
		const named = setOutletName('{"ignore": {"outlets": ["x"]}, "mine": 1}', 'b/001.txt', ' Nordic Wire ');
		assert.deepEqual(JSON.parse(named), { ignore: { outlets: ['x'] }, mine: 1, outletNames: { 'b/001.txt': 'Nordic Wire' } });
		assert.deepEqual(JSON.parse(setOutletName(named, 'b/001.txt', '')), { ignore: { outlets: ['x'] }, mine: 1 });
		assert.throws(() => setOutletName('[1]', 'a.txt', 'X'));
	});

	test('the comparison names the outlet in its summaries and its articles, in place of what the header said', async () => {
		const before = await compareArticles([sampleFolder]);
		const path = before.corpus.articles.find(({ parsed }) => before.comparison.discrepancies.some((discrepancy) => discrepancy.summary.includes(parsed.article.meta.outlet)))!.parsed.article.path;
		const old = before.corpus.articles.find(({ parsed }) => parsed.article.path === path)!.parsed.article.meta.outlet;
		const after = await compareArticles([sampleFolder], { outletNames: { [path.split('/').pop()!]: 'Renamed Wire' } });
		assert.equal(after.corpus.articles.find(({ parsed }) => parsed.article.path === path)!.parsed.article.meta.outlet, 'Renamed Wire');
		const summaries = after.comparison.discrepancies.map((discrepancy) => discrepancy.summary).join('\n');
		assert.match(summaries, /Renamed Wire/);
		assert.ok(!summaries.includes(old), `no summary names ${old} any more`);
	});
});
