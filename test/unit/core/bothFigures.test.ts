import * as assert from 'node:assert/strict';
import { compareTexts, listed, naming, show } from '../helpers/compareTexts';

/** An article: a headline line, then its paragraphs. */
const article = (headline: string, ...body: string[]) => `${headline}\n\n${body.join('\n\n')}\n`;

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
});
