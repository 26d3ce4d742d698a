import * as assert from 'node:assert/strict';
import { analyzeArticle, combineAnalyses } from '../../../src/core/analyze';
import { compareCorpus } from '../../../src/core/compare/compare';
import { IncrementalComparer } from '../../../src/core/compare/incremental/comparer';
import { article, compareTexts, listed, naming, show } from '../helpers/compareTexts';

suite('two figures each outlet writes are two quantities', () => {
	const pricier = 'The larger Orla tablet, with a 15-inch screen, sells for $1,799 from Friday, the company said in Vell.';
	const cheaper = 'The smaller Orla tablet, with a 13-inch screen, sells for $1,199 from Friday, the company said in Vell.';
	const both = (first: string, second: string) => article('Orla tablets on sale', first, 'Reviewers praised the screens and the battery.', second);

	test('a price set against another is at most low when each side\'s articles write the other price too', async () => {
		// Each outlet leads with one size and gives the other's price further down.
		const found = await compareTexts(
			both(pricier, 'A smaller model costs $1,199 and reaches the shops in May.'),
			both(pricier, 'A smaller model costs $1,199 and reaches the shops in May.'),
			both(cheaper, 'A larger model costs $1,799 and reaches the shops in May.'),
		);
		assert.deepEqual(naming(listed(found, 'figure'), '$1,799', '$1,199'), [], show(found));
	});

	test('a price one outlet alone gives is listed though that outlet writes the others\' price elsewhere', async () => {
		const wrong = pricier.replace('$1,799', '$1,999');
		const found = await compareTexts(
			article('Orla tablets on sale', pricier, 'Reviewers praised the screens.'),
			article('Orla tablets on sale', pricier, 'Reviewers praised the battery.'),
			article('Orla tablets on sale', wrong, 'A reviewer thought $1,799 too much for a tablet.'),
		);
		assert.equal(naming(listed(found, 'figure'), '$1,999').length, 1, show(found));
	});

	test('the editor judges the pair again when an edit elsewhere in an article changes which prices it writes', () => {
		const texts = [
			both(pricier, 'A smaller model costs $1,199 and reaches the shops in May.'),
			both(pricier, 'A smaller model costs $1,199 and reaches the shops in May.'),
			both(cheaper, 'A larger model costs $1,799 and reaches the shops in May.'),
		];
		const articles = texts.map((text, i) => analyzeArticle({ id: `a${i + 1}`, path: `a${i + 1}.txt`, text }));
		const comparer = new IncrementalComparer();
		const listedPrices = (lines: string[]) => lines.filter((line) => !line.startsWith('low') && line.includes('$1,799') && line.includes('$1,199'));
		const before = comparer.compare(combineAnalyses(articles)).discrepancies.map((discrepancy) => `${discrepancy.severity} ${discrepancy.summary}`);
		assert.deepEqual(listedPrices(before), [], before.join('\n'));
		// The third outlet's paragraph on the larger model goes: its price now stands alone against the others'.
		articles[2] = analyzeArticle({ id: 'a3', path: 'a3.txt', text: both(cheaper, 'Reviewers liked the keyboard cover.') });
		const incremental = comparer.compare(combineAnalyses(articles)).discrepancies.map((discrepancy) => `${discrepancy.severity} ${discrepancy.summary}`);
		const scratch = compareCorpus(combineAnalyses(articles)).discrepancies.map((discrepancy) => `${discrepancy.severity} ${discrepancy.summary}`);
		assert.deepEqual(incremental, scratch);
		assert.ok(listedPrices(scratch).length > 0, scratch.join('\n'));
	});
});

suite('two estimates of one crowd', () => {
	const march = (lead: string, ...rest: string[]) => article('Orla march against the pension plan', lead, 'The union leader Mara Quist spoke outside parliament.', ...rest);

	test('a count set against another is at most low when each side writes the other count too, once as a bare number', async () => {
		const found = await compareTexts(
			march('About 20,000 people marched through Orla on Saturday against the pension plan, the organisers said.', 'Police put the number at 6,000.'),
			march('Some 6,000 people marched through Orla on Saturday against the pension plan, police said.', 'The organisers said 20,000 had marched.'),
			march('Around 20,000 people marched through Orla on Saturday against the pension plan, the organisers said.'),
		);
		assert.deepEqual(naming(listed(found, 'figure'), '20,000', '6,000'), [], show(found));
	});

	test('a small bare number of the same value is no such echo', async () => {
		const found = await compareTexts(
			march('About 20 people marched through Orla on Saturday against the pension plan, the organisers said.', 'Police put the number at 60.'),
			march('Some 60 people marched through Orla on Saturday against the pension plan, the organisers said.', 'The organisers said 20 had marched.'),
			march('Around 20 people marched through Orla on Saturday against the pension plan, the organisers said.'),
		);
		assert.equal(naming(listed(found, 'figure'), '20 people', '60 people').length, 1, show(found));
	});
});
