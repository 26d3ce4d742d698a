import * as assert from 'node:assert/strict';
import { analyzeArticle, combineAnalyses } from '../../../src/core/analyze';
import { compareCorpus, type Comparison } from '../../../src/core/compare/compare';
import { IncrementalComparer } from '../../../src/core/compare/incremental/comparer';
import { FolderNames } from '../../../src/core/compare/incremental/folderNames';

/** Each discrepancy's kind, severity and summary, in rank order. */
const verdicts = (comparison: Comparison) => comparison.discrepancies.map(({ kind, severity, summary }) => `${kind} ${severity}: ${summary}`);

suite('IncrementalComparer and the story year', () => {
	test('an edit that moves the year most articles are dated judges a figure dated earlier again, as a comparison from scratch does', () => {
		// Three outlets tell an old flood's toll two ways; the story's year comes from the other articles' date lines.
		const flood = (toll: string, scope: string) => `In 2019 a flood on the Orsk delta drowned ${toll} people ${scope}, the river board said.`;
		const dated = (year: number, what: string) => `May 6, ${year}\n\n${what}`;
		const texts = [
			flood('23,000', 'across the whole basin'),
			flood('17,000', 'in the delta alone'),
			flood('23,000', 'across the whole basin'),
			dated(2031, 'A barge ran aground near Velm on Monday.'),
			dated(2031, 'Harbour pilots in Velm voted to strike.'),
			dated(2031, 'The Velm lock reopened after repairs.'),
		];
		const analyse = (text: string, n: number) => analyzeArticle({ id: `a${n}`, path: `a${n}.txt`, text });
		const articles = texts.map(analyse);
		const names = new FolderNames();
		const comparer = new IncrementalComparer();
		comparer.compare(names.combine(articles));
		// Two of the three date lines moved to an earlier year: the story is no longer dated after the flood.
		for (const index of [3, 4]) {
			articles[index] = analyse(texts[index].replace('2031', '2017'), index);
			const grouped = names.combine(articles);
			const expected = combineAnalyses(articles);
			assert.deepEqual(verdicts(comparer.compare(grouped)), verdicts(compareCorpus(expected)));
		}
	});
});
