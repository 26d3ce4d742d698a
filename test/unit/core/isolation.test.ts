import * as assert from 'node:assert/strict';
import { analyzeArticleSafely, analyzeCorpus } from '../../../src/core/analyze';
import { BudgetExceeded, checkBudget, withBudget } from '../../../src/core/budget';
import type { ArticleSource } from '../../../src/core/parse';
import { compareOrExplain } from '../../../src/core/pipeline';

/** Three outlets on one fictional event; the second gives another figure. */
const outlets: ArticleSource[] = [
	{ id: 'gull', path: 'gull-gazette.txt', text: 'The ferry line to Kessel Island carried 4,200 passengers in May, the harbour office said.\n\n“We will add a second boat,” Mira Tollan said.\n' },
	{ id: 'tern', path: 'tern-times.txt', text: 'The ferry line to Kessel Island carried 4,800 passengers in May, the harbour office said.\n\n“We will add a second boat,” Mira Tollan said.\n' },
	{ id: 'auk', path: 'auk-herald.txt', text: 'The ferry line to Kessel Island carried 4,200 passengers in May, according to the harbour office.\n\n“We will add a second boat,” said Mira Tollan.\n' },
];

/** An article the analysis cannot read: what a bug in a rule or a dependency looks like from outside. */
const broken: ArticleSource = { id: 'broken', path: 'broken.txt', text: undefined as unknown as string };

suite('one article never costs the others', () => {
	test('an article whose analysis throws becomes a warning naming its file, and the others are analysed', () => {
		const corpus = analyzeCorpus([outlets[0], broken, outlets[1], outlets[2]]);
		assert.deepEqual(
			corpus.articles.map(({ parsed }) => parsed.article.id),
			['gull', 'tern', 'auk'],
		);
		assert.equal(corpus.warnings.length, 1);
		assert.equal(corpus.warnings[0].path, 'broken.txt');
		assert.match(corpus.warnings[0].message, /could not be analysed .*left out of the comparison/);
	});

	test('the others are still compared: the differing figure is found without the broken article', () => {
		const corpus = analyzeCorpus([broken, ...outlets]);
		const comparison = compareOrExplain(corpus);
		assert.ok(comparison.discrepancies.some((discrepancy) => discrepancy.kind === 'figure' && /4,800/.test(discrepancy.summary)));
	});

	test('warnings from reading the files are kept beside those of the analysis, and the caller\'s list is not changed', () => {
		const readWarnings = [{ path: 'photo.jpg.txt', message: 'binary file, skipped' }];
		const corpus = analyzeCorpus([broken, outlets[0]], readWarnings);
		assert.deepEqual(
			corpus.warnings.map(({ path }) => path),
			['photo.jpg.txt', 'broken.txt'],
		);
		assert.equal(readWarnings.length, 1);
	});

	test('an article past its time limit is stopped and left out with the limit in the warning', () => {
		const outcome = analyzeArticleSafely(outlets[0], { timeLimitMs: 0.0001 });
		assert.ok('warning' in outcome);
		assert.equal(outcome.warning.path, 'gull-gazette.txt');
		assert.equal(outcome.warning.message, 'its analysis was stopped after 0.0001 ms; left out of the comparison');
	});

	test('within the default limit an ordinary article is analysed', () => {
		const outcome = analyzeArticleSafely(outlets[0]);
		assert.ok('analysis' in outcome);
		assert.ok(outcome.analysis.quotes.some((quote) => quote.direct && quote.text === 'We will add a second boat,'));
	});

	test('when the comparison itself fails, every article is still listed with its findings and the failure is a warning', () => {
		const corpus = analyzeCorpus(outlets);
		// A comparison that cannot run: the sentences of one article are gone.
		(corpus.articles[1].parsed as { sentences: unknown }).sentences = undefined;
		const comparison = compareOrExplain(corpus);
		assert.deepEqual(comparison.discrepancies, []);
		assert.equal(corpus.articles.length, 3);
		assert.ok(corpus.warnings.some((warning) => /could not be compared/.test(warning.message)));
	});
});

suite('the time budget', () => {
	test('checkBudget throws only inside withBudget, once the time is up', () => {
		assert.doesNotThrow(() => checkBudget());
		assert.throws(
			() =>
				withBudget(1, () => {
					const until = performance.now() + 5;
					while (performance.now() < until) {
						// busy: the time passes
					}
					checkBudget();
				}),
			BudgetExceeded,
		);
		assert.doesNotThrow(() => checkBudget());
	});

	test('nested budgets restore the outer deadline', () => {
		withBudget(60_000, () => {
			assert.throws(() => withBudget(0.0001, () => {
				const until = performance.now() + 1;
				while (performance.now() < until) {
					// busy
				}
				checkBudget();
			}), BudgetExceeded);
			assert.doesNotThrow(() => checkBudget());
		});
	});
});
