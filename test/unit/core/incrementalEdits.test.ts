import * as assert from 'node:assert/strict';
import { analyzeArticle, combineAnalyses } from '../../../src/core/analyze';
import { compareCorpus, type Comparison } from '../../../src/core/compare/compare';
import { IncrementalComparer } from '../../../src/core/compare/incremental/comparer';
import { FolderNames } from '../../../src/core/compare/incremental/folderNames';
import type { ArticleAnalysis } from '../../../src/core/types';

// One edit at a time, as a writer makes them, each compared incrementally and from scratch: the
// draft cache's records, the spelling cache and finalize's keys must give what a fresh comparison gives.

/** A comparison as plain data: its claims, and its discrepancies with their missing outlets read. */
function plain(comparison: Comparison) {
	return {
		claims: comparison.claims,
		discrepancies: comparison.discrepancies.map((discrepancy) => ({ ...discrepancy, missing: [...discrepancy.missing] })),
	};
}

/** Four invented outlets on one harbour strike; one spells the union leader otherwise, one gives another figure. */
const texts = [
	'Dockers strike at Port Velmar\n\nDockers at Port Velmar walked out on Monday, the union said. About 420 workers joined the strike, union leader Orsolya Brandt said. "We will stay out until the cranes are safe," Brandt told reporters. The port handles 30 ships a week.',
	'Port Velmar dockers stop work\n\nAbout 420 workers joined the strike at Port Velmar on Monday, union leader Orsolya Brandt said. "We will stay out until the cranes are safe," Brandt said. The port authority said talks would resume on Thursday.',
	'Strike halts Port Velmar\n\nAbout 440 workers joined the strike at Port Velmar on Monday, union leader Orsolya Brant said. The port handles 30 ships a week. The port authority said talks would resume on Thursday.',
	'Velmar port strike\n\nDockers at Port Velmar walked out on Monday. About 420 workers joined the strike, union leader Orsolya Brandt said. The port handles 32 ships a week, and talks would resume on Thursday.',
];

function analyse(text: string, index: number): ArticleAnalysis {
	return analyzeArticle({ id: `o${index}`, path: `o${index}.txt`, text });
}

/** Compares a folder after each of a list of folders, incrementally, and checks each result against a comparison from scratch. */
function checkSteps(steps: ArticleAnalysis[][]): Comparison[] {
	const names = new FolderNames();
	const comparer = new IncrementalComparer();
	return steps.map((articles) => {
		const comparison = comparer.compare(names.combine(articles));
		assert.deepEqual(plain(comparison), plain(compareCorpus(combineAnalyses(articles))));
		return comparison;
	});
}

/** The folder with one article's text changed. */
function edited(articles: ArticleAnalysis[], index: number, change: (text: string) => string): ArticleAnalysis[] {
	const next = [...articles];
	next[index] = analyse(change(articles[index].parsed.article.text), index);
	return next;
}

const start = texts.map(analyse);

suite('One edit compared incrementally', () => {
	test('a figure changed, then changed back, gives what a comparison from scratch gives', () => {
		const changed = edited(start, 2, (text) => text.replace('440', '420'));
		const [before, after] = checkSteps([start, changed, start]);
		assert.ok(before.discrepancies.some((discrepancy) => discrepancy.kind === 'figure'));
		assert.ok(after.discrepancies.length < before.discrepancies.length || after.discrepancies.some((discrepancy) => discrepancy.kind !== 'figure'));
	});

	test('a name respelled in one outlet, then spelled back, lists the spelling only while it differs', () => {
		const spelled = (comparison: Comparison) => comparison.discrepancies.filter((discrepancy) => discrepancy.kind === 'entity' && /spelled differently/.test(discrepancy.summary));
		const fixed = edited(start, 2, (text) => text.replace('Brant', 'Brandt'));
		const respelled = edited(fixed, 1, (text) => text.replace('Orsolya Brandt', 'Orsolia Brandt'));
		const [first, second, third, fourth] = checkSteps([start, fixed, respelled, fixed]);
		assert.equal(spelled(first).length, 1);
		assert.equal(spelled(second).length, 0);
		assert.equal(spelled(third).length, 1);
		assert.equal(spelled(fourth).length, 0);
	});

	test('an article removed, then added back, gives what a comparison from scratch gives', () => {
		checkSteps([start, [start[0], start[1], start[3]], start, [...start, analyse(texts[0].replace('420', '410'), 4)]]);
	});

	test('a sentence split in two, then joined again, gives what a comparison from scratch gives', () => {
		const split = edited(start, 0, (text) => text.replace('walked out on Monday, the union said.', 'walked out on Monday. The union said so.'));
		checkSteps([start, split, start]);
	});

	test('two comparers of the same folder, edited in turn, each give what a comparison from scratch gives', () => {
		const one = new IncrementalComparer();
		const two = new IncrementalComparer();
		let folder = start;
		for (const [index, change] of [
			[3, (text: string) => text.replace('32', '30')],
			[1, (text: string) => text.replace('Thursday', 'Friday')],
			[3, (text: string) => text.replace('30 ships', '33 ships')],
		] as const) {
			folder = edited(folder, index, change);
			const expected = plain(compareCorpus(combineAnalyses(folder)));
			assert.deepEqual(plain(one.compare(combineAnalyses(folder))), expected);
			assert.deepEqual(plain(two.compare(combineAnalyses(folder))), expected);
		}
	});

	test('a figure typed longer keeps the folder\'s name evidence and identities, the names after it moved', () => {
		const names = new FolderNames();
		const comparer = new IncrementalComparer();
		comparer.compare(names.combine(start));
		const longer = edited(start, 3, (text) => text.replace('About 420 workers', 'About 1,420 workers'));
		const grouped = names.combine(longer);
		assert.equal(names.readEvidence, false);
		assert.equal(names.groupedAfresh, false);
		assert.deepEqual(grouped, combineAnalyses(longer));
		assert.deepEqual(plain(comparer.compare(grouped)), plain(compareCorpus(combineAnalyses(longer))));
	});

	test('a name respelled reads the folder\'s evidence again and groups its names afresh', () => {
		const names = new FolderNames();
		names.combine(start);
		const respelled = edited(start, 1, (text) => text.replace('Orsolya Brandt', 'Orsolia Brandt'));
		assert.deepEqual(names.combine(respelled), combineAnalyses(respelled));
		assert.equal(names.readEvidence, true);
		assert.equal(names.groupedAfresh, true);
	});

	test('a quote one outlet alone gave, then given by a second outlet, is no longer counted in the first one\'s omission', () => {
		const omissions = (comparison: Comparison) => comparison.discrepancies.filter((discrepancy) => discrepancy.kind === 'omission').map(({ summary, reason }) => `${summary} ${reason}`);
		const alone = edited(start, 0, (text) => `${text} Brandt added that the night shift had voted first: "Nobody goes back to the cranes before the inspectors do."`);
		const echoed = edited(alone, 2, (text) => `${text} "Nobody goes back to the cranes before the inspectors do," a steward said.`);
		const [first, second] = checkSteps([alone, echoed, alone]);
		assert.notDeepEqual(omissions(first), omissions(second));
	});

	test('a sentence added in an article before a claim of two others, then cut, renumbers the claim: its discrepancy names the id as from scratch', () => {
		const figureClaims = (comparison: Comparison) => comparison.discrepancies.filter((discrepancy) => discrepancy.kind === 'figure').map((discrepancy) => discrepancy.claim);
		const folder = [
			'Harbour notes\n\nGulls nested on the old breakwater this spring.',
			'Ferry strike leaves boats idle\n\nAbout 38 ferries stayed idle in the harbour of Tarnby on Tuesday, the operator said.',
			'Tarnby ferries idle\n\nAbout 36 ferries stayed idle in the harbour of Tarnby on Tuesday, the operator said.',
		].map(analyse);
		// The ferries' claim keeps its passages (another article was edited): only its id moves.
		const longer = edited(folder, 0, (text) => `${text} Their chicks hatched before the first storm of the season.`);
		const [first, second, third] = checkSteps([folder, longer, folder]);
		assert.deepEqual(figureClaims(first), ['c4']);
		assert.deepEqual(figureClaims(second), ['c5']);
		assert.deepEqual(figureClaims(third), ['c4']);
	});
});

