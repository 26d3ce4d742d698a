import * as assert from 'node:assert/strict';
import { directionOf } from '../../../src/core/compare/figureDirection';
import { tokenize } from '../../../src/core/compare/tokens';
import { compareTexts, listed, naming, show } from '../helpers/compareTexts';

/** The direction of the figure whose first word is `first` and last word is `last` in `text`. */
function directionIn(text: string, first: string, last = first): string | undefined {
	const tokens = tokenize(text, 0, text.length);
	const from = tokens.findIndex((token) => token.norm === first);
	const to = tokens.findIndex((token, i) => i >= from && token.norm === last);
	return directionOf(tokens, from, to);
}

suite('which way a figure of change goes', () => {
	test('a word of change before the figure, or a noun of change after it, gives its direction', () => {
		assert.equal(directionIn('Exports rose 12 percent in May.', '12', 'percent'), 'up');
		assert.equal(directionIn('Cargo traffic was up more than 40 percent on the year.', '40', 'percent'), 'up');
		assert.equal(directionIn('Sales fell 3 percent.', '3', 'percent'), 'down');
		assert.equal(directionIn('Ferry traffic showed a 22 percent decline on the year.', '22', 'percent'), 'down');
	});

	test('a level reached or left, and a plain amount, go no way', () => {
		assert.equal(directionIn('Support fell to 30 percent in the poll.', '30', 'percent'), undefined);
		assert.equal(directionIn('Prices rose from 20 percent to 25 percent.', '20', 'percent'), undefined);
		assert.equal(directionIn('About 40 percent of voters stayed home.', '40', 'percent'), undefined);
	});
});

suite('a rise and a fall in a comparison', () => {
	test('one trade\'s fall and another trade\'s rise are two quantities, not a disagreement', async () => {
		const found = await compareTexts(
			'Ferry traffic through the Tarnia port in May showed a 22 percent decline from a year earlier, the harbour board said.',
			'Cargo traffic through the Tarnia port in May, by contrast, was up 26 percent from a year earlier, the board added.',
			'Voters in Vell go to the polls next week.',
		);
		assert.deepEqual(naming(listed(found, 'figure'), '22 percent', '26 percent'), [], show(found));
	});

	test('two outlets that give one change in one direction and disagree on its size are still listed', async () => {
		const found = await compareTexts(
			'Ferry traffic through the Tarnia port in May fell 30 percent from a year earlier, the harbour board said.',
			'Ferry traffic through the Tarnia port in May fell 38 percent from a year earlier, the harbour board said.',
			'Voters in Vell go to the polls next week.',
		);
		assert.equal(naming(listed(found, 'figure'), '30 percent', '38 percent').length, 1, show(found));
	});

	test('two levels reached are one quantity, whichever way each outlet says it moved', async () => {
		const found = await compareTexts(
			'Support for the Tarnia levy fell to 30 percent in the latest poll of the province, its sponsors said.',
			'Support for the Tarnia levy rose to 38 percent in the latest poll of the province, its sponsors said.',
			'Voters in Vell go to the polls next week.',
		);
		assert.equal(naming(listed(found, 'figure'), '30 percent', '38 percent').length, 1, show(found));
	});
});
