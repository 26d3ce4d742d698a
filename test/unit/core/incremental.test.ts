import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { generateCluster } from '../../../scripts/generateCluster';
import { analyzeArticle, combineAnalyses } from '../../../src/core/analyze';
import { compareCorpus, type Comparison } from '../../../src/core/compare/compare';
import { IncrementalComparer } from '../../../src/core/compare/incremental/comparer';
import { FolderNames } from '../../../src/core/compare/incremental/folderNames';
import type { ArticleAnalysis } from '../../../src/core/types';
import { compareFolder } from '../helpers/corpus';
import { sampleFolder } from '../helpers/sample';

/** A comparison as plain data: its claims, and its discrepancies with their missing outlets read. */
function plain(comparison: Comparison) {
	return {
		claims: comparison.claims,
		discrepancies: comparison.discrepancies.map((discrepancy) => ({ ...discrepancy, missing: [...discrepancy.missing] })),
	};
}

/** Edits a writer makes: a figure changed, a name replaced, a sentence cut, one added, words typed. */
const edit = fc.oneof(
	fc.record({ kind: fc.constant('digit' as const), at: fc.nat() }),
	fc.record({ kind: fc.constant('name' as const), at: fc.nat(), name: fc.constantFrom('Halvard Osk', 'Marit Quell', 'Senna Brook') }),
	fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
	fc.record({ kind: fc.constant('add' as const), at: fc.nat(), sentence: fc.constantFrom('Dock wages rose 14% in the first nine months, Marit Quell said.', '“We will not wait for the storms,” Halvard Osk said in Norholm.', 'The ferry left on Tuesday.') }),
	fc.record({ kind: fc.constant('type' as const), at: fc.nat(), word: fc.constantFrom(' cargo', ' quietly', ' 31', ' Port') }),
);

/** Applies an edit at a place chosen by `at` among the places the edit can go. */
function apply(text: string, change: EditValue): string {
	const places = (pattern: RegExp) => [...text.matchAll(pattern)].map((match) => ({ start: match.index!, end: match.index! + match[0].length }));
	const pick = <T>(items: T[]) => items[change.at % items.length];
	switch (change.kind) {
		case 'digit': {
			const place = pick(places(/\d/g));
			return place ? `${text.slice(0, place.start)}${(Number(text[place.start]) + 7) % 10}${text.slice(place.end)}` : text;
		}
		case 'name': {
			const place = pick(places(/\b[A-Z][a-z]+ [A-Z][a-z]+\b/g));
			return place ? `${text.slice(0, place.start)}${change.name}${text.slice(place.end)}` : text;
		}
		case 'cut': {
			const place = pick(places(/[^.\n]+\.\s?/g));
			return place ? `${text.slice(0, place.start)}${text.slice(place.end)}` : text;
		}
		case 'add': {
			const place = pick(places(/\n\n/g));
			return place ? `${text.slice(0, place.end)}${change.sentence}\n\n${text.slice(place.end)}` : `${text}\n\n${change.sentence}`;
		}
		case 'type': {
			const place = pick(places(/ /g));
			return place ? `${text.slice(0, place.start)}${change.word}${text.slice(place.start)}` : text;
		}
	}
}

type EditValue = typeof edit extends fc.Arbitrary<infer T> ? T : never;

/**
 * Runs edits on a folder, grouping names and comparing incrementally after each, and checks every
 * result against the names grouped and the folder compared from scratch.
 */
function checkEdits(start: ArticleAnalysis[], runs: number): void {
	fc.assert(
		fc.property(fc.array(fc.record({ article: fc.nat(), change: edit }), { minLength: 1, maxLength: 3 }), (edits) => {
			const names = new FolderNames();
			const comparer = new IncrementalComparer();
			comparer.compare(names.combine(start));
			const current = [...start];
			for (const { article, change } of edits) {
				const index = article % current.length;
				const { id, path, text } = current[index].parsed.article;
				current[index] = analyzeArticle({ id, path, text: apply(text, change) });
				const grouped = names.combine(current);
				const expected = combineAnalyses(current);
				assert.deepEqual(grouped, expected);
				assert.deepEqual(plain(comparer.compare(grouped)), plain(compareCorpus(expected)));
			}
		}),
		{ numRuns: runs, seed: 16 },
	);
}

suite('IncrementalComparer', () => {
	test('after random edits in a generated folder, gives what a comparison from scratch gives', () => {
		const articles = generateCluster(8, 5).map((article, index) => analyzeArticle({ id: `g${index}`, ...article }));
		checkEdits(articles, 6);
	});

	test('after random edits in the sample cluster, gives what a comparison from scratch gives', async () => {
		const { corpus } = await compareFolder(sampleFolder);
		checkEdits(
			corpus.articles.map(({ parsed }) => analyzeArticle({ id: parsed.article.id, path: parsed.article.path, text: parsed.article.text })),
			6,
		);
	});

	test('an article removed and another added give what a comparison from scratch gives', () => {
		const articles = generateCluster(6, 9).map((article, index) => analyzeArticle({ id: `g${index}`, ...article }));
		const comparer = new IncrementalComparer();
		comparer.compare(combineAnalyses(articles));
		const fewer = [articles[0], ...articles.slice(2)];
		assert.deepEqual(plain(comparer.compare(combineAnalyses(fewer))), plain(compareCorpus(combineAnalyses(fewer))));
		const reordered = [articles[1], ...fewer];
		assert.deepEqual(plain(comparer.compare(combineAnalyses(reordered))), plain(compareCorpus(combineAnalyses(reordered))));
	});

	test('an edit finds names again only in the articles whose evidence changed', () => {
		const articles = generateCluster(10, 3).map((article, index) => analyzeArticle({ id: `g${index}`, ...article }));
		const names = new FolderNames();
		names.combine(articles);
		assert.equal(names.foundAfresh, 10);
		const { id, path, text } = articles[4].parsed.article;
		articles[4] = analyzeArticle({ id, path, text: text.replace(/\d/, '7') });
		assert.deepEqual(names.combine(articles), combineAnalyses(articles));
		assert.ok(names.foundAfresh < 5, `${names.foundAfresh} of 10 articles read again`);
	});

	test('an edit judges again only the claims it touches', () => {
		const articles = generateCluster(10, 3).map((article, index) => analyzeArticle({ id: `g${index}`, ...article }));
		const comparer = new IncrementalComparer();
		const first = comparer.compare(combineAnalyses(articles));
		const judgedFirst = comparer.judgedAfresh;
		const { id, path, text } = articles[4].parsed.article;
		const body = text.indexOf('\n\n');
		articles[4] = analyzeArticle({ id, path, text: text.slice(0, body) + text.slice(body).replace(/\d/, (digit) => String((Number(digit) + 1) % 10)) });
		comparer.compare(combineAnalyses(articles));
		assert.ok(judgedFirst >= first.claims.length, 'the first comparison judges every claim');
		assert.ok(comparer.judgedAfresh < judgedFirst / 3, `${comparer.judgedAfresh} of ${judgedFirst} judged again`);
	});
});
