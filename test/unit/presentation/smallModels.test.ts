import * as assert from 'node:assert/strict';
import { describeHidden, sanitizeFilter } from '../../../src/presentation/discrepancyFilter';
import { commandUri, inertMarkdown } from '../../../src/presentation/markdownText';
import { nextSpan } from '../../../src/presentation/navigation';
import { outletPicks } from '../../../src/presentation/outletPicks';
import { shouldCompareOnOpen } from '../../../src/presentation/compareOnOpen';
import { statusText } from '../../../src/presentation/statusText';
import { uniqueArticleIds } from '../../../src/presentation/articleIds';
import { comparePassageAt } from '../../../src/core/compare/lookup';
import { analyseFolder, fixtureFolder, offsetOf } from './analysed';

suite('status bar text', () => {
	const none = { listed: 20, belowSeverity: 0, otherKinds: 0, ignored: 0 };
	const base = { articles: 6, outlets: 6, counts: none, starting: false, limitedTo: undefined };

	test('it counts outlets and discrepancies', () => {
		assert.equal(statusText(base)?.text, '$(book) 6 outlets · 20 discrepancies');
	});

	test('one outlet asks for a second', () => {
		assert.equal(statusText({ ...base, articles: 1, outlets: 1, counts: { ...none, listed: 0 } })?.text, '$(book) 1 outlet · add a second to compare');
		assert.match(statusText({ ...base, articles: 1, outlets: 1 })!.tooltip, /comparison needs a second outlet/);
	});

	test('the tooltip tells what the filter hides, what is ignored, and what the file limit left out', () => {
		const { text, tooltip } = statusText({ ...base, counts: { listed: 1, belowSeverity: 4, otherKinds: 0, ignored: 2 }, limitedTo: 500 })!;
		assert.equal(text, '$(book) 6 outlets · 1 discrepancy');
		assert.match(tooltip, /1 discrepancy \(4 less severe hidden · 2 ignored\)\./);
		assert.match(tooltip, /Only the first 500 matching files are compared/);
	});

	test('nothing hidden, nothing said about it', () => {
		assert.doesNotMatch(statusText(base)!.tooltip, /hidden|ignored|\(/);
	});

	test('nothing to show hides it; the first analysis spins', () => {
		assert.equal(statusText({ ...base, articles: 0, outlets: 0 }), undefined);
		assert.match(statusText({ ...base, starting: true })!.text, /sync~spin/);
	});

	test('a workspace that waits to be compared offers to compare it', () => {
		const { text, tooltip } = statusText({ ...base, articles: 0, outlets: 0, paused: true })!;
		assert.equal(text, '$(book) Compare articles');
		assert.match(tooltip, /software project/);
	});
});

suite('compare on open', () => {
	const project = { softwareProject: true, articleFolder: false };
	const articles = { softwareProject: false, articleFolder: false };

	test('a folder of articles is compared at once, a software project waits', () => {
		assert.equal(shouldCompareOnOpen('auto', articles), true);
		assert.equal(shouldCompareOnOpen('auto', project), false);
	});

	test('a software project with .news files or an ignore list is compared at once', () => {
		assert.equal(shouldCompareOnOpen('auto', { ...project, articleFolder: true }), true);
	});

	test('always and never override the look of the workspace; anything else reads as auto', () => {
		assert.equal(shouldCompareOnOpen('always', project), true);
		assert.equal(shouldCompareOnOpen('never', articles), false);
		assert.equal(shouldCompareOnOpen('sometimes', project), false);
		assert.equal(shouldCompareOnOpen(undefined, articles), true);
	});
});

suite('discrepancy navigation', () => {
	const spans = [
		{ start: 10, end: 15 },
		{ start: 40, end: 44 },
		{ start: 90, end: 95 },
	];

	test('next goes to the first span after the cursor, and wraps after the last', () => {
		assert.deepEqual(nextSpan(spans, 0, 'next'), { span: spans[0], wrapped: false });
		assert.deepEqual(nextSpan(spans, 10, 'next'), { span: spans[1], wrapped: false });
		assert.deepEqual(nextSpan(spans, 90, 'next'), { span: spans[0], wrapped: true });
	});

	test('previous goes to the last span before the cursor, and wraps before the first', () => {
		assert.deepEqual(nextSpan(spans, 40, 'previous'), { span: spans[0], wrapped: false });
		assert.deepEqual(nextSpan(spans, 10, 'previous'), { span: spans[2], wrapped: true });
	});

	test('no spans, no landing', () => {
		assert.equal(nextSpan([], 5, 'next'), undefined);
	});
});

suite('what is not listed', () => {
	test('nothing left out says nothing', () => {
		assert.equal(describeHidden({ belowSeverity: 0, otherKinds: 0, ignored: 0 }), undefined);
	});

	test('it counts what each reason leaves out, in the order severity, kind, ignore list', () => {
		assert.equal(describeHidden({ belowSeverity: 4, otherKinds: 0, ignored: 2 }), '4 less severe hidden · 2 ignored');
		assert.equal(describeHidden({ belowSeverity: 0, otherKinds: 3, ignored: 0 }), '3 of other kinds hidden');
		assert.equal(describeHidden({ belowSeverity: 1, otherKinds: 1, ignored: 1 }), '1 less severe hidden · 1 of other kinds hidden · 1 ignored');
	});

	test('settings: medium by default, and a typo neither hides nor shows everything', () => {
		assert.deepEqual(sanitizeFilter(undefined, undefined), { minSeverity: 'medium', kinds: ['figure', 'quote', 'entity', 'attribution', 'omission'] });
		assert.equal(sanitizeFilter('hihg', undefined).minSeverity, 'medium');
		assert.equal(sanitizeFilter('low', undefined).minSeverity, 'low');
		assert.deepEqual(sanitizeFilter('high', ['quote', 'figure', 'quotes']).kinds, ['figure', 'quote']);
	});
});

suite('markdown text', () => {
	test('markup, links and addresses are escaped', () => {
		assert.equal(inertMarkdown('*a* [x](command:evil) <b>'), '\\*a\\* \\[x\\]\\(command\\:evil\\) &lt;b&gt;');
		assert.equal(inertMarkdown('see https://example.com\nnow'), 'see https\\://example\\.com now');
	});

	test('command arguments cannot end the link early', () => {
		const uri = commandUri('crossread.openPassage', [{ article: 'a (1)', start: 1 }]);
		assert.doesNotMatch(uri, /[()\s]/);
		assert.deepEqual(JSON.parse(decodeURIComponent(uri.slice(uri.indexOf('?') + 1))), [{ article: 'a (1)', start: 1 }]);
	});
});

suite('outlet picker', () => {
	test('the outlets that report the passage are offered, the differing one first', async () => {
		const fixture = await analyseFolder(fixtureFolder);
		const comparison = comparePassageAt(fixture.comparison, 'northfield-courier', offsetOf(fixture, 'northfield-courier', '4.2 million') + 1, fixture.articleIds)!;
		const picks = outletPicks(comparison, fixture.directory);
		assert.deepEqual(
			picks.map((pick) => [pick.label, pick.description]),
			[
				['Valley Herald', 'differs: 4.2 million euros vs 4.5 million euros'],
				['Orvan Times', '2024-05-07 · agrees'],
			],
		);
		assert.match(picks[0].detail, /^The bridge cost 4\.5 million euros/);
		assert.equal(picks[0].target.beside, true);
	});
});

suite('article ids', () => {
	test('a file name without its extension, a number added when two files share it', () => {
		assert.deepEqual(uniqueArticleIds(['a/reuters.txt', 'b/reuters.md', 'c/ap.news', 'd/reuters.txt']), ['reuters', 'reuters-2', 'ap', 'reuters-3']);
	});
});
