import * as assert from 'node:assert/strict';
import { analyzeArticle, combineAnalyses } from '../../../src/core/analyze';
import { compareCorpus, type Comparison } from '../../../src/core/compare/compare';
import { IncrementalComparer } from '../../../src/core/compare/incremental/comparer';
import { FolderNames } from '../../../src/core/compare/incremental/folderNames';
import { compareTexts, listed, naming, show } from '../helpers/compareTexts';

// Two passages whose years never meet are kept out of one claim unless near copies (`anchors.ts`);
// alike enough, they are still set side by side for their years alone (`yearEchoSimilarity`).
suite('passages kept apart for their years', () => {
	const best = (year: string) => `Orso had his best season in ${year}, when the tall receiver from the coast made 61 catches for 1,204 yards and nine scores for the champions.`;
	const finest = (year: string) => `In ${year}, his best season, Orso caught 61 passes for 1,204 yards and helped the club, the champions, to a first title in decades.`;

	test('one season told with two years in sentences 0.4 alike and more is listed, at medium', async () => {
		const found = await compareTexts(best('2019'), finest('2021'));
		const years = naming(listed(found, 'figure'), '2019', '2021');
		assert.equal(years.length, 1, show(found));
		assert.equal(years[0].severity, 'medium', show(found));
	});

	test('read for their years alone: the other figures of the two sentences are not compared', async () => {
		const found = await compareTexts(best('2019'), finest('2021').replace('1,204 yards', '1,240 yards'));
		assert.deepEqual(naming(found, '1,204', '1,240'), [], show(found));
		assert.equal(naming(found, '2019', '2021').length, 1, show(found));
	});

	test('the same year is one claim as before, and no year is read twice', async () => {
		const found = await compareTexts(best('2019'), finest('2019'));
		assert.deepEqual(naming(found, '2019'), [], show(found));
	});

	test('sentences of one career that merely share its words tell two events', async () => {
		const found = await compareTexts(
			'Orso played eleven seasons for the club before he retired as a player in 2024 and moved to the coast.',
			'The club retired Orso’s jersey on March 2, 2026, two seasons after he left the field for a coaching job.',
		);
		assert.deepEqual(naming(found, '2024', '2026'), [], show(found));
	});

	test('compared again after each edit, a pair that comes apart for its years and back gives what a comparison from scratch gives', () => {
		const plain = (comparison: Comparison) => ({ claims: comparison.claims, discrepancies: comparison.discrepancies.map((discrepancy) => ({ ...discrepancy, missing: [...discrepancy.missing] })) });
		const third = (year: string) => `The champions signed Orso from a coastal club in ${year}, and he played five seasons for them before he retired.`;
		const folder = (years: [string, string, string]) => [best(years[0]), finest(years[1]), third(years[2])].map((text, n) => analyzeArticle({ id: `a${n + 1}`, path: `a${n + 1}.txt`, text }));
		const names = new FolderNames();
		const comparer = new IncrementalComparer();
		const steps: [string, string, string][] = [
			['2019', '2019', '2016'],
			['2019', '2021', '2016'],
			['2019', '2021', '2019'],
			['2021', '2021', '2019'],
			['2019', '2019', '2016'],
		];
		const years = steps.map((step) => {
			const comparison = comparer.compare(names.combine(folder(step)));
			assert.deepEqual(plain(comparison), plain(compareCorpus(combineAnalyses(folder(step)))), step.join(' '));
			return naming(comparison.discrepancies, '2019', '2021').length;
		});
		assert.deepEqual(years, [0, 1, 1, 0, 0]);
	});
});
